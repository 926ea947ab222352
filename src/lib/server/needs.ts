import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { needMatchTerms, needSearchVector, searchIndexVersion } from './listing-index.ts';
import type { NeedInput } from '../schemas/need.ts';
import { isUuid } from '../schemas/fields.ts';
import type { Industry } from '../vocabularies/listing.ts';

export interface Need {
	id: string;
	title: string;
	problem: string;
	industry: string;
	/** Fen (分). */
	budgetFen: number | null;
	deadline: string | null;
	open: boolean;
	/** open, closed by the company, or past its deadline (docs/domain.md, "Needs"). */
	status: NeedStatus;
	companyId: string;
	companyNameZh: string;
	companyNameEn: string;
	createdAt: Date;
}

export type NeedStatus = 'open' | 'closed' | 'expired';

/**
 * A need counts as open (listed, matched, on the company home) while its company keeps it open
 * and its deadline, an Asia/Shanghai day, has not passed. Every query of open needs uses this.
 */
export const openNow = sql`(n.open and (n.deadline is null or n.deadline >= (now() at time zone 'Asia/Shanghai')::date))`;

const columns = sql`n.id, n.title, n.problem, n.industry, n.budget_fen as "budgetFen",
	to_char(n.deadline, 'YYYY-MM-DD') as deadline, n.open, n.company_id as "companyId",
	case when not n.open then 'closed' when ${openNow} then 'open' else 'expired' end as status,
	o.name_zh as "companyNameZh", o.name_en as "companyNameEn", n.created_at as "createdAt"`;

/**
 * Posted by a company member for their company; RLS refuses anyone else. The form's creation key
 * makes a resent post answer with the need it made (Back, a double tap) instead of a second one.
 */
export async function createNeed(
	db: Executor,
	author: { id: string; organizationId: string | null },
	input: NeedInput & { creationKey: string }
): Promise<string | null> {
	try {
		const [row] = await db.query<{ id: string }>(sql`
			insert into public.needs (company_id, author_id, title, problem, industry, budget_fen, deadline, search_vector,
			                          search_version, match_terms, creation_key)
			values (${author.organizationId}, ${author.id}, ${input.title}, ${input.problem}, ${input.industry}::public.industry,
			        ${input.budget}, ${input.deadline}::date, ${needSearchVector(input)}::tsvector, ${searchIndexVersion},
			        ${needMatchTerms(input)}::text[], ${input.creationKey})
			on conflict (creation_key) do nothing
			returning id`);
		if (row) return row.id;
		const [made] = await db.query<{ id: string }>(
			sql`select id from public.needs where creation_key = ${input.creationKey} and author_id = ${author.id}`
		);
		return made?.id ?? null;
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return null;
		throw error;
	}
}

/** A member of the need's company changes what it asks; RLS gives anyone else no row (false). */
export async function updateNeed(db: Executor, id: string, input: NeedInput): Promise<boolean> {
	if (!isUuid(id)) return false;
	const rows = await db.query(sql`
		update public.needs set title = ${input.title}, problem = ${input.problem}, industry = ${input.industry}::public.industry,
		       budget_fen = ${input.budget}, deadline = ${input.deadline}::date,
		       search_vector = ${needSearchVector(input)}::tsvector, search_version = ${searchIndexVersion},
		       match_terms = ${needMatchTerms(input)}::text[]
		where id = ${id} returning id`);
	return rows.length === 1;
}

export type OpenResult = { ok: true } | { ok: false; reason: 'not_allowed' | 'deadline_passed' };

/** Closes or reopens a need of the caller's company; a need past its deadline reopens only with a new one. */
export async function setNeedOpen(db: Executor, id: string, open: boolean): Promise<OpenResult> {
	if (!isUuid(id)) return { ok: false, reason: 'not_allowed' };
	try {
		const rows = await db.query(sql`update public.needs set open = ${open} where id = ${id} returning id`);
		return rows.length === 1 ? { ok: true } : { ok: false, reason: 'not_allowed' };
	} catch (error) {
		if (errorCode(error) === databaseErrors.needDeadlinePassed) return { ok: false, reason: 'deadline_passed' };
		throw error;
	}
}

export function listOpenNeeds(db: Executor, industry: Industry | null = null): Promise<Need[]> {
	return db.query<Need>(sql`
		select ${columns} from public.needs n join public.organizations o on o.id = n.company_id
		where ${openNow} and (${industry}::public.industry is null or n.industry = ${industry}::public.industry)
		order by n.created_at desc limit 100`);
}

/** Every need of one company, open or not, newest first: its members' own list. */
export function listCompanyNeeds(db: Executor, companyId: string): Promise<Need[]> {
	return db.query<Need>(sql`
		select ${columns} from public.needs n join public.organizations o on o.id = n.company_id
		where n.company_id = ${companyId} order by n.created_at desc limit 100`);
}

export async function getNeed(db: Executor, id: string): Promise<Need | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Need>(sql`
		select ${columns} from public.needs n join public.organizations o on o.id = n.company_id where n.id = ${id}`);
	return row ?? null;
}
