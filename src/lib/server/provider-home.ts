import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { missingProfileParts, type ProfileCompleteness } from '../rules/agency-profile.ts';
import { card, caseRows, pledgeRows, valuationRows, type HomeCard, type HomeRow } from './home-summaries.ts';

// The home of an agency's, a valuation firm's or a bank's staff (the provider role): the other
// roles' homes are in home-summaries.ts, whose card questions this one reuses.

type ProviderOwn = ProfileCompleteness & {
	id: string;
	title: string;
	verified: boolean;
	date: string;
	isAgency: boolean;
	isBank: boolean;
	isValuationFirm: boolean;
};

/**
 * An agency's or a bank's staff: whether their organisation still waits for an admin, and (an
 * agency) whether its profile lacks parts the directory shows. Each counts 0 or 1: the one
 * organisation they belong to.
 */
export async function providerHome(db: Executor): Promise<HomeCard[]> {
	const [own] = await db.query<ProviderOwn>(sql`
		select o.id::text, o.name_zh as title, o.verified, to_char(o.created_at, 'YYYY-MM-DD') as date,
		       coalesce(a.services::text[], '{}') as services, coalesce(a.summary_zh, '') as "summaryZh",
		       coalesce(a.summary_en, '') as "summaryEn", coalesce(a.fee_basis, '') as "feeBasis",
		       a.turnaround_days as "turnaroundDays", a.organization_id is not null as "isAgency",
		       o.kind = 'bank' as "isBank", app.is_valuation_firm(o.id) as "isValuationFirm"
		from public.organizations o left join public.agency_profiles a on a.organization_id = o.id
		where o.id = (select app.current_organization_id())`);
	if (!own) return [];
	const row: HomeRow = { id: own.id, title: own.title, href: '/provider', date: own.verified ? null : own.date };
	const only = (show: boolean) => ({ count: show ? 1 : 0, rows: show ? [row] : [], href: '/provider' });
	const cards: HomeCard[] = [{ kind: 'awaiting_verification', ...only(!own.verified) }];
	if (own.isAgency) cards.push({ kind: 'profile_incomplete', ...only(missingProfileParts(own).length > 0) });
	// A valuation firm's inbox (issue #22, valuations); other agencies and banks have none.
	if (own.isValuationFirm) cards.push(await card(db, 'valuations', '/valuations', valuationRows));
	// A verified bank's pledge loan inbox: the applications waiting for its next step.
	if (own.isBank && own.verified)
		cards.push(
			await card(db, 'pledges', '/pledges', pledgeRows(sql`('submitted', 'under_review', 'approved', 'registered')`))
		);
	// A verified agency's service case inbox (when it offers a service asked as a case, not only
	// valuations): requests to quote, accepted cases to deliver.
	if (own.isAgency && own.verified && own.services.some((service) => service !== 'valuation'))
		cards.push(await card(db, 'cases', '/cases', caseRows(sql`('requested', 'accepted')`)));
	return cards;
}
