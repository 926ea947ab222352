import { resolve } from 'node:path';
import { readConfig, type ServerConfig } from './config.ts';
import { openDatabase, type OpenedDatabase } from '../db/open.ts';
import { applyMigrations, readMigrations } from '../db/migrate.ts';
import { demoAccounts, demoPassword, hasDemoAccounts, isEmpty, seedDatabase } from '../db/seed.ts';
import type { Database, Executor } from '../db/port.ts';
import { checkAnonymousConnection, executorForRole } from '../db/request-role.ts';
import { log } from './log.ts';
import { sql } from '../db/sql.ts';
import { refreshSearchIndex } from '../listing-index.ts';
import type { Storage } from '../storage/port.ts';
import { openConfiguredStorage } from '../storage/open.ts';
import { RealtimeHub } from '../realtime/hub.ts';
import { chooseStreamCap } from '../realtime/stream-cap.ts';
import { startOverdueFilingsScheduler } from './scheduler.ts';
import { loadUnsubscribeSecret } from '../email/secret.ts';
import { createSmtpSender } from '../email/transport.ts';
import { startEmailWorker } from '../email/worker.ts';
import { loadVapidKeys } from '../push/vapid-keys.ts';
import { startPushWorker } from '../push/push-worker.ts';
import { startAlertDigestScheduler } from './alert-scheduler.ts';
import type { Identity } from '../auth/identity.ts';
import { createLocalIdentity } from '../auth/local-adapter.ts';
import { createSupabaseIdentity } from '../auth/supabase-adapter.ts';

interface Runtime {
	config: ServerConfig;
	opened: OpenedDatabase;
	storage: Storage;
	hub: RealtimeHub;
	identity: Identity;
	email: EmailRuntime;
	/** What the devices page needs: the VAPID public key browsers subscribe with, and the loopback flag. */
	push: { publicKey: string; allowLoopback: boolean };
}

/** What requests need of email: whether it leaves at all, a nudge, the unsubscribe links' key. */
export interface EmailRuntime {
	configured: boolean;
	nudge: () => void;
	unsubscribeSecret: Uint8Array;
}

// Kept on globalThis so Vite's module reloads in dev reuse the one open database (and lock).
const holder = globalThis as typeof globalThis & { __zhiqiaoRuntime?: Promise<Runtime> };

/** Opens the database, migrates it and seeds an empty embedded one. Called from the init hook. */
export function startRuntime(environment: Record<string, string | undefined>): Promise<Runtime> {
	holder.__zhiqiaoRuntime ??= boot(environment);
	return holder.__zhiqiaoRuntime;
}

