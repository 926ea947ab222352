import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { openEventStream, signIn, type EventStream } from './http.ts';
import { openDealThroughForms, postDealMessage } from './deal-flow.ts';

describe('realtime at its stream cap (REALTIME_MAX_STREAMS=5)', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-realtime-cap-'));
	const streams: EventStream[] = [];
	let server: ServerProcess;
	let company: string;
	let officer: string;
	let dealId: string;

	beforeAll(async () => {
		server = await startServer(dataDirectory, { REALTIME_MAX_STREAMS: '5' });
		await waitUntilHealthy(server);
		company = await signIn(server.url, 'company@demo.zhiqiao.cn');
		officer = await signIn(server.url, 'officer@demo.zhiqiao.cn');
		dealId = await openDealThroughForms(server.url, company, officer);
	});
	afterAll(() => {
		for (const stream of streams) stream.close();
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	it('refuses a sixth stream with 503 and Retry-After, serves pages and the open five, and admits again when one closes', async () => {
		const topic = `deal:${dealId}`;
		const open = (lastEventId?: number) => openEventStream(server.url, company, [topic], lastEventId);
		for (let index = 0; index < 5; index++) streams.push(await open());
		expect(streams.map((stream) => stream.response.status)).toEqual([200, 200, 200, 200, 200]);
		expect(server.output()).toContain('"maxStreams":5');

		await postDealMessage(server.url, officer, dealId, 'seen by the sixth tab before it was refused');
		const [seen] = await streams[0].take(1);
		expect(seen).toMatchObject({ topic, kind: 'message' });
		for (const stream of streams.slice(1)) expect(await stream.take(1)).toEqual([seen]);

		// The sixth tab reconnects (after a restart, say) and is refused.
		const refused = await open(seen.id);
		expect(refused.response.status).toBe(503);
		const retryAfter = refused.response.headers.get('retry-after');
		expect(retryAfter).toMatch(/^\d+$/);
		expect(Number(retryAfter)).toBeGreaterThanOrEqual(5);
		expect(Number(retryAfter)).toBeLessThanOrEqual(15);
		expect(await refused.response.text()).toContain(`retry in ${retryAfter} s`);

		// Pages, signed in or not, and the health check are still served.
		for (const path of ['/', '/listings', '/api/health'])
			expect((await fetch(`${server.url}${path}`)).status).toBe(200);
		expect((await fetch(`${server.url}/deals/${dealId}`, { headers: { cookie: company } })).status).toBe(200);

		// The open streams still get new events; this one the refused tab misses for now.
		await postDealMessage(server.url, officer, dealId, 'sent while the sixth tab was refused');
		const missed = await Promise.all(streams.map((stream) => stream.take(1)));
		expect(new Set(missed.map(([event]) => event.id)).size).toBe(1);
		expect(missed[0][0].id).toBeGreaterThan(seen.id);

		// One tab closes; the hub frees its place once the socket is closed.
		streams.shift()!.close();
		let admitted = await open(seen.id);
		for (let attempt = 0; admitted.response.status === 503 && attempt < 50; attempt++) {
			await new Promise((done) => setTimeout(done, 100));
			admitted = await open(seen.id);
		}
		streams.push(admitted);
		expect(admitted.response.status).toBe(200);
		// Resumed after the last event it had: the missed one, once.
		expect(await admitted.take(2, 1500)).toEqual(missed[0]);
		// And the cap holds again.
		expect((await open()).response.status).toBe(503);
	});
});
