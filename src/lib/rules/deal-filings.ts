/**
 * The filings a signed contract needs, by cooperation mode (docs/domain.md, "Filings after
 * signing"). The database builds the checklist from its own copy (app.required_filings) when a
 * deal is signed; a database test checks both agree for every mode. This copy explains the
 * checklist before signing and marks overdue filings.
 */
import type { CooperationMode } from '../vocabularies/listing.ts';
import type { FilingKind } from '../vocabularies/closing.ts';

export interface RequiredFiling {
	kind: FilingKind;
	/** Months, then days, after the contract's effective date. */
	dueMonths: number;
	dueDays: number;
}

const recordal: RequiredFiling = { kind: 'licence_recordal', dueMonths: 3, dueDays: 0 };
const within30 = (kind: FilingKind): RequiredFiling => ({ kind, dueMonths: 0, dueDays: 30 });
const technicalContract = within30('technical_contract_registration');

const byMode: Record<CooperationMode, RequiredFiling[]> = {
	exclusive_license: [recordal, technicalContract],
	non_exclusive_license: [recordal, technicalContract],
	assignment: [within30('assignment_registration'), technicalContract],
	equity: [within30('assignment_registration'), within30('share_registration'), technicalContract],
	joint_development: [technicalContract],
	option: [technicalContract]
};

export function requiredFilings(mode: CooperationMode): RequiredFiling[] {
	return byMode[mode];
}

/** Exclusive licence, assignment and equity closed won take the listing off the market. */
export function modeTakesListing(mode: CooperationMode | null): boolean {
	return mode === 'exclusive_license' || mode === 'assignment' || mode === 'equity';
}

/**
 * Whether a deal's filings can still be recorded or waived: while it is signed, and on an open
 * licence's deal, which is closed won from the start (its recordal comes after). Mirrors
 * app.deal_filings_open.
 */
export function filingsOpen(deal: { stage: string; openLicence: boolean }): boolean {
	return deal.stage === 'signed' || (deal.stage === 'closed_won' && deal.openLicence);
}

/** A pending filing is overdue from the day after its due date (Asia/Shanghai days). */
export function isFilingOverdue(filing: { status: string; dueOn: string }, today: string): boolean {
	return filing.status === 'pending' && filing.dueOn < today;
}
