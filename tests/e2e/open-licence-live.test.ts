import { expect, test } from '@playwright/test';
import { demo, hydrated, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers';

// Officers see open-licence take-ups live (issue #21), at 360 px: with the declaration page and the
// declarations list open on two phones, a company takes the licence and both pages show it without
// a reload (the acceptance publishes on the university's topic, which only its officers read).
// The demo's announced lump-sum declaration (supabase/seed.sql).
const declarationId = '00000000-0000-4000-800b-000000000001';

test('an officer’s open licence pages show a new licensee without a reload', async ({ browser }) => {
	test.setTimeout(120_000);
	const declarationPage = await newSignedInPage(browser, demo.officer);
	await open(declarationPage, `/open-licences/manage/${declarationId}`);
	const listPage = await declarationPage.context().newPage();
	await open(listPage, '/open-licences/manage?status=announced');
	const item = listPage
		.getByTestId('open-licence-list')
		.locator('li', { has: listPage.locator(`a[href="/open-licences/manage/${declarationId}"]`) });
	const countBefore = await item.locator('p').innerText();
	// A full page load would drop this marker: the pages must change in place.
	for (const page of [declarationPage, listPage])
		await page.evaluate(() => Object.assign(window, { stillSamePage: true }));

	const companyName = `实时许可测试 ${Date.now()} 有限公司`;
	const context = await browser.newContext();
	await signUpByRequest(context, {
		role: 'company',
		email: uniqueEmail('open-licence-live'),
		displayName: '测试',
		organization: companyName
	});
	const company = await context.newPage();
	await company.goto(`/open-licences/${declarationId}/accept`);
	await hydrated(company);
	await company.getByLabel('我已阅读上述许可条款，代表本单位接受').check();
	await company.getByRole('button', { name: '发出书面通知并接受' }).click();
	await company.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	const dealPath = new URL(company.url()).pathname;
	await context.close();

	const licensee = declarationPage.getByTestId('open-licence-licensees').locator('li', { hasText: companyName });
	await expect(licensee).toBeVisible();
	await expect(licensee.getByRole('link')).toHaveAttribute('href', dealPath);
	await expect(item.locator('p')).not.toHaveText(countBefore);
	for (const page of [declarationPage, listPage])
		expect(await page.evaluate(() => (window as { stillSamePage?: boolean }).stillSamePage)).toBe(true);
	await declarationPage.context().close();
});
