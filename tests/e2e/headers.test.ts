import { expect, test } from '@playwright/test';
import { demo, signIn } from './helpers';

/** The CSP's directives by name: "script-src 'self' 'sha256-…'" → { 'script-src': "'self' 'sha256-…'" }. */
function directives(policy: string): Record<string, string> {
	return Object.fromEntries(
		policy
			.split(';')
			.map((directive) => directive.trim())
			.filter(Boolean)
			.map((directive) => {
				const [name, ...values] = directive.split(/\s+/);
				return [name.toLowerCase(), values.join(' ')];
			})
	);
}

test('pages carry the security headers, with no inline script or style allowed', async ({ request }) => {
	for (const path of ['/', '/signin']) {
		const response = await request.get(path);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		const policy = headers['content-security-policy'];
		expect(policy, `CSP of ${path}`).toBeDefined();
		expect(policy).toContain("frame-ancestors 'none'");
		const csp = directives(policy);
		// Scripts are governed by script-src, or default-src when it is absent.
		const scriptSource = csp['script-src'] ?? csp['default-src'];
		expect(scriptSource, 'script-src').toBeDefined();
		expect(scriptSource).not.toContain("'unsafe-inline'");
		expect(scriptSource).not.toContain("'unsafe-eval'");
		// Exactly SvelteKit's start-up script and inlined stylesheet, by hash: no nonce, which a
		// page answered again from the anonymous page cache would repeat.
		expect(scriptSource).toMatch(/'sha256-[^']+'/);
		expect(policy).not.toContain("'nonce-");
		const styleSource = csp['style-src'] ?? csp['default-src'];
		expect(styleSource, 'style-src').toMatch(/'sha256-[^']+'/);
		expect(styleSource).not.toContain("'unsafe-inline'");
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy']).toContain('camera=()');
		expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
		// HSTS only over https.
		expect(headers['strict-transport-security']).toBeUndefined();
	}
});

test('pages run under their CSP: no violation while they load, hydrate and navigate', async ({ page }) => {
	const violations: string[] = [];
	page.on('console', (message) => {
		if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
	});
	await page.goto('/signin');
	// The layout marks <html class="js"> once the app has hydrated.
	await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	await signIn(page, demo.officer);
	for (const path of ['/', '/listings', '/interests', '/deals', '/review', '/offline']) {
		await page.goto(path);
		await expect(page.locator('html')).toHaveClass(/\bjs\b/);
	}
	// A client-side navigation loads the next route's styles without an inline style.
	await page.goto('/listings');
	await page.locator('main a[href^="/listings/"]:not([href="/listings/licensed"])').first().click();
	await expect(page).toHaveURL(/\/listings\/[0-9a-f-]{36}$/);
	await expect(page.locator('h1')).toBeVisible();
	expect(violations).toEqual([]);
});

test('health answers with the database state', async ({ request }) => {
	const response = await request.get('/api/health');
	expect(response.status()).toBe(200);
	expect(response.headers()['content-type']).toContain('application/json');
	expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});

test('an unknown page is a 404 page in Chinese', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
	await expect(page.getByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
	await expect(page.getByText('您要找的页面不存在或已被移除。')).toBeVisible();
	await expect(page).toHaveTitle('页面不存在 · 知桥');
	// The way back is there, and the navigation too.
	await expect(page.getByRole('main').getByRole('link', { name: '首页' })).toBeVisible();
	await expect(page.locator('nav.app-nav')).toBeVisible();
});

test('the session cookie is HttpOnly and SameSite=Lax, and scripts cannot read it', async ({ page, context }) => {
	await signIn(page, demo.company);
	await expect(page).toHaveURL('/');
	const session = (await context.cookies()).find((cookie) => cookie.name === 'session');
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	// A lasting session, not a browser-session cookie.
	expect(session!.expires).toBeGreaterThan(Date.now() / 1000 + 24 * 3600);
	expect(await page.evaluate(() => document.cookie)).not.toContain('session=');
});

test('a cross-site form post is refused', async ({ request }) => {
	const response = await request.post('/signin', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=a%40b.cn&password=x'
	});
	expect(response.status()).toBe(403);
});
