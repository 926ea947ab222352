import { expect, test } from '@playwright/test';

test('pages carry the security headers, with no inline script allowed', async ({ request }) => {
	const response = await request.get('/');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	const scriptSource = headers['content-security-policy'].split(';').find((directive) => directive.trim().startsWith('script-src'));
	expect(scriptSource).toBeDefined();
	expect(scriptSource).not.toContain('unsafe-inline');
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
	expect(headers['permissions-policy']).toContain('camera=()');
	expect(headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
	expect(headers['strict-transport-security']).toBeUndefined();
});

test('health answers with the database state', async ({ request }) => {
	const response = await request.get('/api/health');
	expect(response.status()).toBe(200);
	expect(await response.json()).toEqual({ status: 'ok', db: 'ok' });
});

test('an unknown page is a translated 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { name: '页面不存在' })).toBeVisible();
	await expect(page.getByText('您要找的页面不存在或已被移除。')).toBeVisible();
});

test('the session cookie is HttpOnly and SameSite=Lax', async ({ page, context }) => {
	await page.goto('/signin');
	await page.getByLabel('电子邮箱').fill('company@demo.zhiqiao.cn');
	await page.getByLabel('密码').fill('zhiqiao-demo-2026');
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL('/');
	const session = (await context.cookies()).find((cookie) => cookie.name === 'session');
	expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
	expect(await page.evaluate(() => document.cookie)).not.toContain('session=');
});

test('a cross-site form post is refused', async ({ request }) => {
	const response = await request.post('/signin', {
		headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
		data: 'email=a%40b.cn&password=x'
	});
	expect(response.status()).toBe(403);
});
