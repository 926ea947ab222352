import { expect, test } from '@playwright/test';
import {
	bottomNavHeights,
	demo,
	expectAccessible,
	expectNoHorizontalOverflow,
	newSignedInPage,
	open,
	seriousAxeViolations,
	signInByRequest,
	switchLanguage
} from './helpers';
import { signUnsubscribeToken } from '../../src/lib/server/email/unsubscribe-token';
import { e2eUnsubscribeSecret } from './mail.js';

// Each page: axe (WCAG 2.0/2.1 A and AA) finds nothing serious or critical, and it fits 360 px.
// Each test is a sweep of several pages, each loaded and checked by axe: on a busy two-core machine
// one took over the default minute.
test.describe.configure({ timeout: 150_000 });

// The demo notices (supabase/seed.sql): one in progress, one passed after a dismissed objection.
const runningNotice = '3825ef6e-b697-4725-852c-fd2e0754437b';
const passedNotice = '9cbb4798-78b6-4477-85c9-ecd8a605b215';
// The demo's signed licence: its income page.
const signedDeal = '00000000-0000-4000-8004-000000000004';

test('public notices as the university’s officer: objections in full, in the notice and in the deal room', async ({
	browser
}) => {
	const officer = await newSignedInPage(browser, demo.officer);
	await expectAccessible(officer, `/notices/${passedNotice}`);
	await expect(officer.getByText('该工艺中的模具分区温控装置')).toBeVisible();
	await expectAccessible(officer, '/deals/00000000-0000-4000-8004-000000000010');
	await expect(officer.getByText('该工艺中的模具分区温控装置')).toBeVisible();
	const visitor = await browser.newPage();
	await open(visitor, `/notices/${passedNotice}`);
	await expect(visitor.getByText('经核查，该横向课题合同约定成果归委托企业所有')).toBeVisible();
	await expect(visitor.getByText('该工艺中的模具分区温控装置')).toHaveCount(0);
	await expect(visitor.getByText('公示已结束，不再受理异议。')).toBeVisible();
});

test('public pages, in Chinese', async ({ page }) => {
	// About twenty pages.
	for (const path of [
		'/',
		'/signin',
		'/signup',
		'/reset-password',
		'/signin/code',
		'/listings',
		'/listings?q=%E7%94%B5%E6%B1%A0',
		'/needs',
		'/notices',
		'/notices?status=passed',
		`/notices/${runningNotice}`,
		`/notices/${passedNotice}`,
		'/open-licences',
		'/navigation',
		'/navigation?industry=new_materials&ipc=C08',
		'/offline'
	])
		await expectAccessible(page, path);
	await expectAccessible(page, '/no-such-page', 404);
});

test('public pages, in English', async ({ page }) => {
	await open(page, '/');
	await switchLanguage(page, 'en');
	for (const path of [
		'/',
		'/signin',
		'/listings',
		'/notices',
		`/notices/${runningNotice}`,
		'/open-licences',
		'/navigation',
		'/offline'
	])
		await expectAccessible(page, path);
});

test('public pages in dark mode', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	for (const path of ['/', '/signin']) await expectAccessible(page, path);
});

