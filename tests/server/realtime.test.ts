import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { collectEvents, signIn, signUpCompany } from './http.ts';
import { openDealThroughForms, postDealMessage } from './deal-flow.ts';

describe('realtime over Server-Sent Events (embedded database)', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-realtime-'));
	let server: ServerProcess;
	let company: string;
	let officer: string;
	let dealId: string;

	beforeAll(async () => {
		server = await startServer(dataDirectory);
		await waitUntilHealthy(server);
		company = await signIn(server.url, 'company@demo.zhiqiao.cn');
		officer = await signIn(server.url, 'officer@demo.zhiqiao.cn');
		dealId = await openDealThroughForms(server.url, company, officer);
	});
	afterAll(() => {
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	it('replays the 50 events a subscriber missed, each once and in order, after it reconnects with Last-Event-ID', async () => {
		const topic = `deal:${dealId}`;
		const [first] = await collectEvents(server.url, company, [topic], {
			count: 1,
			onOpen: () => postDealMessage(server.url, officer, dealId, 'before the phone went offline')
		});
		expect(first).toMatchObject({ topic, kind: 'message' });

		// Disconnected: fifty messages happen meanwhile.
		for (let index = 1; index <= 50; index++)
			await postDealMessage(server.url, officer, dealId, `missed message ${index}`);

		const replayed = await collectEvents(server.url, company, [topic], {
			lastEventId: first.id,
			count: 51,
			timeoutMs: 3000
		});
		expect(replayed).toHaveLength(50);
		expect(replayed.every((event) => event.kind === 'message' && event.topic === topic)).toBe(true);
		const ids = replayed.map((event) => event.id);
		expect(ids).toEqual([...ids].sort((a, b) => a - b));
		expect(new Set(ids).size).toBe(50);
		expect(new Set(replayed.map((event) => event.payload.message)).size).toBe(50);
		expect(ids[0]).toBeGreaterThan(first.id);

		// Resuming from the newest id again delivers nothing twice.
		expect(
			await collectEvents(server.url, company, [topic], { lastEventId: ids.at(-1), count: 1, timeoutMs: 1000 })
		).toEqual([]);
	});

	it('refuses the topic of a deal to a signed-in non-participant, as if it did not exist', async () => {
		const outsider = await signUpCompany(server.url);
		const stream = await fetch(`${server.url}/api/events?topic=deal:${dealId}`, { headers: { cookie: outsider } });
		expect(stream.status).toBe(404);
		const page = await fetch(`${server.url}/deals/${dealId}`, { headers: { cookie: outsider } });
		expect(page.status).toBe(404);
		expect(await page.text()).not.toContain('realtime test');
		const anonymous = await fetch(`${server.url}/api/events?topic=deal:${dealId}`);
		expect(anonymous.status).toBe(401);
	});
});
