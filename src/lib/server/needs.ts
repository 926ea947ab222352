import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { needSearchVector, searchIndexVersion } from './listing-index.ts';
import type { NeedInput } from '../schemas/need.ts';
import { isUuid } from '../schemas/fields.ts';

export interface Need {
	id: string;
	title: string;
	problem: string;
	industry: string;
	/** Fen (分). */
	budgetFen: number | null;
	deadline: string | null;
	open: boolean;
	companyId: string;
	companyNameZh: string;
	companyNameEn: string;
	createdAt: Date;
}

const columns = sql`n.id, n.title, n.problem, n.industry, n.budget_fen as "budgetFen",
	to_char(n.deadline, 'YYYY-MM-DD') as deadline, n.open, n.company_id as "companyId",
	o.name_zh as "companyNameZh", o.name_en as "companyNameEn", n.created_at as "createdAt"`;

/** Posted by a company member for their company; RLS refuses anyone else. */
export async function createNeed(
	db: Executor,
	author: { id: string; organizationId: string | null },
	input: NeedInput
): Promise<string | null> {
	try {
		const [row] = await db.query<{ id: string }>(sql`
			insert into public.needs (company_id, author_id, title, problem, industry, budget_fen, deadline, search_vector, search_version)
			values (${author.organizationId}, ${author.id}, ${input.title}, ${input.problem}, ${input.industry}::public.industry,
			        ${input.budget}, ${input.deadline}::date, ${needSearchVector(input)}::tsvector, ${searchIndexVersion})
			returning id`);
		return row.id;
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return null;
		throw error;
	}
}

export function listOpenNeeds(db: Executor): Promise<Need[]> {
	return db.query<Need>(sql`
		select ${columns} from public.needs n join public.organizations o on o.id = n.company_id
		where n.open order by n.created_at desc limit 100`);
}

export async function getNeed(db: Executor, id: string): Promise<Need | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<Need>(sql`
		select ${columns} from public.needs n join public.organizations o on o.id = n.company_id where n.id = ${id}`);
	return row ?? null;
}

export async function closeNeed(db: Executor, id: string): Promise<boolean> {
	return (await db.query(sql`update public.needs set open = false where id = ${id} returning id`)).length === 1;
}