test('account and admin pages, signed in as an admin', async ({ page }) => {
	await signInByRequest(page.context(), demo.admin);
	for (const path of [
		'/',
		'/account',
		'/account/devices',
		'/admin/users',
		'/admin/organizations',
		'/admin/audit',
		'/notifications',
		'/colleges',
		'/members'
	])
		await expectAccessible(page, path);
	await page.goto('/listings');
	// The demo seed publishes listings; a detail page is checked with one of them.
	const firstListing = await page.locator('article h2 a').first().getAttribute('href');
	expect(firstListing).toMatch(/^\/listings\//);
	await expectAccessible(page, firstListing!);
});

test('researcher and officer pages', async ({ browser }) => {
	const researcher = await newSignedInPage(browser, demo.researcher);
	// The researcher's home, with its cards.
	await expectAccessible(researcher, '/');
	await expectAccessible(researcher, '/my/listings');
	await researcher.getByRole('button', { name: '发布新成果' }).click();
	await researcher.waitForURL(/\/listings\/[0-9a-f-]+\/edit$/);
	await expectAccessible(researcher, new URL(researcher.url()).pathname);
	await researcher.context().close();

	const officer = await newSignedInPage(browser, demo.officer);
	await expectAccessible(officer, '/review');
	// Universities' colleges and the researchers waiting for confirmation (issue #24).
	await expectAccessible(officer, '/colleges');
	await expectAccessible(officer, '/members');
	await expectAccessible(officer, '/income');
	await expectAccessible(officer, '/portfolio');
	await expectAccessible(officer, '/portfolio/import');
	await expectAccessible(officer, '/portfolio/watch');
	await expectAccessible(officer, '/income?group=deal');
	await expectAccessible(officer, '/income/statements');
	await expectAccessible(officer, '/metrics');
	await expectAccessible(officer, '/metrics?by=college');
	// Open licences (issue #21): the declarations, a new one, drafts (an invention; a utility model
	// with its evaluation report) and an announced one taken once.
	await expectAccessible(officer, '/open-licences/manage');
	await expectAccessible(officer, '/open-licences/manage/new');
	await expectAccessible(officer, '/open-licences/manage/00000000-0000-4000-800b-000000000003');
	await expectAccessible(officer, '/open-licences/manage/00000000-0000-4000-800b-000000000004');
	await expectAccessible(officer, '/open-licences/manage/00000000-0000-4000-800b-000000000002');
	await officer.context().close();
});

test('proposals answering needs: the form, the lists and a need with its proposals', async ({ browser }) => {
	test.setTimeout(90_000);
	// The seed's proposals (supabase/seed.sql): submitted to need …003, shortlisted and declined to need …002.
	const need = (n: number) => `/needs/00000000-0000-4000-8002-00000000000${n}`;
	const researcher = await newSignedInPage(browser, demo.researcher);
	for (const path of ['/proposals', `${need(1)}/propose`, need(3)]) await expectAccessible(researcher, path);
	await researcher.context().close();
	const company = await newSignedInPage(browser, demo.company);
	for (const path of ['/proposals', need(2), need(3)]) await expectAccessible(company, path);
	await company.context().close();
	const officer = await newSignedInPage(browser, demo.officer);
	for (const path of ['/proposals', `${need(1)}/propose?researcher=00000000-0000-4000-8000-000000002005`])
		await expectAccessible(officer, path);
	await officer.context().close();
});

test('valuations: the company’s list, request form and delivered report; the firm’s inbox and forms', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// The seed's valuations (supabase/seed.sql): delivered, waiting for the firm, accepted.
	const valuation = (n: number) => `/valuations/00000000-0000-4000-8037-00000000000${n}`;
	const company = await newSignedInPage(browser, demo.company);
	// With the casting deal's attached valuation, and the negotiation deal's attach form.
	for (const path of [
		'/valuations',
		'/valuations/new',
		valuation(1),
		valuation(2),
		'/deals/00000000-0000-4000-8004-000000000010/valuations',
		'/deals/00000000-0000-4000-8004-000000000001/valuations'
	])
		await expectAccessible(company, path);
	await company.context().close();
	const firm = await newSignedInPage(browser, 'valuer@demo.zhiqiao.cn');
	for (const path of ['/', '/valuations', valuation(2), valuation(3)]) await expectAccessible(firm, path);
	await firm.context().close();
});

