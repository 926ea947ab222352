import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';

// Universities and their colleges (docs/domain.md, "Roles and organisations"). Who may create
// them is decided by app.create_university and app.create_college (SECURITY DEFINER, audited).

export interface CollegeRow {
	id: string;
	nameZh: string;
	nameEn: string;
}

export interface UniversityWithColleges extends CollegeRow {
	verified: boolean;
	colleges: CollegeRow[];
}

/** Every university with its colleges by Chinese name (organisations are public). */
export async function listUniversitiesWithColleges(db: Executor): Promise<UniversityWithColleges[]> {
	return db.query<UniversityWithColleges>(sql`
		select u.id, u.name_zh as "nameZh", u.name_en as "nameEn", u.verified,
		       coalesce((select json_agg(json_build_object('id', c.id, 'nameZh', c.name_zh, 'nameEn', c.name_en)
		                                 order by c.name_zh, c.id)
		                 from public.organizations c where c.kind = 'college' and c.parent_id = u.id), '[]') as colleges
		from public.organizations u where u.kind = 'university'
		order by u.name_zh, u.id`);
}

/** Whether `collegeId` is a college of `universityId`: what a researcher's sign-up must name. */
export async function isCollegeOf(db: Executor, collegeId: string, universityId: string): Promise<boolean> {
	const rows = await db.query(sql`
		select 1 from public.organizations
		where id = ${collegeId} and kind = 'college' and parent_id = ${universityId}`);
	return rows.length === 1;
}

export type CreateResult = { ok: true; id: string } | { ok: false; reason: 'not_allowed' | 'name_taken' };

async function created(make: () => Promise<{ id: string }[]>): Promise<CreateResult> {
	try {
		const [row] = await make();
		return { ok: true, id: row.id };
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return { ok: false, reason: 'not_allowed' };
		// organizations_college_name_key: the university already has a college of this name.
		if (errorCode(error) === postgresErrors.uniqueViolation) return { ok: false, reason: 'name_taken' };
		throw error;
	}
}

/** Admins only (the function refuses anyone else). */
export function createUniversity(db: Executor, names: { nameZh: string; nameEn: string }): Promise<CreateResult> {
	return created(() =>
		db.query<{ id: string }>(sql`select app.create_university(${names.nameZh}, ${names.nameEn || names.nameZh}) as id`)
	);
}

/** An admin, or an officer of the university. */
export function createCollege(
	db: Executor,
	input: { universityId: string; nameZh: string; nameEn: string }
): Promise<CreateResult> {
	return created(() =>
		db.query<{ id: string }>(
			sql`select app.create_college(${input.universityId}, ${input.nameZh}, ${input.nameEn || input.nameZh}) as id`
		)
	);
}
