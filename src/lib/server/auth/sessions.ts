import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';
import { newSessionExpiry, sessionFreshness } from '$lib/rules/session-expiry.ts';
import { generateSessionToken, sessionIdFromToken } from './tokens.ts';

export interface SessionUser {
	id: string;
	role: 'researcher' | 'company' | 'officer' | 'admin' | 'provider';
	displayName: string;
	email: string;
	organizationId: string | null;
	locale: 'zh-CN' | 'en';
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
	/** How the user proved who they are: an email code, magic or recovery link needs no old password to set one. */
	proof: 'password' | 'email';
}

// These functions take the service-role executor: sessions are invisible to anon by RLS.

export async function createSession(service: Executor, userId: string, userAgent: string | null) {
	const token = generateSessionToken();
	const session: Session = {
		id: sessionIdFromToken(token),
		userId,
		expiresAt: newSessionExpiry(new Date()),
		proof: 'password'
	};
	await service.query(sql`
		insert into public.sessions (id, user_id, expires_at, user_agent)
		values (${session.id}, ${userId}, ${session.expiresAt}, ${userAgent?.slice(0, 400) ?? null})`);
	return { token, session };
}

interface SessionRow {
	expires_at: Date;
	user_id: string;
	role: SessionUser['role'];
	display_name: string;
	email: string;
	organization_id: string | null;
	locale: SessionUser['locale'];
}

export type SessionValidation = { session: Session; user: SessionUser; renewed: boolean } | null;

/** Looks the token up, drops it if expired, and slides the expiry once half of it is used. */
export async function validateSessionToken(service: Executor, token: string): Promise<SessionValidation> {
	const sessionId = sessionIdFromToken(token);
	const [row] = await service.query<SessionRow>(sql`
		select s.expires_at, s.user_id, p.role, p.display_name, p.email, p.organization_id, p.locale
		from public.sessions s join public.profiles p on p.id = s.user_id
		where s.id = ${sessionId}`);
	if (!row) return null;
	const freshness = sessionFreshness(new Date(row.expires_at), new Date());
	if (freshness.state === 'expired') {
		await invalidateSession(service, sessionId);
		return null;
	}
	let expiresAt = new Date(row.expires_at);
	if (freshness.state === 'renew') {
		expiresAt = freshness.expiresAt;
		await service.query(sql`update public.sessions set expires_at = ${expiresAt} where id = ${sessionId}`);
	}
	return {
		session: { id: sessionId, userId: row.user_id, expiresAt, proof: 'password' },
		user: toSessionUser(row),
		renewed: freshness.state === 'renew'
	};
}

type ProfileRow = Omit<SessionRow, 'expires_at'>;

function toSessionUser(row: ProfileRow): SessionUser {
	return {
		id: row.user_id,
		role: row.role,
		displayName: row.display_name,
		email: row.email,
		organizationId: row.organization_id,
		locale: row.locale
	};
}

/** The profile of an identity verified elsewhere (Supabase Auth); null when it has none yet. */
export async function findSessionUser(service: Executor, userId: string): Promise<SessionUser | null> {
	const [row] = await service.query<ProfileRow>(sql`
		select id as user_id, role, display_name, email, organization_id, locale from public.profiles where id = ${userId}`);
	return row ? toSessionUser(row) : null;
}

export interface DeviceSession {
	id: string;
	createdAt: Date;
	expiresAt: Date;
	userAgent: string | null;
}

/** The signed-in user's own sessions; RLS shows nobody else's. */
export function listOwnSessions(db: Executor): Promise<DeviceSession[]> {
	return db.query<DeviceSession>(sql`
		select id, created_at as "createdAt", expires_at as "expiresAt", user_agent as "userAgent"
		from public.sessions where user_id = (select auth.uid()) order by created_at desc`);
}

export async function invalidateSession(service: Executor, sessionId: string): Promise<void> {
	await service.query(sql`delete from public.sessions where id = ${sessionId}`);
}

/** Signs a user out everywhere, optionally keeping the session making the request. */
export async function invalidateUserSessions(service: Executor, userId: string, keepSessionId?: string) {
	await service.query(sql`
		delete from public.sessions where user_id = ${userId} and id is distinct from ${keepSessionId ?? null}`);
}
