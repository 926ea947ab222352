import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { containsPattern } from './db/like.ts';
import type { Locale } from '../schemas/fields.ts';
import type { Role } from '../vocabularies/people.ts';

// Every function here runs on the request's scoped executor: RLS decides what it may touch.

export interface UserSummary {
	id: string;
	displayName: string;
	email: string;
	role: Role;
	organizationNameZh: string | null;
	organizationNameEn: string | null;
	createdAt: Date;
}

export async function updateDisplayName(db: Executor, userId: string, displayName: string): Promise<boolean> {
	const rows = await db.query(
		sql`update public.profiles set display_name = ${displayName} where id = ${userId} returning id`
	);
	return rows.length === 1;
}

export async function setLocale(db: Executor, userId: string, locale: Locale): Promise<void> {
	await db.query(sql`update public.profiles set locale = ${locale} where id = ${userId}`);
}

const pageSize = 20;

/** Admins see everyone; anyone else sees only their own row (RLS), which is harmless here. */
export async function searchUsers(db: Executor, search: { query: string; page: number }) {
	const pattern = containsPattern(search.query);
	const offset = (search.page - 1) * pageSize;
	const rows = await db.query<UserSummary & { total: number }>(sql`
		select p.id, p.display_name as "displayName", p.email, p.role, p.created_at as "createdAt",
		       o.name_zh as "organizationNameZh", o.name_en as "organizationNameEn",
		       count(*) over () as total
		from public.profiles p left join public.organizations o on o.id = p.organization_id
		where ${search.query} = '' or p.display_name ilike ${pattern} or p.email ilike ${pattern}
		order by p.created_at desc, p.id
		limit ${pageSize} offset ${offset}`);
	const total = rows.length > 0 ? Number(rows[0].total) : 0;
	return { users: rows.map(({ total: _total, ...user }) => user), total, pageSize };
}

export type ChangeRoleResult = 'changed' | 'unchanged' | 'not_found' | 'forbidden';

/** The database refuses non-admins and an admin changing their own role (42501). */
export async function changeRole(db: Executor, change: { userId: string; role: Role }): Promise<ChangeRoleResult> {
	try {
		const rows = await db.query<{ changed: boolean }>(sql`
			with target as (select id, role from public.profiles where id = ${change.userId})
			update public.profiles p set role = ${change.role}
			from target where p.id = target.id
			returning target.role is distinct from p.role as changed`);
		if (rows.length === 0) return 'not_found';
		return rows[0].changed ? 'changed' : 'unchanged';
	} catch (error) {
		if (errorCode(error) === postgresErrors.insufficientPrivilege) return 'forbidden';
		throw error;
	}
}
