import { hasErrorCode, type Executor } from './db/port.ts';
import { postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../rules/uuid.ts';
import type { AgencyService, AgencyType } from '../vocabularies/agency.ts';
import type { AgencyFilter, AgencyProfileInput } from '../schemas/agency.ts';

// Agencies' public profiles and their staff's desk (docs/domain.md, "Service providers").
// RLS decides: anyone reads a verified agency's profile, its own staff read it before
// verification too and alone may change it. The directory lists verified agencies only, also for
// their own staff, so nobody mistakes "I can see it" for "it is listed".

export interface University {
	id: string;
	nameZh: string;
	nameEn: string;
}

export interface AgencyProfile {
	id: string;
	nameZh: string;
	nameEn: string;
	verified: boolean;
	agencyType: AgencyType;
	services: AgencyService[];
	summaryZh: string;
	summaryEn: string;
	feeBasis: string;
	turnaroundDays: number | null;
	credentials: string;
	updatedAt: Date;
	universities: University[];
	/** Public ratings of closed service cases (app.agency_rating): how many, and their average. */
	closedCases: number;
	averageRating: number | null;
}

export type AgencyRow = Pick<
	AgencyProfile,
	| 'id'
	| 'nameZh'
	| 'nameEn'
	| 'agencyType'
	| 'services'
	| 'turnaroundDays'
	| 'universities'
	| 'closedCases'
	| 'averageRating'
>;

// The closed service cases' count and average rating (public, no case is read).
const ratingOf = sql`(select r.closed_cases from app.agency_rating(o.id) r) as "closedCases",
	(select r.average_rating::float8 from app.agency_rating(o.id) r) as "averageRating"`;

// Universities in name order, as a JSON array the drivers both return parsed.
const universitiesOf = sql`coalesce((
	select json_agg(json_build_object('id', u.id, 'nameZh', u.name_zh, 'nameEn', u.name_en) order by u.name_zh, u.id)
	from public.agency_universities au join public.organizations u on u.id = au.university_id
	where au.agency_id = a.organization_id), '[]'::json)`;

/** One agency's profile, or null when there is none or the reader may not see it (unverified). */
export async function getAgencyProfile(db: Executor, organizationId: string): Promise<AgencyProfile | null> {
	if (!isUuid(organizationId)) return null;
	const [row] = await db.query<AgencyProfile>(sql`
		select o.id, o.name_zh as "nameZh", o.name_en as "nameEn", o.verified, a.agency_type as "agencyType",
		       a.services::text[] as services, a.summary_zh as "summaryZh", a.summary_en as "summaryEn",
		       a.fee_basis as "feeBasis", a.turnaround_days as "turnaroundDays", a.credentials,
		       a.updated_at as "updatedAt", ${universitiesOf} as universities, ${ratingOf}
		from public.agency_profiles a join public.organizations o on o.id = a.organization_id
		where a.organization_id = ${organizationId}`);
	return row ?? null;
}

/** Verified agencies offering the service (and of the type), by name. */
export function listAgencies(db: Executor, filter: AgencyFilter): Promise<AgencyRow[]> {
	return db.query<AgencyRow>(sql`
		select o.id, o.name_zh as "nameZh", o.name_en as "nameEn", a.agency_type as "agencyType",
		       a.services::text[] as services, a.turnaround_days as "turnaroundDays", ${universitiesOf} as universities,
		       ${ratingOf}
		from public.agency_profiles a join public.organizations o on o.id = a.organization_id
		where o.verified
		  and (${filter.service ?? null}::public.agency_service is null or ${filter.service ?? null}::public.agency_service = any(a.services))
		  and (${filter.type ?? null}::public.agency_type is null or a.agency_type = ${filter.type ?? null}::public.agency_type)
		order by o.name_zh, o.id
		limit 200`);
}

/** The universities an agency may say it works with (the profile form's checkboxes). */
export function listUniversities(db: Executor): Promise<University[]> {
	return db.query<University>(sql`
		select id, name_zh as "nameZh", name_en as "nameEn" from public.organizations
		where kind = 'university' order by name_zh, id`);
}

/**
 * Saves the profile and the universities it names, in one transaction. RLS lets only the
 * agency's own staff (verified or not) change a row; for anyone else nothing matches and this is
 * `false`. Ids that are not universities are left out (only a hand-made post sends them).
 */
export async function updateAgencyProfile(
	db: Executor,
	organizationId: string,
	input: AgencyProfileInput
): Promise<boolean> {
	if (!isUuid(organizationId)) return false;
	try {
		return await saveProfile(db, organizationId, input);
	} catch (error) {
		// Signed out, the grant itself is missing: refused like a row RLS hides.
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege)) return false;
		throw error;
	}
}

function saveProfile(db: Executor, organizationId: string, input: AgencyProfileInput): Promise<boolean> {
	return db.transaction(async (transaction) => {
		const updated = await transaction.query(sql`
			update public.agency_profiles set services = ${input.services}::text[]::public.agency_service[],
				summary_zh = ${input.summaryZh}, summary_en = ${input.summaryEn}, fee_basis = ${input.feeBasis},
				turnaround_days = ${input.turnaroundDays}, credentials = ${input.credentials}, updated_at = now()
			where organization_id = ${organizationId} returning organization_id`);
		if (updated.length === 0) return false;
		await transaction.query(sql`
			delete from public.agency_universities
			where agency_id = ${organizationId} and not (university_id = any(${input.universityIds}::uuid[]))`);
		await transaction.query(sql`
			insert into public.agency_universities (agency_id, university_id)
			select ${organizationId}, o.id from public.organizations o
			where o.id = any(${input.universityIds}::uuid[]) and o.kind = 'university'
			on conflict do nothing`);
		return true;
	});
}
