import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';
import { hasErrorCode, type Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { databaseErrors } from '../contracts/database-errors.ts';
import { sha256Hex } from './auth/tokens.ts';

// A company's team (docs/domain.md, "Company teams"). Every write is an app.* function that
// decides who may do it (supabase/migrations/20261213000000_company_teams.sql); refusals come
// back as words, which the routes translate.

export type TeamRole = 'owner' | 'member';

export interface TeamMember {
	id: string;
	displayName: string;
	email: string;
	teamRole: TeamRole;
}

export interface PendingInvitation {
	id: string;
	email: string | null;
	invitedBy: string | null;
	/** Made by the reader: they may revoke it even when not an owner. */
	mine: boolean;
	createdAt: Date;
	expiresAt: Date;
}

/** Why an invitation link cannot be used, or 'pending' when it can. */
export type InvitationStatus = 'pending' | 'expired' | 'used' | 'revoked';
export type AcceptRefusal =
	Exclude<InvitationStatus, 'pending'> | 'unknown' | 'already_member' | 'other_organization' | 'not_company';

/** 20 random bytes (160 bits), base32: the part of the link only the invitee should hold. */
function generateInvitationToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token: a leaked table yields no usable link. */
export function invitationTokenHash(token: string): string {
	return sha256Hex(token);
}

export function listTeamMembers(db: Executor): Promise<TeamMember[]> {
	return db.query<TeamMember>(sql`
		select id, display_name as "displayName", email, team_role as "teamRole" from app.team_members()`);
}

/** Invitations not used, revoked or expired; RLS shows only the caller's company's. */
export function listPendingInvitations(db: Executor): Promise<PendingInvitation[]> {
	return db.query<PendingInvitation>(sql`
		select i.id, i.email, app.public_display_name(i.invited_by) as "invitedBy",
		       coalesce(i.invited_by = auth.uid(), false) as mine,
		       i.created_at as "createdAt", i.expires_at as "expiresAt"
		from public.team_invitations i
		where i.accepted_at is null and i.revoked_at is null and i.expires_at > now()
		order by i.created_at desc limit 100`);
}

/** What became of the email of an invitation: see app.queue_team_invitation_email. */
export type InvitationEmail = 'queued' | 'no_address' | 'already_queued' | 'limit' | 'not_found';

export interface InvitationMade {
	id: string;
	/** The link's token, shown this once; null when a replayed post found its invitation. */
	token: string | null;
	created: boolean;
	emailed?: InvitationEmail;
}

/**
 * A new invitation and its token (shown once: only the hash is kept), or, for a creation key
 * already used (a replayed post), the first one's id with `created` false and no token. An
 * address with a pending invitation gets this one instead (the earlier link stops working); a
 * current member's address is refused. With `emailLocale` (SMTP configured) a new invitation's
 * email with the link is queued in the same transaction, in that language; its row holds the
 * token until the email left (docs/domain.md, "Email").
 */
export async function inviteColleague(
	db: Executor,
	email: string | null,
	creationKey: string,
	options: { emailLocale?: 'zh-CN' | 'en' } = {}
): Promise<InvitationMade | { refused: 'already_member' }> {
	const token = generateInvitationToken();
	try {
		return await db.transaction(async (transaction): Promise<InvitationMade> => {
			const [row] = await transaction.query<{ id: string; created: boolean }>(sql`
				select invitation_id as id, created from app.invite_to_team(${invitationTokenHash(token)}, ${email ?? ''}, ${creationKey})`);
			if (!row.created) return { id: row.id, token: null, created: false };
			if (!options.emailLocale) return { id: row.id, token, created: true };
			const [queued] = await transaction.query<{ result: InvitationEmail }>(
				sql`select app.queue_team_invitation_email(${row.id}::uuid, ${token}, ${options.emailLocale}) as result`
			);
			return { id: row.id, token, created: true, emailed: queued.result };
		});
	} catch (error) {
		// Caught outside the transaction: the refused statement left it aborted, nothing was written.
		if (hasErrorCode(error, databaseErrors.teamAlreadyMember)) return { refused: 'already_member' };
		throw error;
	}
}

export async function revokeInvitation(
	db: Executor,
	invitationId: string
): Promise<'revoked' | 'not_found' | 'not_allowed' | 'not_pending'> {
	const [row] = await db.query<{ result: 'revoked' | 'not_found' | 'not_allowed' | 'not_pending' }>(
		sql`select app.revoke_team_invitation(${invitationId}) as result`
	);
	return row.result;
}

export interface InvitationView {
	organizationId: string;
	nameZh: string;
	nameEn: string;
	status: InvitationStatus;
}

/** What a link shows before anyone acts on it; null for a token that was never issued. */
export async function readInvitation(db: Executor, token: string): Promise<InvitationView | null> {
	const [row] = await db.query<InvitationView>(sql`
		select organization_id as "organizationId", name_zh as "nameZh", name_en as "nameEn", status
		from app.team_invitation(${invitationTokenHash(token)})`);
	return row ?? null;
}

export async function acceptInvitation(db: Executor, token: string): Promise<'joined' | AcceptRefusal> {
	const [row] = await db.query<{ result: 'joined' | AcceptRefusal }>(
		sql`select app.accept_team_invitation(${invitationTokenHash(token)}) as result`
	);
	return row.result;
}

export async function removeMember(db: Executor, memberId: string): Promise<'removed' | 'not_allowed' | 'not_found'> {
	const [row] = await db.query<{ result: 'removed' | 'not_allowed' | 'not_found' }>(
		sql`select app.remove_team_member(${memberId}) as result`
	);
	return row.result;
}

export async function makeOwner(db: Executor, memberId: string): Promise<'made_owner' | 'not_allowed' | 'not_found'> {
	const [row] = await db.query<{ result: 'made_owner' | 'not_allowed' | 'not_found' }>(
		sql`select app.make_team_owner(${memberId}) as result`
	);
	return row.result;
}

/** The last owner names a successor (null: none named, refused as 'last_owner'). */
export async function leaveTeam(
	db: Executor,
	successorId: string | null
): Promise<'left' | 'last_owner' | 'last_member' | 'not_found'> {
	const [row] = await db.query<{ result: 'left' | 'last_owner' | 'last_member' | 'not_found' }>(
		sql`select app.leave_team(${successorId}::uuid) as result`
	);
	return row.result;
}
