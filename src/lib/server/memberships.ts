import { errorCode, type Executor } from './db/port.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';
import { sql } from './db/sql.ts';

// A researcher's membership of their college, confirmed by an officer of the university or an
// admin (docs/domain.md, "Roles and organisations"). Until it is confirmed the database refuses
// to submit or publish their listings (ZQ600).

export type MembershipStatus = 'pending' | 'confirmed' | 'declined';

export interface UnconfirmedResearcher {
	id: string;
	displayName: string;
	email: string;
	status: 'pending' | 'declined';
	declineReason: string | null;
	createdAt: Date;
	collegeNameZh: string;
	collegeNameEn: string;
	universityNameZh: string;
	universityNameEn: string;
}

/** The caller's university's researchers not confirmed (every university's for an admin), oldest first. */
export function listUnconfirmed(db: Executor): Promise<UnconfirmedResearcher[]> {
	return db.query<UnconfirmedResearcher>(sql`
		select r.id, r.display_name as "displayName", r.email, r.status, r.decline_reason as "declineReason",
		       r.created_at as "createdAt", c.name_zh as "collegeNameZh", c.name_en as "collegeNameEn",
		       u.name_zh as "universityNameZh", u.name_en as "universityNameEn"
		from app.unconfirmed_researchers() r
		join public.organizations c on c.id = r.college_id
		join public.organizations u on u.id = r.university_id
		order by r.status desc, r.created_at, r.id
		limit 200`);
}

export type DecisionResult = 'decided' | 'not_allowed' | 'already_decided' | 'reason_required';

export async function decideMembership(
	db: Executor,
	researcherId: string,
	decision: 'confirm' | 'decline',
	reason: string
): Promise<DecisionResult> {
	try {
		await db.query(sql`select app.decide_researcher_membership(${researcherId}, ${decision === 'confirm'}, ${reason})`);
		return 'decided';
	} catch (error) {
		const code = errorCode(error);
		if (code === postgresErrors.insufficientPrivilege) return 'not_allowed';
		if (code === databaseErrors.membershipDecided) return 'already_decided';
		if (code === postgresErrors.checkViolation) return 'reason_required';
		throw error;
	}
}

export interface OwnMembership {
	status: MembershipStatus;
	declineReason: string | null;
}

/** The signed-in user's own membership (profiles' RLS: their own row). */
export async function ownMembership(db: Executor): Promise<OwnMembership | null> {
	const [row] = await db.query<OwnMembership>(sql`
		select membership_status as status, membership_decline_reason as "declineReason"
		from public.profiles where id = (select auth.uid())`);
	return row ?? null;
}
