import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';
import { newSessionExpiry, sessionFreshness } from '$lib/domain/session-expiry';
import { generateSessionToken, sessionIdFromToken } from './tokens';

export interface SessionUser {
	id: string;
	role: 'researcher' | 'company' | 'officer' | 'admin';
	displayName: string;
	email: string;
	organizationId: string | null;
	locale: 'zh-CN' | 'en';
}

export interface Session {
	id: string;
	userId: string;
	expiresAt: Date;
}

// These functions take the service-role executor: sessions are invisible to anon by RLS.

export async function createSession(service: Executor, userId: string, userAgent: string | null) {
	const token = generateSessionToken();
	const session: Session = { id: sessionIdFromToken(token), userId, expiresAt: newSessionExpiry(new Date()) };
	await service.query(sql`
		insert into public.sessions (id, user_id, expires_at, user_agent)
		values (${session.id}, ${userId}, ${session.expiresAt}, ${userAgent?.slice(0, 400) ?? null})`);
	return { token, session };
}

export async function validateSessionToken(service: Executor, token: string) {
	const sessionId = sessionIdFromToken(token);
	const [row] = await service.query<{ expires_at: Date } & Omit<SessionUser, never> & { user_id: string }>(sql`
		select s.expires_at, s.user_id, p.role, p.display_name as "displayName", p.email,
		       p.organization_id as "organizationId", p.locale
		from public.sessions s join public.profiles p on p.id = s.user_id
		where s.id = ${sessionId}`);
	if (!row) return null;
	const freshness = sessionFreshness(row.expires_at, new Date());
	if (freshness.state === 'expired') {
		await invalidateSession(service, sessionId);
		return null;
	}
	let expiresAt = row.expires_at;
	if (freshness.state === 'renew') {
		expiresAt = freshness.expiresAt;
		await service.query(sql`update public.sessions set expires_at = ${expiresAt} where id = ${sessionId}`);
	}
	const user: SessionUser = {
		id: row.user_id,
		role: row.role,
		displayName: row.displayName,
		email: row.email,
		organizationId: row.organizationId,
		locale: row.locale
	};
	return { session: { id: sessionId, userId: row.user_id, expiresAt }, user, renewed: freshness.state === 'renew' };
}

export async function invalidateSession(service: Executor, sessionId: string): Promise<void> {
	await service.query(sql`delete from public.sessions where id = ${sessionId}`);
}

/** Signs a user out everywhere, optionally keeping the session making the request. */
export async function invalidateUserSessions(service: Executor, userId: string, keepSessionId?: string) {
	await service.query(sql`
		delete from public.sessions where user_id = ${userId} and id is distinct from ${keepSessionId ?? null}`);
}
