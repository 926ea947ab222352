import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, waitUntilHealthy, type ServerProcess } from './process.ts';
import { postForm, signIn } from './http.ts';

// Issue #18: anonymous pages answered from memory must never be older than the data they show.
const submitted = '/listings/00000000-0000-4000-8001-000000000069';
const submittedTitle = '榨菜腌制高盐废水膜蒸馏脱盐与盐分回收技术';
const researchersListing = '/listings/00000000-0000-4000-8001-000000000001';

describe('the anonymous page cache (embedded database)', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-page-cache-'));
	let server: ServerProcess;
	let officer: string;
	let researcher: string;

	beforeAll(async () => {
		server = await startServer(dataDirectory);
		await waitUntilHealthy(server);
		officer = await signIn(server.url, 'officer@demo.zhiqiao.cn');
		researcher = await signIn(server.url, 'researcher@demo.zhiqiao.cn');
	});
	afterAll(() => {
		server?.child.kill('SIGKILL');
		rmSync(dataDirectory, { recursive: true, force: true });
	});

	async function anonymous(path: string, headers: Record<string, string> = {}) {
		const response = await fetch(`${server.url}${path}`, { headers });
		return { status: response.status, cache: response.headers.get('x-page-cache'), html: await response.text() };
	}

	/** Asks twice, so the second answer is the kept copy whenever the page is kept at all. */
	async function twice(path: string) {
		await anonymous(path);
		return anonymous(path);
	}

	it('answers a repeated anonymous page from memory, byte for byte, with its own request id', async () => {
		const first = await anonymous('/listings?industry=new_materials');
		const second = await anonymous('/listings?industry=new_materials');
		expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
		expect(second.html).toBe(first.html);
		const ids = await Promise.all(
			[1, 2].map(async () => (await fetch(`${server.url}/listings`)).headers.get('x-request-id'))
		);
		expect(ids[0]).not.toBe(ids[1]);
	});

	it('shows a listing to the next anonymous request once it is published, and hides it once archived', async () => {
		expect((await twice('/listings')).html).not.toContain(submittedTitle);
		expect((await twice(submitted)).status).toBe(404);

		const published = await postForm(server.url, `${submitted}?/review`, officer, { decision: 'publish', comment: '' });
		expect(published.status).toBe(303);
		const catalogue = await anonymous('/listings');
		expect(catalogue.cache).toBe('miss');
		expect(catalogue.html).toContain(submittedTitle);
		expect((await anonymous('/')).html).toContain(submittedTitle);
		const page = await twice(submitted);
		expect([page.status, page.cache]).toEqual([200, 'hit']);

		const archived = await postForm(server.url, `${submitted}?/archive`, officer, {});
		expect(archived.status).toBeLessThan(400);
		expect((await anonymous('/listings')).html).not.toContain(submittedTitle);
		expect((await anonymous('/')).html).not.toContain(submittedTitle);
		expect((await anonymous(submitted)).status).toBe(404);
	});

	it('shows an edit to what a listing page says (its researcher’s name) to the next anonymous request', async () => {
		const before = await twice(researchersListing);
		expect(before.cache).toBe('hit');
		const name = `李明远（更名 ${Date.now()}）`;
		const saved = await postForm(server.url, '/account?/profile', researcher, { displayName: name });
		expect(saved.status).toBe(200);
		const after = await anonymous(researchersListing);
		expect(after.cache).toBe('miss');
		expect(after.html).toContain(name);
	});

	it('keeps each language and encoding apart, and never answers a request with a session from memory', async () => {
		const chinese = await twice('/');
		expect(chinese.cache).toBe('hit');
		const english = await anonymous('/', { cookie: 'PARAGLIDE_LOCALE=en' });
		expect(english.cache).toBe('miss');
		expect(english.html).toContain('<html lang="en"');
		expect((await anonymous('/', { cookie: 'PARAGLIDE_LOCALE=en' })).html).toBe(english.html);
		expect(chinese.html).toContain('<html lang="zh-CN"');

		const plain = await fetch(`${server.url}/`, { headers: { 'accept-encoding': 'identity' } });
		expect(plain.headers.get('x-page-cache')).toBe('miss');
		expect(plain.headers.get('content-encoding')).toBeNull();

		const signedIn = await fetch(`${server.url}/listings`, { headers: { cookie: researcher } });
		expect(signedIn.headers.get('x-page-cache')).toBeNull();
		expect(await signedIn.text()).toContain('/my/listings');
		// Any cookie but the language's (a sign-out mark, an expired session) renders afresh.
		const marked = await anonymous('/listings', { cookie: 'zq-signed-out=1' });
		expect(marked.cache).toBeNull();
	});
});
