import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { queueOutboundMessage } from '../../src/lib/server/outbound-messages.ts';
import { startSeededPostgres } from './postgres.ts';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { postForm, signIn } from './http.ts';
import { browserKeys, decryptPush, startLocalPushService, type LocalPushService } from '../db/setup/push-service.ts';

// Web push from the running server: two processes (WEB_CONCURRENCY=2) on one PostgreSQL and one
// data folder each run the push worker; a device subscribed through the page's form action gets
// every queued message once, encrypted with the one VAPID key pair both processes generated and
// share, which a restart keeps. scripts/test.js leaves this file out where PostgreSQL is missing.

const researcher = '00000000-0000-4000-8000-000000001001';

describe('web push from the server processes', () => {
	const folder = mkdtempSync(join(tmpdir(), 'zhiqiao-push-'));
	let server: ServerProcess;
	let stopCluster: () => void;
	let database: Database;
	let service: LocalPushService;
	let environment: Record<string, string>;

	const start = async () => {
		server = await startServer(folder, environment);
		await waitUntilHealthy(server);
		const deadline = Date.now() + 20_000;
		while ((server.output().match(/database ready/g)?.length ?? 0) < 2 && Date.now() < deadline)
			await new Promise((resume) => setTimeout(resume, 100));
	};

	beforeAll(async () => {
		const cluster = await startSeededPostgres();
		stopCluster = cluster.stop;
		database = openPostgres(cluster.url, { maxConnections: 2 });
		service = await startLocalPushService();
		environment = { DATABASE_URL: cluster.url, WEB_CONCURRENCY: '2', PUSH_ALLOW_LOOPBACK_ENDPOINTS: '1' };
		await start();
	});
	afterAll(async () => {
		server?.child.kill('SIGTERM');
		await server?.exited;
		await service?.close();
		await database?.close();
		rmSync(folder, { recursive: true, force: true });
		stopCluster?.();
	});

	it('sends each queued message once to the device subscribed through the page, in the user’s language', async () => {
		await database.query(sql`update public.profiles set locale = 'en' where id = ${researcher}`);
		const cookie = await signIn(server.url, 'researcher@demo.zhiqiao.cn');
		const browser = browserKeys();
		const subscribed = await postForm(server.url, '/account/devices?/subscribe', cookie, {
			endpoint: `${service.origin}/push/researcher`,
			p256dh: browser.p256dh,
			auth: browser.auth
		});
		expect(subscribed.status).toBe(200);
		const notifications = await database.query<{ id: number }>(
			sql`select id::int as id from public.notifications where user_id = ${researcher} order by id`
		);
		const queued = await Promise.all(
			Array.from({ length: 6 }, (_, index) =>
				queueOutboundMessage(database, {
					channel: 'push',
					userId: researcher,
					kind: index === 5 ? 'digest' : 'notification',
					notificationIds: index === 5 ? notifications.slice(0, 2).map((row) => row.id) : [notifications[0].id]
				})
			)
		);
		// Both processes poll every few seconds; each row is marked sent only after its delivery.
		const unsent = () =>
			database
				.query<{ count: number }>(
					sql`select count(*)::int as count from app.outbound_messages where id = any(${queued}::bigint[]) and sent_at is null`
				)
				.then(([row]) => row.count);
		const deadline = Date.now() + 60_000;
		while ((await unsent()) > 0 && Date.now() < deadline) await new Promise((resume) => setTimeout(resume, 250));
		expect(await unsent()).toBe(0);
		expect(service.received).toHaveLength(queued.length);
		const payloads = service.received.map((push) => JSON.parse(decryptPush(push.body, browser)));
		expect(payloads.filter((payload) => payload.title === '2 new alerts')).toEqual([
			expect.objectContaining({ url: '/notifications' })
		]);
		expect(payloads.every((payload) => !/\p{Script=Han}/u.test(payload.title))).toBe(true);

		// One VAPID key pair for both processes: the one generated into the data folder.
		const stored = JSON.parse(readFileSync(join(folder, 'vapid-keys.json'), 'utf8')) as { publicKey: string };
		const signedWith = new Set(service.received.map((push) => String(push.headers.authorization).split('k=')[1]));
		expect([...signedWith]).toEqual([stored.publicKey]);
	});

	it('keeps its VAPID keys across a restart: the page hands browsers the same public key', async () => {
		const { publicKey } = JSON.parse(readFileSync(join(folder, 'vapid-keys.json'), 'utf8')) as { publicKey: string };
		server.child.kill('SIGTERM');
		await server.exited;
		await start();
		const cookie = await signIn(server.url, 'researcher@demo.zhiqiao.cn');
		const page = await fetch(`${server.url}/account/devices`, { headers: { cookie } });
		expect(page.status).toBe(200);
		expect(await page.text()).toContain(publicKey);
	});
});
