import { constraintName, errorCode, type Executor } from './db/port.ts';
import { databaseConstraints, databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../rules/uuid.ts';
import type { TemplateVersion } from './licence-templates.ts';

// Listings marked express and a company's acceptance of their standard terms (docs/domain.md,
// "Express licences"). The templates themselves are in licence-templates.ts.

/** What a listing marked express offers: its template's latest version. */
export interface ExpressOffer {
	templateId: string;
	templateName: string;
	terms: Omit<TemplateVersion, 'uses' | 'publishedByName'>;
}

/** The standard terms a listing offers, or null when it is not marked express. Public. */
export async function getExpressOffer(db: Executor, listingId: string): Promise<ExpressOffer | null> {
	if (!isUuid(listingId)) return null;
	const [row] = await db.query<{ templateId: string; templateName: string; terms: ExpressOffer['terms'] }>(sql`
		select t.id as "templateId", t.name as "templateName", jsonb_build_object('id', v.id, 'version', v.version,
			'mode', v.mode, 'upfrontFeeFen', v.upfront_fee_fen, 'royaltyPercent', v.royalty_percent::text,
			'royaltyBase', v.royalty_base, 'royaltyPeriod', v.royalty_period, 'equityPercent', v.equity_percent::text,
			'fieldOfUse', v.field_of_use, 'territory', v.territory, 'termMonths', v.term_months, 'summary', v.summary,
			'publishedAt', v.published_at) as terms
		from public.express_listings e join public.licence_templates t on t.id = e.template_id
		join public.licence_template_versions v on v.template_id = t.id
		where e.listing_id = ${listingId} order by v.version desc limit 1`);
	return row ? { ...row, terms: { ...row.terms, publishedAt: new Date(row.terms.publishedAt) } } : null;
}

export interface MarkableListing {
	id: string;
	title: string;
	/** The template it is marked with, or null. */
	templateId: string | null;
}

/** The university's published listings, each with the template it is marked express with. */
export function listMarkableListings(db: Executor, universityId: string): Promise<MarkableListing[]> {
	return db.query<MarkableListing>(sql`select l.id, l.title, e.template_id as "templateId"
		from public.listings l left join public.express_listings e on e.listing_id = l.id
		where l.institution_id = ${universityId} and l.status = 'published'
		order by e.template_id is null, l.published_at desc`);
}

/** Marks a listing express with a template (or moves it to another); false when refused. */
export async function markListing(db: Executor, listingId: string, templateId: string): Promise<boolean> {
	try {
		const rows = await db.query(sql`insert into public.express_listings (listing_id, template_id)
			values (${listingId}, ${templateId})
			on conflict (listing_id) do update set template_id = excluded.template_id returning listing_id`);
		return rows.length === 1;
	} catch (error) {
		const code = errorCode(error);
		if (code === postgresErrors.insufficientPrivilege || code === postgresErrors.foreignKeyViolation) return false;
		throw error;
	}
}

/** Takes the mark off; false when there was none this officer may remove. */
export async function unmarkListing(db: Executor, listingId: string): Promise<boolean> {
	const rows = await db.query(
		sql`delete from public.express_listings where listing_id = ${listingId} returning listing_id`
	);
	return rows.length === 1;
}

export type AcceptResult =
	| { ok: true; dealId: string }
	| { ok: false; reason: 'not_offered' | 'key_reused' | 'not_allowed' | 'terms_changed' }
	| { ok: false; reason: 'deal_open'; dealId: string };

/**
 * A company member accepts the version of the listing's standard terms it was shown: the deal (at
 * term_sheet) it opened, or the one the same key opened before. `terms_changed` when the listing
 * now offers another version, which the company must read first.
 */
export async function acceptExpressLicence(
	db: Executor,
	listingId: string,
	acceptanceKey: string,
	shownVersionId: string
): Promise<AcceptResult> {
	try {
		const [row] = await db.query<{ dealId: string }>(
			sql`select app.accept_express_licence(${listingId}, ${acceptanceKey}, ${shownVersionId}) as "dealId"`
		);
		return { ok: true, dealId: row.dealId };
	} catch (error) {
		const code = errorCode(error);
		if (code === databaseErrors.expressNotOffered) return { ok: false, reason: 'not_offered' };
		if (code === databaseErrors.expressKeyReused) return { ok: false, reason: 'key_reused' };
		if (code === databaseErrors.expressTermsChanged) return { ok: false, reason: 'terms_changed' };
		if (code === databaseErrors.expressDealOpen) return { ok: false, reason: 'deal_open', dealId: detailOf(error) };
		if (code === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_allowed' };
		// The key already made an interest of another kind (an open licence's acceptance).
		if (code === postgresErrors.uniqueViolation && constraintName(error) === databaseConstraints.interestKeyOnce)
			return { ok: false, reason: 'key_reused' };
		throw error;
	}
}

/** The error's detail (the open deal's id), from either driver. */
function detailOf(error: unknown): string {
	const detail = (error as { detail?: unknown }).detail;
	return typeof detail === 'string' ? detail : '';
}
