import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSeededPostgres } from './postgres.ts';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { postForm, signIn } from './http.ts';

const submitted = '/listings/00000000-0000-4000-8001-000000000070';
const submittedTitle = 'Federated learning for surface defect inspection across factories';

/** One anonymous request on a connection of its own, so the kernel may give it to any process. */
function freshConnection(url: string): Promise<{ cache: string | undefined; body: string }> {
	return new Promise((done, fail) => {
		const call = request(url, { agent: false, headers: { connection: 'close' } }, (response) => {
			let body = '';
			response.setEncoding('utf8');
			response.on('data', (chunk) => (body += chunk));
			response.on('end', () => done({ cache: response.headers['x-page-cache'] as string | undefined, body }));
		});
		call.on('error', fail);
		call.end();
	});
}

// scripts/test.js leaves this file out (and says so) where PostgreSQL is not installed.
describe('WEB_CONCURRENCY=2 on one PostgreSQL', () => {
	const folder = mkdtempSync(join(tmpdir(), 'zhiqiao-processes-'));
	let server: ServerProcess;
	let stopCluster: () => void;
	let databaseUrl = '';

	beforeAll(async () => {
		const cluster = await startSeededPostgres();
		stopCluster = cluster.stop;
		databaseUrl = cluster.url;
		server = await startServer(folder, { DATABASE_URL: cluster.url, WEB_CONCURRENCY: '2' });
		await waitUntilHealthy(server);
		// Healthy means one process answers; the cluster hands connections only to processes
		// already listening, so on a busy machine the second may still be starting.
		const deadline = Date.now() + 20_000;
		while ((server.output().match(/database ready/g)?.length ?? 0) < 2 && Date.now() < deadline)
			await new Promise((resume) => setTimeout(resume, 100));
	});
	afterAll(() => {
		server?.child.kill('SIGTERM');
		rmSync(folder, { recursive: true, force: true });
		stopCluster?.();
	});

	it('serves from two processes, each with its own page cache, all fresh the moment a listing is published', async () => {
		const answers = [];
		for (let index = 0; index < 8; index++) answers.push(await freshConnection(`${server.url}/listings`));
		// Each process rendered the page once, then answered from its own copy.
		expect(answers.filter((answer) => answer.cache === 'miss')).toHaveLength(2);
		expect(answers.every((answer) => !answer.body.includes(submittedTitle))).toBe(true);

		const officer = await signIn(server.url, 'officer@demo.zhiqiao.cn');
		const published = await postForm(server.url, `${submitted}?/review`, officer, { decision: 'publish', comment: '' });
		expect(published.status).toBe(303);
		for (let index = 0; index < 6; index++) {
			expect((await freshConnection(`${server.url}/listings`)).body).toContain(submittedTitle);
		}
	});

	it('stops every process on SIGTERM', async () => {
		const workers = () => server.output().match(/database ready/g)?.length ?? 0;
		expect(workers()).toBe(2);
		server.child.kill('SIGTERM');
		expect(await server.exited).not.toBeNull();
		await expect(freshConnection(`${server.url}/api/health`)).rejects.toThrow();
	});

	it('leaves no process behind when the first one is killed outright', async () => {
		const other = await startServer(folder, { DATABASE_URL: databaseUrl, WEB_CONCURRENCY: '2' });
		await waitUntilHealthy(other);
		other.child.kill('SIGKILL');
		const deadline = Date.now() + 20_000;
		let answering = true;
		while (answering && Date.now() < deadline) {
			answering = await freshConnection(`${other.url}/api/health`).then(
				() => true,
				() => false
			);
			if (answering) await new Promise((resume) => setTimeout(resume, 200));
		}
		expect(answering).toBe(false);
	});
});
