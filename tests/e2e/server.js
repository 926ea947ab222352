// The webServer of playwright.config.ts: the built app as `npm run serve` starts it, on a fresh
// temporary data folder (migrated and seeded with the demo data on start) that is removed on exit.
// With E2E_DATABASE=postgres it runs on a throwaway PostgreSQL cluster instead, seeded the way
// `npm run db:seed` does, and writes the connection URL to E2E_DATABASE_URL_FILE so tests can
// move the database clock (the public-notice period lasts 15 days).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { startSmtpCatcher } from '../support/smtp-catcher.js';
import { e2eUnsubscribeSecret } from './mail.js';

const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-e2e-'));
// A real SMTP server in this process: the app sends its email there, GET /__e2e/mail reads it back.
const mailCatcher = await startSmtpCatcher();
const port = process.env.E2E_PORT ?? '4173';
Object.assign(process.env, {
	DATA_DIR: dataDirectory,
	PORT: port,
	HOST: '127.0.0.1',
	// localhost, not 127.0.0.1: the session cookie is Secure everywhere but on localhost, and
	// form posts are checked against ORIGIN.
	ORIGIN: `http://localhost:${port}`,
	// Every test signs up from 127.0.0.1, and a worker runs more than 20 sign-ups within 15
	// minutes. The limit itself is tested in tests/db/identity.test.ts.
	SIGNUPS_PER_ADDRESS: '1000',
	SMTP_URL: mailCatcher.url,
	MAIL_FROM: '知桥 Zhiqiao <noreply@zhiqiao.test>',
	UNSUBSCRIBE_SECRET: e2eUnsubscribeSecret
});

if (process.env.E2E_DATABASE === 'postgres') {
	const { startPostgresCluster } = await import('../../scripts/lib/postgres-cluster.js');
	const cluster = await startPostgresCluster();
	execFileSync(process.execPath, ['scripts/db.ts', 'seed'], {
		env: { ...process.env, DATABASE_URL: cluster.url },
		stdio: 'ignore'
	});
	process.env.DATABASE_URL = cluster.url;
	if (process.env.E2E_DATABASE_URL_FILE) writeFileSync(process.env.E2E_DATABASE_URL_FILE, cluster.url);
	process.once('exit', () => cluster.stop());
}

let removed = false;
function removeDataDirectory() {
	if (removed) return;
	removed = true;
	rmSync(dataDirectory, { recursive: true, force: true, maxRetries: 3 });
}

// 'exit' covers a normal end and process.exit() (a failed start, for one). Playwright stops the
// server with SIGTERM (gracefulShutdown in the config); these listeners run before adapter-node's
// own graceful shutdown, which would wait for open connections: a throwaway database needs no care.
process.once('exit', removeDataDirectory);
for (const signal of /** @type {const} */ (['SIGTERM', 'SIGINT', 'SIGHUP'])) {
	process.once(signal, () => {
		removeDataDirectory();
		process.exit(0);
	});
}

