import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { demo, expectAccessible, hydrated, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers';
import { extractText } from '../support/pdf';

// Taking an open licence at 360 px (issue #21; Patent Law Art. 51), the way a company does it: it
// finds the announced declaration on /open-licences by its university, reads the terms on the
// listing page, accepts them (its written notice), and a replay of the same post lands on the same
// deal. The written notice downloads as a PDF naming the company and the patent; the officer
// records the lump sum on the deal's income tab and the licence takes effect.
// The demo's lump-sum declaration (supabase/seed.sql): 缙云大学's ancient-character recognition method.
const declarationId = '00000000-0000-4000-800b-000000000001';
const announcementNumber = 'KF2026000417';
const patentNumber = 'ZL202211403110.3';
const university = '缙云大学';

test('a company takes an open licence, once, and the officer records its fee', async ({ browser }) => {
	test.setTimeout(150_000);
	const companyName = `开放许可测试 ${Date.now()} 有限公司`;
	const context = await browser.newContext();
	await signUpByRequest(context, {
		role: 'company',
		email: uniqueEmail('open-licence'),
		displayName: '测试',
		organization: companyName
	});
	const company = await context.newPage();

	await expectAccessible(company, '/open-licences');
	await company.getByLabel('高校').selectOption({ label: university });
	await company.getByRole('button', { name: '筛选' }).click();
	await company.waitForURL(/institution=/);
	const card = company.getByTestId('open-licences').locator('li', { hasText: announcementNumber });
	await expect(card).toContainText(patentNumber);
	await expect(card).toContainText('¥80,000.00');
	await card.getByRole('heading').getByRole('link').click();
	await company.waitForURL(/\/listings\/[0-9a-f-]{36}$/);
	const terms = company.getByTestId('open-licence').filter({ hasText: announcementNumber });
	await terms.getByRole('link', { name: '接受开放许可' }).click();
	await company.waitForURL(`/open-licences/${declarationId}/accept`);
	await hydrated(company);
	await expect(company.getByTestId('licensee')).toHaveText(companyName);

	const key = await company.locator('input[name="acceptanceKey"]').inputValue();
	// Sent with the box unticked (a browser that ignores `required`, a hand-made post): refused
	// with its own message, and no licence.
	const unticked = await context.request.post(`/open-licences/${declarationId}/accept`, {
		form: { acceptanceKey: crypto.randomUUID() },
		headers: { origin: test.info().project.use.baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(unticked.status()).toBe(400);
	expect(await unticked.text()).toContain('请勾选确认');
	await company.getByLabel('我已阅读上述许可条款，代表本单位接受').check();
	await company.getByRole('button', { name: '发出书面通知并接受' }).click();
	await company.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealPath = new URL(company.url()).pathname;
	await expect(company.getByTestId('open-licence-kind')).toContainText('开放许可');
	await expect(company.getByTestId('open-licence-kind')).toContainText('许可使用费付清后生效');

	// Back and the same post again: the same deal, not a second licence.
	await company.goBack();
	await company.waitForURL(`/open-licences/${declarationId}/accept`);
	const origin = test.info().project.use.baseURL!;
	const replay = await context.request.post(`/open-licences/${declarationId}/accept`, {
		form: { acceptanceKey: key, confirmed: 'on' },
		headers: { origin, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(replay.status()).toBe(303);
	expect(replay.headers()['location']).toBe(dealPath);
	// A fresh form (a new key) is told the licence is taken, with the way to its deal.
	await open(company, `/open-licences/${declarationId}/accept`);
	await expect(company.getByTestId('open-licence-taken').getByRole('link')).toHaveAttribute('href', dealPath);
	await open(company, '/deals');
	await expect(company.locator(`a[href="${dealPath}"]`)).toHaveCount(1);

	// The written notice: the company, the patent and the announcement, as text in the PDF.
	await open(company, dealPath);
	const [download] = await Promise.all([
		company.waitForEvent('download'),
		company.getByRole('link', { name: '下载书面通知（PDF）' }).click()
	]);
	const text = await extractText(new Uint8Array(await readFile((await download.path())!)));
	expect(text).toContain(companyName);
	expect(text).toContain(patentNumber);
	expect(text).toContain(announcementNumber);
	await context.close();

	// The officer records the fee on the income tab: the licence is in effect from that day.
	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, `${dealPath}/income`);
	const line = officer.getByLabel('对应款项');
	await line.selectOption((await line.locator('option', { hasText: '入门费' }).first().getAttribute('value'))!);
	await officer.getByLabel('到账金额（元）').fill('80000');
	await officer.getByLabel('到账日期').fill(await officer.evaluate(() => new Date().toLocaleDateString('sv-SE')));
	await officer.getByLabel('银行流水号').fill(`OL-${Date.now()}`);
	await officer.getByRole('button', { name: '登记到账' }).click();
	await expect(officer.getByText('到账已登记。')).toBeVisible();
	await expectAccessible(officer, dealPath);
	await expect(officer.locator('.badge.stage')).toHaveText('成交');
	await expect(officer.getByTestId('open-licence-kind')).toContainText('许可自');
	await officer.context().close();
});
