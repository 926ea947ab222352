import { z } from 'zod';

const postgresUrl = /^postgres(ql)?:\/\/.+/;
/** A JWT (the older anon/service_role keys) or one of Supabase's newer sb_… keys. */
const jwt = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;
const supabaseKeyNames = [
	'PUBLIC_SUPABASE_URL',
	'PUBLIC_SUPABASE_ANON_KEY',
	'PUBLIC_SUPABASE_PUBLISHABLE_KEY',
	'SUPABASE_SERVICE_ROLE_KEY'
] as const;

/** The `role` claim of an unverified JWT, only to catch a key pasted into the wrong variable. */
function jwtRole(token: string): unknown {
	try {
		return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')).role;
	} catch {
		return undefined;
	}
}

function smtpUrl(value: string): boolean {
	try {
		const url = new URL(value);
		return (url.protocol === 'smtp:' || url.protocol === 'smtps:') && url.hostname !== '';
	} catch {
		return false;
	}
}

const streamCount = 'REALTIME_MAX_STREAMS must be a whole number of streams, at least 1';
const signUpCount = 'SIGNUPS_PER_ADDRESS must be a whole number of sign-ups, at least 1';

const optional = z
	.string()
	.trim()
	.optional()
	.transform((value) => (value ? value : undefined));

const vapidKey = (name: string, bytes: number) =>
	optional.refine(
		(value) =>
			value === undefined || (/^[A-Za-z0-9_-]+$/.test(value) && Buffer.from(value, 'base64url').length === bytes),
		{ error: `${name} must be ${bytes} bytes in base64url (as web-push generate-vapid-keys prints it)` }
	);

