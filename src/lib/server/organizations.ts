import { errorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../rules/uuid.ts';
import type { AgencyType } from '../vocabularies/agency.ts';

export interface Organization {
	id: string;
	kind: 'university' | 'college' | 'company' | 'agency' | 'bank';
	parentId: string | null;
	nameZh: string;
	nameEn: string;
	verified: boolean;
	/** Unified social credit code (GB 32100-2015), recorded when an admin verifies. */
	creditCode: string | null;
	/** Days a deal's agreed price is posted inside the university before signing. */
	publicNoticeDays: number;
	/** An agency's type (patent agency, valuation firm …), from its profile; null for other kinds. */
	agencyType: AgencyType | null;
}

const columns = sql`id, kind, parent_id as "parentId", name_zh as "nameZh", name_en as "nameEn", verified, credit_code as "creditCode",
	public_notice_days as "publicNoticeDays",
	(select a.agency_type from public.agency_profiles a where a.organization_id = organizations.id) as "agencyType"`;

/** Universities and their colleges, for a researcher choosing where they work. */
export function listInstitutions(db: Executor): Promise<Organization[]> {
	return db.query<Organization>(sql`
		select ${columns} from public.organizations
		where kind in ('university', 'college')
		order by coalesce(parent_id, id), parent_id nulls first, name_zh`);
}

/** One organisation (every reader may see every organisation), or null. */
export async function getOrganization(db: Executor, organizationId: string): Promise<Organization | null> {
	if (!isUuid(organizationId)) return null;
	const [row] = await db.query<Organization>(
		sql`select ${columns} from public.organizations where id = ${organizationId}`
	);
	return row ?? null;
}

export const organizationsPageSize = 50;

/** One page of organisations (unverified first), plus whether another page follows. */
export async function listOrganizations(
	db: Executor,
	filter: { unverifiedOnly: boolean; page: number }
): Promise<{ organizations: Organization[]; hasMore: boolean }> {
	const rows = await db.query<Organization>(sql`
		select ${columns} from public.organizations
		where not ${filter.unverifiedOnly} or not verified
		order by verified, kind, name_zh, id
		limit ${organizationsPageSize + 1} offset ${(filter.page - 1) * organizationsPageSize}`);
	return { organizations: rows.slice(0, organizationsPageSize), hasMore: rows.length > organizationsPageSize };
}

export type VerifyResult = { ok: true } | { ok: false; reason: 'not_found' | 'credit_code_taken' };

/**
 * Verifies with the organisation's unified social credit code (checked by the caller and again
 * by a constraint), or withdraws the verification (`creditCode` null keeps the stored code).
 * RLS lets only admins update; for anyone else no row matches: `not_found`.
 */
export async function setVerified(
	db: Executor,
	organizationId: string,
	verified: boolean,
	creditCode: string | null = null
): Promise<VerifyResult> {
	try {
		const rows = await db.query(sql`update public.organizations
			set verified = ${verified}, credit_code = coalesce(${creditCode}::text, credit_code)
			where id = ${organizationId} returning id`);
		return rows.length === 1 ? { ok: true } : { ok: false, reason: 'not_found' };
	} catch (error) {
		// organizations_credit_code_key: another organisation already holds this code.
		if (errorCode(error) === postgresErrors.uniqueViolation) return { ok: false, reason: 'credit_code_taken' };
		throw error;
	}
}

/** Admins only (RLS); deals already in public notice keep the end date they were given. */
export async function setPublicNoticeDays(db: Executor, organizationId: string, days: number): Promise<boolean> {
	const rows = await db.query(
		sql`update public.organizations set public_notice_days = ${days} where id = ${organizationId} and kind = 'university' returning id`
	);
	return rows.length === 1;
}

/** The university an organisation belongs to (a college's parent), for institution topics. */
export async function institutionOf(db: Executor, organizationId: string | null): Promise<string | null> {
	if (!organizationId) return null;
	const [row] = await db.query<{ id: string }>(
		sql`select coalesce(parent_id, id) as id from public.organizations where id = ${organizationId}`
	);
	return row?.id ?? null;
}
