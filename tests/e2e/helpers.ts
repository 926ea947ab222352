import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page, type Response } from '@playwright/test';

export const demoPassword = 'zhiqiao-demo-2026';
export const newPassword = 'a good password';
export const demo = {
	researcher: 'researcher@demo.zhiqiao.cn',
	company: 'company@demo.zhiqiao.cn',
	officer: 'officer@demo.zhiqiao.cn',
	admin: 'admin@demo.zhiqiao.cn'
} as const;

/** An address no other run (nor another test of this run) has used. */
export const uniqueEmail = (label: string) => `${label}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;

/**
 * Waits until the page has hydrated: the root layout adds class "js" to <html> on mount. Fields
 * keep text typed before that (auth.test.ts checks it), but a click on an enhanced form before
 * hydration is a plain post, so tests that use forms with scripts on wait for it first.
 */
export async function hydrated(page: Page, timeout?: number): Promise<void> {
	await expect(page.locator('html')).toHaveClass(/(^|\s)js(\s|$)/, { timeout });
}

/**
 * page.goto, then wait for hydration (for pages with scripts on). `hydrationTimeout` is for tests
 * that keep many tabs open at once, where a busy two-core machine can take longer than the default.
 */
export async function open(page: Page, path: string, hydrationTimeout?: number): Promise<Response | null> {
	const response = await page.goto(path);
	await hydrated(page, hydrationTimeout);
	return response;
}

/** Signs in through the form (Chinese labels) and waits to leave the sign-in page. */
export async function signIn(page: Page, email: string, password = demoPassword): Promise<void> {
	await open(page, '/signin');
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByRole('button', { name: '登录' }).click();
	await page.waitForURL((url) => url.pathname !== '/signin');
}

/**
 * Signs a browser context in by posting the sign-in form from its request client, which shares
 * the context's cookies: much quicker than the form in a page, for tests about something else.
 */
export async function signInByRequest(context: BrowserContext, email: string, password = demoPassword): Promise<void> {
	const origin = test.info().project.use.baseURL!;
	const response = await context.request.post('/signin', {
		form: { email, password },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `sign-in as ${email}`).toBe(303);
}

/** A page in a browser context of its own (its own cookies), signed in. */
export async function newSignedInPage(
	browser: Browser,
	email: string,
	password = demoPassword,
	options: Parameters<Browser['newContext']>[0] = {}
): Promise<Page> {
	const context = await browser.newContext(options);
	await signInByRequest(context, email, password);
	return context.newPage();
}

export interface SignUp {
	email: string;
	displayName?: string;
	password?: string;
	/** The company's name. */
	organization?: string;
}

/** Signs a new company account up through the form; lands on /account?welcome=1. */
export async function signUpCompany(
	page: Page,
	{ email, displayName = '测试创始人', password = newPassword, organization = '测试科技有限公司' }: SignUp
) {
	await open(page, '/signup');
	await page.getByLabel('企业用户').check();
	await page.getByLabel('姓名或称呼').fill(displayName);
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(password);
	await page.getByLabel('企业名称').fill(organization);
	await page.getByRole('button', { name: '创建账号' }).click();
	await page.waitForURL('/account?welcome=1');
}

/** 材料与能源学院 in supabase/seed.sql: an institution a researcher can sign up with. */
export const seededCollegeId = '00000000-0000-4000-8000-000000000101';
/** 缙云大学, the university of that college (sign-up checks the two agree). */
export const seededUniversityId = '00000000-0000-4000-8000-000000000100';

/**
 * Creates an account by posting the sign-up form from the context's request client (the context
 * is then signed in as it): for tests about what happens after sign-up. auth.test.ts uses the form.
 */
export async function signUpByRequest(
	context: BrowserContext,
	account: {
		role: 'researcher' | 'company';
		email: string;
		displayName: string;
		organization?: string;
		password?: string;
	}
): Promise<void> {
	const origin = test.info().project.use.baseURL!;
	const form: Record<string, string> = {
		role: account.role,
		email: account.email,
		displayName: account.displayName,
		password: account.password ?? newPassword,
		...(account.role === 'researcher'
			? { universityId: seededUniversityId, organizationId: account.organization ?? seededCollegeId }
			: { companyName: account.organization ?? '测试科技有限公司' })
	};
	const response = await context.request.post('/signup', {
		form,
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status(), `sign-up of ${account.email}`).toBe(303);
	expect(response.headers()['location']).toBe('/account?welcome=1');
}

/** The header's language switch: a form post and a full page load in the other language. */
export async function switchLanguage(page: Page, to: 'en' | 'zh-CN'): Promise<void> {
	await page.getByRole('button', { name: to === 'en' ? 'English' : '中文' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', to);
}

export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
	// Through a locator, which waits for the document element: a page still loading has none yet.
	const width = await page.locator('html').evaluate((root) => root.scrollWidth);
	expect(width, `${new URL(page.url()).pathname} is ${width} px wide, wider than the viewport`).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
}

/** Serious and critical axe findings (WCAG 2.1 A and AA) on the page as it is now, one line each. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
	// Legacy mode runs axe in the page itself instead of merging frame results in a new blank page:
	// the same result for these pages (no cross-origin frames) in about half the time.
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
		.setLegacyMode(true)
		.analyze();
	const serious = results.violations.filter(
		(violation) => violation.impact === 'serious' || violation.impact === 'critical'
	);
	return serious.map(
		(violation) =>
			`${violation.impact} ${violation.id}: ${violation.help} (${violation.helpUrl})\n` +
			violation.nodes
				.map((node) => `    ${node.target.join(' ')}\n      ${node.failureSummary?.replaceAll('\n', '\n      ')}`)
				.join('\n')
	);
}

/**
 * Opens a page and checks it with axe (WCAG 2.1 A and AA): no serious or critical violation,
 * each one listed in the failure message. Then that it fits the viewport width.
 */
export async function expectAccessible(page: Page, path: string, expectedStatus = 200): Promise<void> {
	const response = await open(page, path);
	expect(response?.status(), `status of ${path}`).toBe(expectedStatus);
	const report = await seriousAxeViolations(page);
	expect(
		report,
		`axe on ${path} (lang ${await page.locator('html').getAttribute('lang')}):\n${report.join('\n')}`
	).toEqual([]);
	await expectNoHorizontalOverflow(page);
}

/** Heights of the bottom navigation's links, the touch targets on a phone. */
export async function bottomNavHeights(page: Page): Promise<number[]> {
	const nav = page.locator('nav.app-nav');
	await expect(nav).toBeVisible();
	return nav.getByRole('link').evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
}
