import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import type { ExpressMode, NewTemplateInput, NewVersionInput, TemplateTerms } from '../schemas/licence-templates.ts';
import type { RoyaltyBase, RoyaltyPeriod } from '../vocabularies/income.ts';

// Express licences (docs/domain.md, "Express licences"). Who writes, the version numbering, the
// immutability of published versions and the acceptance are the database's
// (supabase/migrations/20261208002000_express_licences.sql); this module reads and turns refusals
// into reasons a page can explain.

export interface TemplateVersion {
	id: string;
	version: number;
	mode: ExpressMode;
	upfrontFeeFen: number;
	/** Percent as text ("2.00"), or null for none. */
	royaltyPercent: string | null;
	royaltyBase: RoyaltyBase;
	royaltyPeriod: RoyaltyPeriod;
	equityPercent: string | null;
	/** '' is any field of use. */
	fieldOfUse: string;
	/** '' is no territorial limit. */
	territory: string;
	termMonths: number;
	summary: string;
	publishedAt: Date;
	publishedByName: string | null;
	/** Deals opened from this version that the reader can see (an officer: all of the university's). */
	uses: number;
}

export interface Template {
	id: string;
	name: string;
	/** Newest first. */
	versions: TemplateVersion[];
	/** Listings marked express with this template. */
	listings: number;
}

const versionColumns = sql`v.id, v.version, v.mode, v.upfront_fee_fen as "upfrontFeeFen",
	v.royalty_percent::text as "royaltyPercent", v.royalty_base as "royaltyBase", v.royalty_period as "royaltyPeriod",
	v.equity_percent::text as "equityPercent", v.field_of_use as "fieldOfUse", v.territory, v.term_months as "termMonths",
	v.summary, v.published_at as "publishedAt", app.public_display_name(v.published_by) as "publishedByName"`;

export interface University {
	id: string;
	nameZh: string;
	nameEn: string;
}

/** The university whose templates this officer manages (an officer of a college: its university). */
export async function managedUniversity(db: Executor): Promise<University | null> {
	const [university] = await db.query<University>(sql`select o.id, o.name_zh as "nameZh",
		coalesce(nullif(o.name_en, ''), o.name_zh) as "nameEn"
		from public.organizations o where o.kind = 'university' and app.is_officer_of(o.id) order by o.name_zh limit 1`);
	return university ?? null;
}

/** The university's templates with every version and how often each was used. */
export async function listTemplates(db: Executor, universityId: string): Promise<Template[]> {
	const templates = await db.query<Omit<Template, 'versions'>>(sql`select t.id, t.name,
		(select count(*)::int from public.express_listings e where e.template_id = t.id) as listings
		from public.licence_templates t where t.institution_id = ${universityId} order by t.created_at, t.name`);
	if (templates.length === 0) return [];
	const versions = await db.query<TemplateVersion & { templateId: string }>(sql`select v.template_id as "templateId",
		${versionColumns}, (select count(*)::int from public.deals d where d.licence_template_version_id = v.id) as uses
		from public.licence_template_versions v join public.licence_templates t on t.id = v.template_id
		where t.institution_id = ${universityId} order by v.version desc`);
	return templates.map((template) => ({
		...template,
		versions: versions.filter((version) => version.templateId === template.id).map(({ templateId: _, ...v }) => v)
	}));
}

/** One template of the university with its versions, or null. */
export async function getTemplate(db: Executor, universityId: string, id: string): Promise<Template | null> {
	return (await listTemplates(db, universityId)).find((template) => template.id === id) ?? null;
}

const termValues = (terms: TemplateTerms) => sql`${terms.mode}::public.cooperation_mode, ${terms.upfrontFee},
	${terms.royaltyPercent}, ${terms.royaltyBase}::public.royalty_base, ${terms.royaltyPeriod}::public.royalty_period,
	${terms.equityPercent}, ${terms.fieldOfUse}, ${terms.territory}, ${terms.termMonths}, ${terms.summary}`;
const termColumns = sql`mode, upfront_fee_fen, royalty_percent, royalty_base, royalty_period, equity_percent,
	field_of_use, territory, term_months, summary`;

export type WriteResult<T> = { ok: true; value: T } | { ok: false; reason: 'stale' | 'not_allowed' };

function refusal(error: unknown): { ok: false; reason: 'stale' | 'not_allowed' } {
	const code = errorCode(error);
	if (code === databaseErrors.templateVersionStale || code === postgresErrors.uniqueViolation)
		return { ok: false, reason: 'stale' };
	if (code === postgresErrors.insufficientPrivilege || code === postgresErrors.foreignKeyViolation)
		return { ok: false, reason: 'not_allowed' };
	throw error;
}

/**
 * Creates a template and publishes its version 1, in one transaction of the caller's; a replayed
 * post (same key) answers with the template it already made.
 */
export async function createTemplate(
	db: Executor,
	universityId: string,
	input: NewTemplateInput
): Promise<WriteResult<string>> {
	try {
		await db.transaction(async (transaction) => {
			await transaction.query(sql`insert into public.licence_templates (institution_id, name, creation_key)
				values (${universityId}, ${input.name}, ${input.creationKey})`);
			// A replay stored no template and finds version 1 already there: nothing more is stored.
			await transaction.query(sql`insert into public.licence_template_versions (template_id, version, ${termColumns},
				creation_key) select t.id, 1, ${termValues(input)}, ${input.creationKey} from public.licence_templates t
				where t.creation_key = ${input.creationKey}`);
		});
	} catch (error) {
		return refusal(error);
	}
	const [made] = await db.query<{ id: string }>(
		sql`select id from public.licence_templates where creation_key = ${input.creationKey}`
	);
	return made ? { ok: true, value: made.id } : { ok: false, reason: 'not_allowed' };
}

/** Publishes the next version of a template; a replayed post answers with the version it made. */
export async function publishVersion(
	db: Executor,
	templateId: string,
	input: NewVersionInput
): Promise<WriteResult<number>> {
	try {
		await db.query(sql`insert into public.licence_template_versions (template_id, version, ${termColumns}, creation_key)
			values (${templateId}, ${input.version}, ${termValues(input)}, ${input.creationKey})`);
	} catch (error) {
		return refusal(error);
	}
	const [made] = await db.query<{ version: number }>(sql`select version from public.licence_template_versions
		where creation_key = ${input.creationKey} and template_id = ${templateId}`);
	return made ? { ok: true, value: made.version } : { ok: false, reason: 'not_allowed' };
}
