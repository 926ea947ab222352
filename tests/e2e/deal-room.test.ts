import { expect, test, type Page } from '@playwright/test';
import { openDeal, postDealMessage, signIn } from '../../scripts/lib/app-client.ts';
import { demo, expectAccessible, expectNoHorizontalOverflow, hydrated, newSignedInPage, open } from './helpers';
import { openDealThroughPages } from './deal-helpers.ts';
import { signUpFreshCompany } from './pwa-helpers';

// The deal room at 360×740 (issue #17, item 12): the next legal step comes first, only moves
// possible now are offered, closing asks for its reason only when chosen, and the company's
// interest opens the timeline.
const listingId = '00000000-0000-4000-8001-000000000001';

/** The room's first screen: the heading, then the next-step card right below it. */
async function expectNextStepFirst(page: Page): Promise<void> {
	const card = page.getByRole('region', { name: '下一步', exact: true });
	await expect(card).toBeVisible();
	const follows = await page
		.getByRole('heading', { level: 1 })
		.evaluate((heading) => heading.nextElementSibling?.getAttribute('aria-labelledby'));
	expect(follows).toBe('next-step-title');
	const box = await card.boundingBox();
	expect(box!.y).toBeLessThan(740);
}

test('the deal room puts the next step first, hides signing during the notice and the close reason until closing', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const note = `请先安排样品测试 ${Date.now()}`;
	const { company, officer, dealPath, card } = await openDealThroughPages(browser, listingId, note);

	// First screen: heading, then the card with the one forward move; no reason box in sight.
	await expectNextStepFirst(officer);
	await expect(card.getByRole('button', { name: '移至：保密协议' })).toBeVisible();
	await expect(officer.getByLabel('结案原因')).toBeHidden();
	// The interest is the timeline's first entry, in the company's words.
	await expect(officer.locator('ol.timeline > li').first()).toContainText(note);
	await expect(officer.locator('ol.timeline > li').first()).toContainText('表达了意向：独占许可');

	// Closing is its own disclosure: the reason appears only once it is opened.
	await card.getByText('关闭交易…').click();
	await expect(card.getByLabel('结案原因')).toBeVisible();
	await card.getByText('关闭交易…').click();
	await expect(card.getByLabel('结案原因')).toBeHidden();

	// The public notice publishes a price: the officer sets one first.
	await officer.getByLabel('入门费（元）').fill('300000');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	for (const stage of ['保密协议', '技术评估', '商务谈判', '条款清单', '校内公示']) {
		await card.getByRole('button', { name: `移至：${stage}` }).click();
		await expect(card.locator('.badge.stage')).toHaveText(stage);
	}
	// During the notice signing is not offered; the countdown says when it will be.
	await expect(card.getByText(/^公示期还剩 15 天（至 \d{4}年\d{1,2}月\d{1,2}日）$/)).toBeVisible();
	await expect(officer.getByRole('button', { name: '移至：已签约' })).toHaveCount(0);
	await expectAccessible(officer, dealPath);

	// The company sees the same step and countdown, and no moves at all.
	await open(company, dealPath);
	await expectNextStepFirst(company);
	await expect(company.getByText(/^公示期还剩 15 天/)).toBeVisible();
	await expect(company.getByRole('button', { name: /^移至/ })).toHaveCount(0);
	await expect(company.getByText('关闭交易…')).toHaveCount(0);
	await expect(company.locator('ol.timeline > li').first()).toContainText(note);

	// Without scripts the disclosure still holds a working form.
	const plain = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await plain.goto(dealPath);
	await expect(plain.getByLabel('结案原因')).toBeHidden();
	await plain.getByText('关闭交易…').click();
	await plain.getByLabel('结案原因').fill('企业决定暂缓项目');
	await plain.getByRole('button', { name: '关闭交易（未成交）' }).click();
	await expect(plain.locator('.badge.stage')).toHaveText('未成交');
	await expect(plain.getByText('交易已关闭，不能再变更。')).toBeVisible();
	await expect(plain.getByText('关闭交易…')).toHaveCount(0);
});