async function boot(environment: Record<string, string | undefined>): Promise<Runtime> {
	const config = readConfig(environment);
	// Before the database opens: a key file that cannot be read or written stops start-up cleanly.
	const keys = await loadVapidKeys(config);
	const opened = await openDatabase({
		databaseUrl: config.DATABASE_URL,
		anonymousDatabaseUrl: config.DATABASE_ANONYMOUS_URL,
		dataDirectory: config.DATA_DIR
	});
	const storage = openConfiguredStorage(config);
	try {
		const applied = await applyMigrations(opened.database, readMigrations(resolve(config.MIGRATIONS_DIR)));
		// After the migrations, which create the anonymous login role on a new database.
		if (opened.database.anonymous) await checkAnonymousConnection(opened.database.anonymous);
		log('info', 'database ready', {
			driver: opened.database.driver,
			migrationsApplied: applied,
			anonymousConnections: Boolean(opened.database.anonymous)
		});
		// Demo data goes only into the embedded default; a DATABASE_URL database is seeded on request.
		if (opened.embedded && (await isEmpty(opened.database))) {
			await seedDatabase(opened.database, resolve(config.SEED_FILE), storage);
			log('info', 'seeded demo data', { seedFile: config.SEED_FILE });
		}
		const indexed = await refreshSearchIndex(opened.database);
		if (indexed > 0) log('info', 'search index refreshed', { rows: indexed });
		if (opened.embedded && (await hasDemoAccounts(opened.database))) printDemoAccounts();
	} catch (error) {
		await opened.close();
		throw error;
	}
	const streams = chooseStreamCap(config.REALTIME_MAX_STREAMS, opened.database.driver);
	log(streams.floored ? 'warn' : 'info', 'realtime stream cap', {
		...streams,
		...(streams.floored && { advice: 'raise the descriptor limit (ulimit -n) or set REALTIME_MAX_STREAMS' })
	});
	const hub = new RealtimeHub(opened.database, streams.maxStreams);
	await hub.start();
	// Overdue filings are notified from here, at start and hourly (scheduler.ts), as the owner connection.
	const scheduler = startOverdueFilingsScheduler(opened.database);
	const mail = startEmail(config, opened.database);
	// Web push leaves from here too, every few seconds (push/push-worker.ts), as the owner connection.
	log('info', 'web push', { vapidKeys: keys.source, loopbackEndpoints: config.PUSH_ALLOW_LOOPBACK_ENDPOINTS });
	const allowLoopback = config.PUSH_ALLOW_LOOPBACK_ENDPOINTS;
	const pushWorker = startPushWorker(opened.database, { keys, allowLoopback });
	// Alert digests (alert-scheduler.ts), the same way, every ten minutes.
	const digests = startAlertDigestScheduler(opened.database);
	process.once('sveltekit:shutdown' as 'exit', () => {
		scheduler.stop();
		mail.stop();
		pushWorker.stop();
		digests.stop();
		void Promise.all([scheduler.ran(), pushWorker.ran(), digests.ran()])
			.then(() => hub.stop())
			.finally(() => opened.close());
	});
	// With Supabase configured, identity and files go to the project; the database is its Postgres.
	// The identity adapters get the service_role executor (bypassing RLS), the embedded stand-in for
	// Supabase Auth's own database access: sessions, credentials, throttling, profile lookup.
	const service = executorForRole(opened.database, { role: 'service_role' });
	const signUpsPerAddress = config.SIGNUPS_PER_ADDRESS;
	const identity = config.supabase
		? createSupabaseIdentity(service, { ...config.supabase, signUpsPerAddress })
		: createLocalIdentity(service, { signUpsPerAddress });
	if (config.supabase) log('info', 'Supabase Auth, Realtime and Storage', { url: config.supabase.url });
	return {
		config,
		opened,
		hub,
		storage,
		identity,
		email: mail,
		push: { publicKey: keys.publicKey, allowLoopback }
	};
}

// The email worker runs only with SMTP_URL (docs/architecture.md, "Email"); without it, queued emails
// wait in app.outbound_messages. The unsubscribe key is loaded either way: links in emails sent
// earlier must keep working.
function startEmail(config: ServerConfig, database: Database): EmailRuntime & { stop: () => void } {
	const unsubscribeSecret = loadUnsubscribeSecret(config.UNSUBSCRIBE_SECRET, config.DATA_DIR);
	if (!config.SMTP_URL || !config.ORIGIN)
		return { configured: false, nudge: () => {}, unsubscribeSecret, stop: () => {} };
	const origin = config.ORIGIN;
	const worker = startEmailWorker(database, {
		sender: createSmtpSender(config.SMTP_URL),
		from: config.MAIL_FROM ?? `知桥 Zhiqiao <noreply@${new URL(origin).hostname}>`,
		origin,
		unsubscribeSecret
	});
	log('info', 'email worker started', { smtpHost: new URL(config.SMTP_URL).hostname });
	return { configured: true, nudge: worker.nudge, unsubscribeSecret, stop: worker.stop };
}

export async function email(): Promise<EmailRuntime> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).email;
}

/** The service_role executor, for the few writes a verified token (not a session) authorizes. */
export async function serviceDb(): Promise<Executor> {
	return executorForRole(await database(), { role: 'service_role' });
}

function printDemoAccounts(): void {
	const rows = demoAccounts.map((account) => `  ${account.role.padEnd(11)} ${account.email}`);
	console.log(`\nDemo accounts (password: ${demoPassword}):\n${rows.join('\n')}\n`);
}

export async function database(): Promise<Database> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).opened.database;
}

/** For the health check: resolves when the database answers a trivial statement. */
export async function checkDatabase(): Promise<void> {
	await (await database()).query(sql`select 1`);
}

export async function storage(): Promise<Storage> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).storage;
}

export async function realtimeHub(): Promise<RealtimeHub> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).hub;
}

export async function identity(): Promise<Identity> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).identity;
}

export async function pushSettings(): Promise<Runtime['push']> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	return (await holder.__zhiqiaoRuntime).push;
}

/** What the browser may know about Supabase: the project URL and the public key, nothing else. */
export async function publicSupabase(): Promise<{ url: string; publicKey: string } | null> {
	if (!holder.__zhiqiaoRuntime) throw new Error('The server runtime has not started');
	const { supabase } = (await holder.__zhiqiaoRuntime).config;
	return supabase ? { url: supabase.url, publicKey: supabase.publicKey } : null;
}