test('service cases: the company’s list, request form, quoted, delivered and closed cases; the agency’s inbox and forms; its profile with reviews', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// The seed's service cases (supabase/seed.sql): quoted, delivered, closed (the company's), requested (the researcher's).
	const serviceCase = (n: number) => `/cases/00000000-0000-4000-8038-00000000000${n}`;
	const agency = '00000000-0000-4000-8000-000000000401';
	const company = await newSignedInPage(browser, demo.company);
	for (const path of [
		'/cases',
		`/cases/new?agency=${agency}`,
		serviceCase(1),
		serviceCase(2),
		serviceCase(3),
		`/agencies/${agency}`
	])
		await expectAccessible(company, path);
	await company.context().close();
	const agent = await newSignedInPage(browser, 'agent@demo.zhiqiao.cn');
	for (const path of ['/', '/cases', serviceCase(4)]) await expectAccessible(agent, path);
	await agent.context().close();
});

test('pledge loans: the company’s list, holdings, form and applications; the bank’s inbox and decisions; the admin’s totals', async ({
	browser
}) => {
	test.setTimeout(90_000);
	// The seed's pledges (supabase/seed.sql): registered and disbursed; under review with a valuation.
	const pledge = (n: number) => `/pledges/00000000-0000-4000-8039-00000000000${n}`;
	const company = await newSignedInPage(browser, demo.company);
	for (const path of ['/pledges', '/pledges/new', '/pledges/patents', pledge(1), pledge(2)])
		await expectAccessible(company, path);
	// The deal room of the pledged patent's listing, with its banner.
	await expectAccessible(company, '/deals/00000000-0000-4000-8004-000000000003');
	await company.context().close();
	const bank = await newSignedInPage(browser, 'bank@demo.zhiqiao.cn');
	for (const path of ['/provider', '/pledges', '/pledges?status=under_review', pledge(1), pledge(2)])
		await expectAccessible(bank, path);
	await bank.context().close();
	const admin = await newSignedInPage(browser, demo.admin);
	await expectAccessible(admin, '/admin/pledges');
	await admin.context().close();
});

test('express licences: the officer’s templates and forms, a listing’s standard terms and the company’s confirm page', async ({
	browser
}) => {
	const template = '00000000-0000-4000-8021-000000000001';
	const expressListing = '/listings/00000000-0000-4000-8001-000000000057';
	const officer = await newSignedInPage(browser, demo.officer);
	for (const path of ['/licence-templates', '/licence-templates/new', `/licence-templates/${template}/version`])
		await expectAccessible(officer, path);
	await officer.context().close();
	const company = await newSignedInPage(browser, demo.company);
	await expectAccessible(company, expressListing);
	await expect(company.getByTestId('express-offer')).toBeVisible();
	await expectAccessible(company, `${expressListing}/express`);
	await company.context().close();
});

test('income pages: My rewards, and a signed licence’s income as its officer and its company', async ({ browser }) => {
	const researcher = await newSignedInPage(browser, demo.researcher);
	await expectAccessible(researcher, '/my/rewards');
	await researcher.context().close();
	// Every officer's form, and the company's report form.
	for (const email of [demo.officer, demo.company]) {
		const page = await newSignedInPage(browser, email);
		await expectAccessible(page, `/deals/${signedDeal}/income`);
		await page.context().close();
	}
});

test('open licence pages: the accept form as a company, and the catalogue filtered to open licences', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company);
	// The demo's lump-sum declaration (supabase/seed.sql), not taken by the demo company.
	await expectAccessible(company, '/open-licences/00000000-0000-4000-800b-000000000001/accept');
	await expect(company.getByRole('button', { name: '发出书面通知并接受' })).toBeVisible();
	await company.context().close();
	const visitor = await browser.newPage();
	await expectAccessible(visitor, '/listings?openLicence=1');
	await expect(visitor.locator('article .badge', { hasText: '开放许可' }).first()).toBeVisible();
	await visitor.context().close();
});

test('company pages: a listing with its offline button, and an interest form with a write waiting offline', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company);
	await company.goto('/listings');
	const listing = await company.locator('article h2 a').nth(4).getAttribute('href');
	await expectAccessible(company, listing!);
	await expect(company.getByRole('button', { name: '设为离线可用' })).toBeVisible();
	await expectAccessible(company, `${listing}/interest`);
	await company.context().setOffline(true);
	await company.getByRole('button', { name: '发送意向' }).click();
	await expect(company.locator('[data-outbox-state="pending"]')).toBeVisible();
	expect(await seriousAxeViolations(company)).toEqual([]);
	await expectNoHorizontalOverflow(company);
	await company.context().close();
});

