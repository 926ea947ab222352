import type { Executor } from '$lib/server/db/port';
import type { Session, SessionUser } from '$lib/server/auth/sessions';

declare global {
	namespace App {
		interface Error {
			message: string;
			requestId?: string;
		}
		interface Locals {
			requestId: string;
			user: SessionUser | null;
			session: Session | null;
			/** The request's database access, as role anon or authenticated with its claims. */
			db: Executor;
			/**
			 * Database access as anon whoever asks: for reads that are the same for everyone (the
			 * published catalogue), which then take anon's connections where they exist.
			 */
			publicDb: Executor;
		}
		interface PageData {
			user?: Pick<SessionUser, 'id' | 'role' | 'displayName'> | null;
			/** Public Supabase settings (URL and publishable/anon key), null in embedded mode. */
			supabase?: { url: string; publicKey: string } | null;
		}
	}
}

export {};
