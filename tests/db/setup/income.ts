import type { Database, Executor } from '../../../src/lib/server/db/port.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';
import * as deals from '../../../src/lib/server/deals.ts';
import * as interests from '../../../src/lib/server/interests.ts';
import * as milestones from '../../../src/lib/server/deal-milestones.ts';
import type { TermsInput } from '../../../src/lib/schemas/deal.ts';
import type { MilestoneInput } from '../../../src/lib/schemas/income.ts';
import { asService, asUser, demo } from './database.ts';

// Deals for the income tests, made the way people make them: the company's interest, the
// officer's deal, terms and milestones in negotiation, a public notice whose period has run out,
// signing with an effective date.

/** The demo researcher's published listing: inventors 李明远 (the demo researcher, 50 %), 孙浩然 30 %, 吴佳怡 20 % (no accounts). */
export const incomeListing = '00000000-0000-4000-8001-000000000001';
export const demoCompany = '00000000-0000-4000-8000-000000000201';
/** A Jinyun researcher who is no inventor of the listing, and a user of another company. */
export const colleague = '00000000-0000-4000-8000-000000002001';
export const otherCompanyUser = '00000000-0000-4000-8000-000000002101';

export const baseTerms: TermsInput = {
	mode: 'exclusive_license',
	fieldOfUse: '乘用车',
	territory: '中国大陆',
	termMonths: 24,
	upfrontFee: 10_000_000,
	royaltyPercent: 3.5,
	milestones: '',
	equityPercent: null,
	sublicenceSharePercent: null,
	royaltyBase: 'net_sales',
	royaltyPeriod: 'quarter',
	minimumAnnualRoyalty: 5_000_000
};

/** A deal the officer opened on the company's interest in `listing` (the income listing unless given). */
export async function openIncomeDeal(database: Database, listing = incomeListing): Promise<string> {
	const member = asUser(database, demo.company);
	const officer = asUser(database, demo.officer);
	// A company has one open interest per listing; each deal here stands alone.
	await member.query(sql`update public.interests set status = 'withdrawn'
		where listing_id = ${listing} and company_id = ${demoCompany} and status in ('new', 'in_review')`);
	const interest = await interests.expressInterest(member, { id: demo.company, organizationId: demoCompany }, listing, {
		idempotencyKey: crypto.randomUUID(),
		wantedMode: 'exclusive_license',
		fieldOfUse: '',
		territory: '',
		budgetMin: null,
		budgetMax: null,
		timeline: null,
		message: '希望独占许可'
	});
	if (!interest.ok) throw new Error('interest refused');
	const deal = await deals.openDeal(officer, interest.id, demo.officer);
	if (!deal.ok) throw new Error(deal.reason);
	return deal.id;
}

/** To term_sheet with these terms and milestones. */
export async function negotiate(
	database: Database,
	dealId: string,
	terms: Partial<TermsInput> = {},
	rows: MilestoneInput[] = []
): Promise<void> {
	const officer = asUser(database, demo.officer);
	for (const stage of ['nda', 'evaluation', 'negotiation', 'term_sheet'] as const) {
		const moved = await deals.moveDealToStage(officer, dealId, stage, '');
		if (!moved.ok) throw new Error(moved.reason);
	}
	const updated = await deals.updateTerms(officer, dealId, { ...baseTerms, ...terms });
	if (!updated.ok) throw new Error(updated.reason);
	const saved = await milestones.saveMilestones(officer, dealId, rows);
	if (!saved.ok) throw new Error(saved.reason);
}

/** Through a public notice that has run out, then signed with `effectiveOn`. */
export async function sign(database: Database, dealId: string, effectiveOn: string): Promise<void> {
	const officer = asUser(database, demo.officer);
	const noticed = await deals.moveDealToStage(officer, dealId, 'public_notice', '');
	if (!noticed.ok) throw new Error(noticed.reason);
	await asService(database).query(
		sql`update public.deals set notice_ends_at = now() - interval '1 day' where id = ${dealId}`
	);
	const signed = await deals.moveDealToStage(officer, dealId, 'signed', '', 'public_notice', effectiveOn);
	if (!signed.ok) throw new Error(signed.reason);
}

/** A deal signed on `effectiveOn` with the base terms (or these). */
export async function signedIncomeDeal(
	database: Database,
	effectiveOn: string,
	terms: Partial<TermsInput> = {},
	rows: MilestoneInput[] = []
): Promise<string> {
	const dealId = await openIncomeDeal(database);
	await negotiate(database, dealId, terms, rows);
	await sign(database, dealId, effectiveOn);
	return dealId;
}

/** The schedule line of `kind` at `index` among the deal's lines of that kind (owner connection). */
export async function lineOf(db: Executor, dealId: string, kind: string, index = 0): Promise<string> {
	const rows = await db.query<{ id: string }>(sql`select id from public.payment_schedule_lines
		where deal_id = ${dealId} and kind = ${kind}::public.income_line_kind order by position`);
	if (!rows[index]) throw new Error(`no ${kind} line ${index}`);
	return rows[index].id;
}
