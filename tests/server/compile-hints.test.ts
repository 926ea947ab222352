import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';

// vite.config.ts marks client chunks for eager compilation; the mark only works as the first
// line, and Vite prepends code of its own to some chunks. Checked on what a phone is sent.
describe('the scripts a page loads', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-hints-'));
	let server: ServerProcess;
	beforeAll(async () => {
		server = await startServer(dataDirectory);
		await waitUntilHealthy(server);
	});
	afterAll(() => {
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	it.each(['/', '/listings'])('%s: every preloaded script starts with the compile hint', async (path) => {
		const page = await fetch(server.url + path);
		const scripts = [...(page.headers.get('link') ?? '').matchAll(/<([^>]+\.js)>; rel="modulepreload"/g)].map(
			(match) => match[1]
		);
		expect(scripts.length).toBeGreaterThan(5);
		for (const script of scripts) {
			const response = await fetch(new URL(script, server.url + path), { headers: { 'accept-encoding': 'gzip' } });
			expect(response.status).toBe(200);
			expect((await response.text()).split('\n', 1)[0], script).toBe('//# allFunctionsCalledOnLoad');
		}
	});
});
