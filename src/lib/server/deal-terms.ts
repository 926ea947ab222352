import type { Executor } from './db/port.ts';
import type { TermsInput } from '../schemas/deal.ts';
import type { MilestoneInput } from '../schemas/income.ts';
import { updateTerms, type UpdateResult } from './deals.ts';
import { saveMilestones } from './deal-milestones.ts';

// The terms form saves the deal's terms and its structured milestones together: both or neither
// (docs/domain.md, "Income"). The database's gates decide (terms and milestones freeze from the
// public notice on); a refusal of either rolls the other back.

export async function saveTermsAndMilestones(
	db: Executor,
	dealId: string,
	terms: TermsInput,
	milestones: readonly MilestoneInput[]
): Promise<UpdateResult> {
	try {
		return await db.transaction(async (transaction) => {
			const saved = await updateTerms(transaction, dealId, terms);
			if (!saved.ok) throw new Refused(saved);
			const rows = await saveMilestones(transaction, dealId, milestones);
			if (!rows.ok)
				throw new Refused({ ok: false, reason: rows.reason === 'frozen' ? 'notice_frozen' : 'not_allowed' });
			return saved;
		});
	} catch (error) {
		if (error instanceof Refused) return error.result;
		throw error;
	}
}

/** Rolls the transaction back with the refusal to answer. */
class Refused extends Error {
	constructor(readonly result: Extract<UpdateResult, { ok: false }>) {
		super(result.reason);
	}
}
