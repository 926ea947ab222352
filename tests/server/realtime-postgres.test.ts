import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anonymousUrlFor } from '../../scripts/lib/postgres-cluster.js';
import { startSeededPostgres } from './postgres.ts';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { collectEvents, signIn } from './http.ts';
import { openDealThroughForms, postDealMessage } from './deal-flow.ts';

// scripts/test.js leaves this file out (and says so) where PostgreSQL is not installed.
describe('two server processes on one PostgreSQL', () => {
	const folders: string[] = [];
	const servers: ServerProcess[] = [];
	let stopCluster: () => void;
	let clusterUrl = '';

	beforeAll(async () => {
		const cluster = await startSeededPostgres();
		stopCluster = cluster.stop;
		clusterUrl = cluster.url;
		for (let index = 0; index < 2; index++) {
			folders.push(mkdtempSync(join(tmpdir(), 'zhiqiao-two-')));
			// The second one serves anonymous requests through the anonymous login role.
			const anonymous: Record<string, string> =
				index === 1 ? { DATABASE_ANONYMOUS_URL: anonymousUrlFor(cluster.url) } : {};
			servers.push(await startServer(folders[index], { DATABASE_URL: cluster.url, ...anonymous }));
		}
		await Promise.all(servers.map((server) => waitUntilHealthy(server)));
	});
	afterAll(() => {
		for (const server of servers) server.child.kill('SIGKILL');
		for (const folder of folders) rmSync(folder, { recursive: true, force: true });
		stopCluster?.();
	});

	it('delivers a message posted through one process to a subscriber of the other', async () => {
		const [first, second] = servers;
		const company = await signIn(first.url, 'company@demo.zhiqiao.cn');
		const officer = await signIn(second.url, 'officer@demo.zhiqiao.cn');
		const dealId = await openDealThroughForms(second.url, company, officer);
		const events = await collectEvents(first.url, company, [`deal:${dealId}`], {
			count: 1,
			onOpen: () => postDealMessage(second.url, officer, dealId, 'from the other process')
		});
		expect(events).toHaveLength(1);
		expect(events[0]).toMatchObject({ topic: `deal:${dealId}`, kind: 'message' });
	});

	it('serves a public search through connections that start as anon', async () => {
		const second = servers[1];
		expect(second.output()).toContain('"anonymousConnections":true');
		const page = await fetch(`${second.url}/listings?q=${encodeURIComponent('电池')}`);
		expect(page.status).toBe(200);
		expect(await page.text()).toContain('/listings/');
	});

	it('refuses to start with an anonymous login that could read data by itself', async () => {
		folders.push(mkdtempSync(join(tmpdir(), 'zhiqiao-owner-')));
		const server = await startServer(folders.at(-1)!, { DATABASE_URL: clusterUrl, DATABASE_ANONYMOUS_URL: clusterUrl });
		expect(await server.exited).toBe(1);
		expect(server.output()).toContain('DATABASE_ANONYMOUS_URL is not safe to use');
	});
});
