import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { MilestoneInput } from '../schemas/income.ts';
import { incomeRefusal, refuse, type IncomeRefusal } from './income-refusals.ts';
import { isUuid } from '../schemas/fields.ts';

// A deal's structured milestones (docs/domain.md, "Income"): terms, so written by the deal's
// officers only and only before the public notice (app.guard_deal_milestones refuses them from
// then on, ZQ003); the schedule's milestone lines are generated from them at signing. The free
// text `deals.milestones` stays beside them as milestone notes.

export interface Milestone {
	position: number;
	description: string;
	amountFen: number;
	dueOn: string | null;
	dueTrigger: string | null;
}

/** The deal's milestones in order; [] for someone who may not read the deal's income. */
export function listMilestones(db: Executor, dealId: string): Promise<Milestone[]> {
	if (!isUuid(dealId)) return Promise.resolve([]);
	return db.query<Milestone>(sql`
		select position, description, amount_fen as "amountFen", to_char(due_on, 'YYYY-MM-DD') as "dueOn",
		       due_trigger as "dueTrigger"
		from public.deal_milestones where deal_id = ${dealId} order by position`);
}

export type SaveMilestonesResult = { ok: true } | IncomeRefusal<'not_allowed' | 'frozen'>;

/**
 * Replaces the deal's milestones with `rows`, in their order, all or nothing. A deal in or past
 * its public notice (or closed) is `frozen`; a deal this user does not manage, `not_allowed`.
 */
export async function saveMilestones(
	db: Executor,
	dealId: string,
	rows: readonly MilestoneInput[]
): Promise<SaveMilestonesResult> {
	if (!isUuid(dealId)) return refuse('not_allowed');
	try {
		return await db.transaction(async (transaction) => {
			const [deal] = await transaction.query<{ manages: boolean }>(
				sql`select app.manages_deal_income(${dealId}) as manages`
			);
			if (!deal?.manages) return refuse('not_allowed');
			await transaction.query(sql`delete from public.deal_milestones where deal_id = ${dealId}`);
			for (const [position, row] of rows.entries())
				await transaction.query(sql`
					insert into public.deal_milestones (deal_id, position, description, amount_fen, due_on, due_trigger)
					values (${dealId}, ${position}, ${row.description}, ${row.amountFen}, ${row.dueOn}::date, ${row.dueTrigger})`);
			// The deleting statement alone reaches no trigger when there were none: ask the gate.
			if (rows.length === 0) {
				const [stage] = await transaction.query<{ frozen: boolean }>(sql`
					select stage in ('public_notice', 'signed', 'closed_won', 'closed_lost') as frozen
					from public.deals where id = ${dealId}`);
				if (stage?.frozen) return refuse('frozen');
			}
			return { ok: true } as const;
		});
	} catch (error) {
		const refusal = incomeRefusal(error, ['frozen', 'not_allowed']);
		if (refusal) return refusal;
		throw error;
	}
}
