import type { Database, Executor } from './port.ts';
import { coalescedQueries } from './coalesced-queries.ts';
import { sql, type SqlFragment } from './sql.ts';

/** The claims Supabase would put in a JWT; policies read them through auth.uid()/auth.jwt(). */
export type RequestClaims =
	{ role: 'anon' } | { role: 'authenticated'; sub: string; session_id: string } | { role: 'service_role' };

export function claimsFor(user: { id: string; sessionId: string } | null): RequestClaims {
	return user ? { role: 'authenticated', sub: user.id, session_id: user.sessionId } : { role: 'anon' };
}

/**
 * Security invariant: every statement a request runs goes through here, inside a transaction
 * that has switched to the claims' Postgres role (anon or authenticated, never the owner) with
 * request.jwt.claims set, exactly as Supabase's API does. RLS is therefore the authorization
 * on PGlite, PostgreSQL and Supabase alike. `set_config(..., true)` is transaction-local, so
 * nothing leaks to the next request on a pooled connection.
 * The one exception keeps the invariant: anonymous requests use `database.anonymous` when it
 * exists, connections that are anon with anon's claims from start-up (`checkAnonymousConnection`).
 */
export function executorForRole(database: Database, claims: RequestClaims): Executor {
	if (claims.role === 'anon' && database.anonymous) return database.anonymous;
	// JIT compilation costs tens of milliseconds and pays off only for long analytical queries; a
	// request's statements are short, so it is off for them.
	const enter = sql`select set_config('role', ${claims.role}, true), set_config('request.jwt.claims', ${JSON.stringify(claims)}, true),
	                         set_config('jit', 'off', true)`;
	const batch = (statements: readonly SqlFragment[]) => database.batch(statements);
	return {
		// One transaction: the switch, then the statement (on PGlite, one call). A request's own
		// executor adds the statements issued beside it. The service_role executor is one for the
		// whole process (identity): batching it would tie unrelated requests into one transaction,
		// where one request's lock wait (a throttle counter) would hold up another's session check.
		query:
			claims.role === 'service_role'
				? async <Row>(statement: SqlFragment) => (await batch([enter, statement]))[1] as Row[]
				: coalescedQueries(batch, enter),
		transaction: (work) =>
			database.transaction(async (transaction) => {
				await transaction.query(enter);
				return work(transaction);
			})
	};
}

export class AnonymousConnectionError extends Error {}

/**
 * Security invariant for `database.anonymous`: its statements run as anon with anon's claims, and
 * its login role could read nothing if a connection pooler dropped the start-up role (NOINHERIT,
 * no grants of its own, not a superuser, no BYPASSRLS), so a misconfiguration fails closed.
 */
export async function checkAnonymousConnection(anonymous: Executor): Promise<void> {
	const [found] = await anonymous.query<{
		currentRole: string;
		loginRole: string;
		claims: string | null;
		loginIsPowerless: boolean;
	}>(sql`
		select current_user::text as "currentRole", session_user::text as "loginRole", current_setting('request.jwt.claims', true) as claims,
		       coalesce((select not rolinherit and not rolsuper and not rolbypassrls from pg_roles where rolname = session_user), false)
		         and not has_table_privilege(session_user, 'public.listings', 'select') as "loginIsPowerless"`);
	const problems = [
		found.currentRole === 'anon'
			? null
			: `its connections run as ${found.currentRole}, not anon (does ${found.loginRole} belong to anon, and does the pooler pass the start-up role?)`,
		found.claims && JSON.parse(found.claims).role === 'anon' ? null : 'request.jwt.claims is not anon’s',
		found.loginIsPowerless
			? null
			: `${found.loginRole} could read data by itself: it must be NOINHERIT, not a superuser, without BYPASSRLS or grants of its own`
	].filter(Boolean);
	if (problems.length)
		throw new AnonymousConnectionError(`DATABASE_ANONYMOUS_URL is not safe to use: ${problems.join('; ')}`);
}