// The built app's request handler (what `npm run serve` listens with), behind one test-only
// switch: after POST /__e2e/new-version, /sw.js answers with its bytes plus a statement naming
// the version, a byte-different service worker that the browser installs as an update.
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
process.chdir(root);
process.env.BODY_SIZE_LIMIT ??= '21M';
/** @type {{ handler: (request: import('node:http').IncomingMessage, response: import('node:http').ServerResponse, next: () => void) => void }} */
const { handler } = await import(pathToFileURL(join(root, 'build', 'handler.js')).href);
const serviceWorker = readFileSync(join(root, 'build', 'client', 'sw.js'), 'utf8');
let version = 0;
const server = createServer((request, response) => {
	const path = request.url?.split('?')[0];
	if (path === '/__e2e/new-version' && request.method === 'POST') {
		version += 1;
		response.end(String(version));
	} else if (path === '/__e2e/mail' && request.method === 'GET') {
		// What the catcher received for one address (tests/e2e/mail.js).
		const to = new URL(request.url ?? '/', 'http://localhost').searchParams.get('to')?.toLowerCase();
		const header = (/** @type {import('mailparser').ParsedMail} */ mail, /** @type {string} */ name) =>
			mail.headerLines.find((line) => line.key === name)?.line.replace(/^[^:]+:\s*/, '') ?? null;
		const found = mailCatcher.messages
			.filter((message) => message.envelopeTo.some((address) => address.toLowerCase() === to))
			.map(({ envelopeTo, parsed }) => ({
				to: envelopeTo,
				subject: parsed.subject ?? '',
				text: parsed.text ?? '',
				html: typeof parsed.html === 'string' ? parsed.html : '',
				listUnsubscribe: header(parsed, 'list-unsubscribe'),
				listUnsubscribePost: header(parsed, 'list-unsubscribe-post'),
				messageId: parsed.messageId ?? ''
			}));
		response.setHeader('content-type', 'application/json');
		response.end(JSON.stringify(found));
	} else if (path === '/__e2e/queue-notification-email' && request.method === 'POST') {
		// Until the alerts trigger queues notification emails, a test queues one for a user's newest
		// notification, as that trigger will (topic in the payload), on the app's own database.
		const email = new URL(request.url ?? '/', 'http://localhost').searchParams.get('user') ?? '';
		queueNotificationEmail(email).then(
			(id) => response.end(String(id)),
			(error) => {
				response.statusCode = 500;
				response.end(String(error));
			}
		);
	} else if (path === '/__e2e/email-preference' && request.method === 'GET') {
		// A user's email frequency for a topic, as stored (until /account/alerts shows it).
		const query = new URL(request.url ?? '/', 'http://localhost').searchParams;
		emailPreference(query.get('user') ?? '', query.get('topic') ?? '').then(
			(frequency) => response.end(frequency ?? ''),
			(error) => {
				response.statusCode = 500;
				response.end(String(error));
			}
		);
	} else if (path === '/sw.js' && version > 0) {
		response.setHeader('content-type', 'text/javascript; charset=utf-8');
		response.setHeader('cache-control', 'no-cache');
		response.end(`${serviceWorker}\nself.__e2eVersion = ${version};\n`);
	} else {
		handler(request, response, () => {
			response.statusCode = 404;
			response.end();
		});
	}
});
/** The running app's database (src/lib/server/app/runtime.ts keeps it on globalThis). */
async function appDatabase() {
	const runtime =
		await /** @type {{ __zhiqiaoRuntime: Promise<{ opened: { database: import('../../src/lib/server/db/port.ts').Database } }> }} */ (
			/** @type {unknown} */ (globalThis)
		).__zhiqiaoRuntime;
	return runtime.opened.database;
}

async function emailPreference(/** @type {string} */ email, /** @type {string} */ topic) {
	const { sql } = await import('../../src/lib/server/db/sql.ts');
	const [row] = await (
		await appDatabase()
	).query(sql`
		select a.frequency from public.alert_preferences a join public.profiles p on p.id = a.user_id
		where p.email = ${email} and a.topic = ${topic} and a.channel = 'email'`);
	return row ? /** @type {{ frequency: string }} */ (row).frequency : null;
}

/** Queues an email of the user's newest notification through the running app's database. */
async function queueNotificationEmail(/** @type {string} */ email) {
	const { sql } = await import('../../src/lib/server/db/sql.ts');
	const { queueOutboundMessage } = await import('../../src/lib/server/outbound-messages.ts');
	const database = await appDatabase();
	const [newest] = await database.query(sql`
		select n.id::int as id, n.user_id as "userId" from public.notifications n join public.profiles p on p.id = n.user_id
		where p.email = ${email} order by n.id desc limit 1`);
	if (!newest) throw new Error(`no notification for ${email}`);
	const row = /** @type {{ id: number, userId: string }} */ (newest);
	return queueOutboundMessage(database, {
		channel: 'email',
		userId: row.userId,
		kind: 'notification',
		notificationIds: [row.id],
		payload: { topic: 'interests' }
	});
}

// Node closes a keep-alive connection idle for 5 s. A test's request client (page.request) may
// reuse one in the instant it closes and read ECONNRESET, which a browser would retry and which
// says nothing about the app: keep idle connections open longer than any test waits between requests.
server.keepAliveTimeout = 65_000;
server.listen(Number(port), '127.0.0.1');
