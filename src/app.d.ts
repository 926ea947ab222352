/// <reference types="vite-plugin-pwa/vanillajs" />
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
		}
		interface PageData {
			user?: Pick<SessionUser, 'id' | 'role' | 'displayName'> | null;
			/** Public Supabase settings (URL and publishable/anon key), null in embedded mode. */
			supabase?: { url: string; publicKey: string } | null;
		}
	}
}

export {};