const environmentSchema = z
	.object({
		DATA_DIR: z.string().trim().min(1).default('.data'),
		DATABASE_URL: optional.refine((value) => value === undefined || postgresUrl.test(value), {
			error: 'DATABASE_URL must be a postgres:// or postgresql:// connection string'
		}),
		DATABASE_ANONYMOUS_URL: optional.refine((value) => value === undefined || postgresUrl.test(value), {
			error: 'DATABASE_ANONYMOUS_URL must be a postgres:// or postgresql:// connection string'
		}),
		// Unset: derived from the descriptor limit at start-up (src/lib/server/realtime/stream-cap.ts).
		REALTIME_MAX_STREAMS: optional.pipe(
			z
				.string()
				.regex(/^[1-9]\d*$/, { error: streamCount })
				.transform(Number)
				.optional()
		),
		// Sign-ups one address may make in 15 minutes: a campus behind one NAT address may need more.
		SIGNUPS_PER_ADDRESS: optional.pipe(
			z
				.string()
				.regex(/^[1-9]\d*$/, { error: signUpCount })
				.transform(Number)
				.default(20)
		),
		// Email (docs/architecture.md, "Email"): without SMTP_URL no email leaves and queued ones wait.
		SMTP_URL: optional.refine((value) => value === undefined || smtpUrl(value), {
			error: 'SMTP_URL must be smtp://user:password@host:port or smtps://user:password@host:port'
		}),
		MAIL_FROM: optional.refine((value) => value === undefined || /^[^\r\n<>]*<?[^\s<>@]+@[^\s<>@]+>?$/.test(value), {
			error: 'MAIL_FROM must be an address, optionally with a name: Zhiqiao <noreply@example.com>'
		}),
		// The public URL adapter-node checks form posts against; emails build their links on it.
		ORIGIN: optional.refine((value) => value === undefined || /^https?:\/\/[^\s/]+\/?$/.test(value), {
			error: 'ORIGIN must be the public URL without a path, such as https://zhiqiao.example'
		}),
		// The key of unsubscribe links; unset, one is generated into DATA_DIR (src/lib/server/email/secret.ts).
		UNSUBSCRIBE_SECRET: optional.refine((value) => value === undefined || value.length >= 32, {
			error: 'UNSUBSCRIBE_SECRET must be at least 32 characters (for example `openssl rand -base64 32`)'
		}),
		// Web push (docs/architecture.md, "Web push"): the VAPID key pair, both or neither (unset: one
		// pair generated into DATA_DIR once), and whom push services may contact about our messages.
		VAPID_PUBLIC_KEY: vapidKey('VAPID_PUBLIC_KEY', 65),
		VAPID_PRIVATE_KEY: vapidKey('VAPID_PRIVATE_KEY', 32),
		VAPID_SUBJECT: optional.refine(
			(value) => value === undefined || /^mailto:[^\s@]+@[^\s@]+$/.test(value) || /^https:\/\/\S+$/.test(value),
			{ error: 'VAPID_SUBJECT must be a mailto: address (mailto:ops@example.edu.cn) or an https:// URL' }
		),
		// Only for tests with a local push service: lets devices name a plain http loopback endpoint.
		PUSH_ALLOW_LOOPBACK_ENDPOINTS: optional
			.refine((value) => value === undefined || value === '1' || value === '0', {
				error: 'PUSH_ALLOW_LOOPBACK_ENDPOINTS must be 1 or 0'
			})
			.transform((value) => value === '1'),
		MIGRATIONS_DIR: z.string().trim().min(1).default('supabase/migrations'),
		SEED_FILE: z.string().trim().min(1).default('supabase/seed.sql'),
		PUBLIC_SUPABASE_URL: optional.refine(
			(value) => value === undefined || /^https:\/\/[^\s/]+|^http:\/\/(localhost|127\.0\.0\.1)(:\d+)?/.test(value),
			{
				error: 'PUBLIC_SUPABASE_URL must be the project URL, https://<project>.supabase.co'
			}
		),
		PUBLIC_SUPABASE_ANON_KEY: optional
			.refine((value) => value === undefined || jwt.test(value), {
				error: 'PUBLIC_SUPABASE_ANON_KEY must be the anon key (a JWT) from the project’s API settings'
			})
			// Security invariant: this key is sent to every browser, so a service key pasted here stops start-up.
			.refine((value) => value === undefined || !jwt.test(value) || jwtRole(value) !== 'service_role', {
				error: 'PUBLIC_SUPABASE_ANON_KEY holds the service_role key, which must never reach a browser: use the anon key'
			}),
		PUBLIC_SUPABASE_PUBLISHABLE_KEY: optional.refine(
			(value) => value === undefined || value.startsWith('sb_publishable_'),
			{
				error: 'PUBLIC_SUPABASE_PUBLISHABLE_KEY must start with sb_publishable_'
			}
		),
		SUPABASE_SERVICE_ROLE_KEY: optional.refine(
			(value) => value === undefined || jwt.test(value) || value.startsWith('sb_secret_'),
			{
				error: 'SUPABASE_SERVICE_ROLE_KEY must be the service_role key (a JWT) or a secret key (sb_secret_…)'
			}
		)
	})
	.superRefine((value, context) => {
		// Supabase is all or nothing: a half-configured project would mix two identity systems.
		const given = supabaseKeyNames.filter((name) => value[name] !== undefined);
		if (value.DATABASE_ANONYMOUS_URL && !value.DATABASE_URL) {
			context.addIssue({
				code: 'custom',
				path: ['DATABASE_ANONYMOUS_URL'],
				message: 'DATABASE_ANONYMOUS_URL needs DATABASE_URL: it is a second login to that database'
			});
		}
		if (value.SMTP_URL && !value.ORIGIN) {
			context.addIssue({
				code: 'custom',
				path: ['SMTP_URL'],
				message: 'SMTP_URL needs ORIGIN: the links in emails are absolute'
			});
		}
		if (Boolean(value.VAPID_PUBLIC_KEY) !== Boolean(value.VAPID_PRIVATE_KEY)) {
			context.addIssue({
				code: 'custom',
				path: [value.VAPID_PUBLIC_KEY ? 'VAPID_PRIVATE_KEY' : 'VAPID_PUBLIC_KEY'],
				message: 'VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together: set both, or neither to use a generated pair'
			});
		}
		if (given.length === 0) return;
		const missing = (name: string) =>
			context.addIssue({
				code: 'custom',
				path: [name],
				message: `${name} is required when Supabase is configured (${given.join(', ')} set)`
			});
		if (!value.PUBLIC_SUPABASE_URL) missing('PUBLIC_SUPABASE_URL');
		if (!value.PUBLIC_SUPABASE_ANON_KEY && !value.PUBLIC_SUPABASE_PUBLISHABLE_KEY) missing('PUBLIC_SUPABASE_ANON_KEY');
		if (!value.SUPABASE_SERVICE_ROLE_KEY) missing('SUPABASE_SERVICE_ROLE_KEY');
		if (!value.DATABASE_URL) missing('DATABASE_URL');
	})
	.transform(
		({
			PUBLIC_SUPABASE_URL,
			PUBLIC_SUPABASE_ANON_KEY,
			PUBLIC_SUPABASE_PUBLISHABLE_KEY,
			SUPABASE_SERVICE_ROLE_KEY,
			...rest
		}) => ({
			...rest,
			supabase: PUBLIC_SUPABASE_URL
				? {
						url: PUBLIC_SUPABASE_URL,
						publicKey: (PUBLIC_SUPABASE_PUBLISHABLE_KEY ?? PUBLIC_SUPABASE_ANON_KEY)!,
						serviceKey: SUPABASE_SERVICE_ROLE_KEY!
					}
				: null
		})
	);

export type ServerConfig = z.output<typeof environmentSchema>;

export class ConfigurationError extends Error {}

/** Parses the environment once at start-up; a bad value stops start-up naming the variable. */
export function readConfig(environment: Record<string, string | undefined>): ServerConfig {
	const parsed = environmentSchema.safeParse(environment);
	if (!parsed.success) {
		const problems = parsed.error.issues.map((issue) =>
			issue.message.startsWith(String(issue.path[0])) ? issue.message : `${issue.path.join('.')}: ${issue.message}`
		);
		throw new ConfigurationError(`Invalid configuration. ${problems.join('; ')}`);
	}
	return parsed.data;
}
