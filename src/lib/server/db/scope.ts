import type { Database, Executor } from './port.ts';
import { sql } from './sql.ts';

/** The claims Supabase would put in a JWT; policies read them through auth.uid()/auth.jwt(). */
export type RequestClaims =
	| { role: 'anon' }
	| { role: 'authenticated'; sub: string; session_id: string }
	| { role: 'service_role' };

export function claimsFor(user: { id: string; sessionId: string } | null): RequestClaims {
	return user ? { role: 'authenticated', sub: user.id, session_id: user.sessionId } : { role: 'anon' };
}

/**
 * Security invariant: every statement a request runs goes through here, inside a transaction
 * that has switched to the claims' Postgres role (anon or authenticated, never the owner) with
 * request.jwt.claims set, exactly as Supabase's API does. RLS is therefore the authorization
 * on PGlite, PostgreSQL and Supabase alike. `set_config(..., true)` is transaction-local, so
 * nothing leaks to the next request on a pooled connection.
 */
export function scopedExecutor(database: Database, claims: RequestClaims): Executor {
	const claimsJson = JSON.stringify(claims);
	async function enter(transaction: Executor): Promise<void> {
		// JIT compilation costs tens of milliseconds and pays off only for long analytical
		// queries; a request's statements are short, so it is off for them.
		await transaction.query(
			sql`select set_config('role', ${claims.role}, true), set_config('request.jwt.claims', ${claimsJson}, true),
			           set_config('jit', 'off', true)`
		);
	}
	return {
		query: (statement) =>
			database.transaction(async (transaction) => {
				await enter(transaction);
				return transaction.query(statement);
			}),
		transaction: (work) =>
			database.transaction(async (transaction) => {
				await enter(transaction);
				return work(transaction);
			})
	};
}