test('the deals board checkboxes are at least 24 px', async ({ browser }) => {
	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/deals');
	for (const name of ['我负责的', '已逾期']) {
		const box = await officer.getByRole('checkbox', { name }).boundingBox();
		expect(box!.width).toBeGreaterThanOrEqual(24);
		expect(box!.height).toBeGreaterThanOrEqual(24);
	}
});

test('the demo deal in its public notice shows the countdown and the interest it came from', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, '/deals/00000000-0000-4000-8004-000000000003');
	await expectNextStepFirst(company);
	await expect(company.getByText(/^公示期还剩 15 天（至 \d{4}年\d{1,2}月\d{1,2}日）$/)).toBeVisible();
	await expect(company.locator('ol.timeline > li').first()).toContainText('隧道段定位漂移是主要问题');
});

test('in English the notice countdown counts days in words and shows the date as a date', async ({
	browser,
	baseURL
}) => {
	const company = await newSignedInPage(browser, demo.company);
	// After signing in: sign-in sets the language the account chose.
	await company.context().addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL! }]);
	await open(company, '/deals/00000000-0000-4000-8004-000000000003');
	await expect(
		company.getByText(
			/^Public notice: 15 days left \(until (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{1,2}, \d{4}\)$/
		)
	).toBeVisible();
});

test('the demo deal reads in order: interest, opened, its next action, then its move to the NDA stage', async ({
	browser
}) => {
	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/deals/00000000-0000-4000-8004-000000000002');
	const entries = officer.locator('ol.timeline > li');
	// At least these four, in this order: the closing test accepts this deal's NDA on the same
	// database when it runs first, which adds a fifth.
	await expect(entries.nth(3)).toBeVisible();
	await expect(entries.nth(0)).toContainText('Interested in a pilot');
	await expect(entries.nth(1)).toContainText('交易已创建');
	await expect(entries.nth(2)).toContainText('Send the NDA draft');
	// Then the demo data moved it to the NDA stage (closing, issue #19).
	await expect(entries.nth(3)).toContainText('保密协议');
});

test('a move made already in another tab is reported, not repeated; long emoji messages wrap at 360 px', async ({
	browser,
	baseURL
}) => {
	test.setTimeout(120_000);
	const companyContext = await browser.newContext();
	await signUpFreshCompany(companyContext, 'two-tabs');
	const session = (await companyContext.cookies()).find((cookie) => cookie.name === 'session')!;
	const officerCookie = await signIn(baseURL!, demo.officer);
	const dealId = await openDeal(baseURL!, `session=${session.value}`, officerCookie, listingId.replace(/1$/, '7'));
	await postDealMessage(baseURL!, officerCookie, dealId, '🎉'.repeat(400));

	const first = await newSignedInPage(browser, demo.officer);
	const second = await first.context().newPage();
	// The second tab has not heard of the first one's move (its live updates are late, or it has no
	// scripts): without the live stream it still offers the move the first tab made.
	await second.route(
		(url) => url.pathname === '/api/events',
		(route) => route.fulfill({ status: 204 })
	);
	for (const tab of [first, second]) {
		await open(tab, `/deals/${dealId}`);
		await hydrated(tab);
	}
	await expectNoHorizontalOverflow(first);
	const move = (tab: Page) =>
		tab.getByRole('region', { name: '下一步', exact: true }).getByRole('button', { name: '移至：保密协议' });
	await move(first).click();
	await expect(first.getByText('阶段已更新', { exact: false })).toBeVisible();
	await move(second).click();
	await expect(second.getByText('交易已经移到了其他阶段', { exact: false })).toBeVisible();
	await expect(second.locator('.badge.stage')).toHaveText('保密协议');
	const events = second.locator('ol.timeline > li.event', { hasText: '保密协议' });
	await expect(events).toHaveCount(1);
	await companyContext.close();
});