test('bottom navigation targets are at least 44 px tall, signed out and signed in, in both languages', async ({
	page
}) => {
	await page.goto('/');
	// One navigation, and on a phone it is the bar along the bottom of the screen.
	await expect(page.getByRole('navigation', { name: '主导航' })).toHaveCount(1);
	const bar = (await page.locator('nav.app-nav').boundingBox())!;
	expect(bar.y + bar.height).toBe(page.viewportSize()!.height);
	expect(bar.width).toBe(page.viewportSize()!.width);
	for (const height of await bottomNavHeights(page)) expect(height).toBeGreaterThanOrEqual(44);

	// An officer has the most links (seven, with Deals and Income).
	await signInByRequest(page.context(), demo.officer);
	await page.goto('/');
	const heights = await bottomNavHeights(page);
	expect(heights).toHaveLength(7);
	for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);

	await page.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: page.url() }]);
	await page.reload();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	for (const height of await bottomNavHeights(page)) expect(height).toBeGreaterThanOrEqual(44);
	const navWidth = await page.locator('nav.app-nav ul').evaluate((list) => list.scrollWidth);
	expect(navWidth).toBeLessThanOrEqual(360);
});

test('from 768 px the navigation moves to the side', async ({ page }) => {
	await page.setViewportSize({ width: 1024, height: 768 });
	await page.goto('/');
	const side = page.locator('nav.app-nav');
	// Left of the content, below the top bar, no longer along the bottom.
	const column = (await side.boundingBox())!;
	const content = (await page.locator('main').boundingBox())!;
	expect(column.x).toBe(0);
	expect(column.x + column.width).toBeLessThanOrEqual(content.x);
	expect(column.y).toBe(content.y);
	await expect(side.getByRole('link', { name: '首页' })).toBeVisible();
	await expect(side.getByRole('link', { name: '登录' })).toBeVisible();
	const heights = await side
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => link.getBoundingClientRect().height));
	for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
});

test('service providers: the directory, a profile, and the desks of an agency, an unverified broker and a bank', async ({
	browser,
	page
}) => {
	for (const path of ['/agencies', '/agencies?service=valuation', '/agencies/00000000-0000-4000-8000-000000000400'])
		await expectAccessible(page, path);
	for (const email of ['valuer@demo.zhiqiao.cn', 'broker@demo.zhiqiao.cn', 'bank@demo.zhiqiao.cn']) {
		const provider = await newSignedInPage(browser, email);
		await expectAccessible(provider, '/');
		await expectAccessible(provider, '/provider');
		await provider.context().close();
	}
});

test('company teams: the team page, saved listings with a colleague’s, an invitation link that works no more', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company);
	for (const path of ['/account/team', '/saved', '/invitations/nosuchtoken']) await expectAccessible(company, path);
	await expect(company.getByText('邀请链接无效。请确认复制完整，或请同事重新生成。')).toBeVisible();
	await company.context().close();
});

test('email unsubscribe links: one topic, the digest, and a link that is not valid', async ({ page }) => {
	const researcher = '00000000-0000-4000-8000-000000001001';
	const sign = (scope: { topic: string } | { digest: true }) =>
		signUnsubscribeToken(Buffer.from(e2eUnsubscribeSecret), { userId: researcher, scope });
	await expectAccessible(page, `/unsubscribe/${sign({ topic: 'deals' })}`);
	await expectAccessible(page, `/unsubscribe/${sign({ digest: true })}`);
	await expect(page.getByText('不再接收每日和每周汇总邮件？', { exact: false })).toBeVisible();
	await expectAccessible(page, '/unsubscribe/not-a-token', 400);
});
