import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, open, signUpByRequest, uniqueEmail } from './helpers';

// Express licences (docs/domain.md, "Express licences"), at 360 px: the office publishes standard
// terms and marks a listing; a company accepts them from the listing page and lands in a deal at
// the term sheet with those terms, once however often the confirmation is sent.

/** A published Jinyun listing no other end-to-end test uses (supabase/seed.sql). */
const listingId = '00000000-0000-4000-8001-000000000055';

test('an express template accepted opens a deal at term_sheet with the terms set', async ({ browser }) => {
	test.setTimeout(120_000);
	const name = `初创企业许可 ${Date.now()}`;
	const officer = await newSignedInPage(browser, demo.officer);

	// Version 1 with the new-template form, then version 2 from the form prefilled with it.
	await open(officer, '/licence-templates/new');
	await expectNoHorizontalOverflow(officer);
	await officer.getByLabel('模板名称').fill(name);
	await officer.getByLabel('提成比例（%）').fill('abc');
	await officer.getByRole('button', { name: '创建并发布第 1 版' }).click();
	// Refused with a translated message beside the field, and what was typed is still there.
	await expect(officer.locator('#field-royaltyPercent-error')).toBeVisible();
	await expect(officer.getByLabel('模板名称')).toHaveValue(name);
	await officer.getByLabel('提成比例（%）').fill('3');
	await officer.getByLabel('地域范围').fill('中国大陆');
	await officer.getByRole('button', { name: '创建并发布第 1 版' }).click();
	await officer.waitForURL('/licence-templates?done=created');
	const template = officer.getByTestId('express-template').filter({ hasText: name });
	await template.getByRole('link', { name: '发布新版本' }).click();
	await officer.waitForURL(/\/licence-templates\/[0-9a-f-]+\/version$/);
	await expect(officer.getByLabel('地域范围')).toHaveValue('中国大陆');
	await expect(officer.getByLabel('提成比例（%）')).toHaveValue('3.00');
	await officer.getByLabel('提成比例（%）').fill('2');
	await officer.getByLabel('股权比例（%）').fill('5');
	await officer.getByRole('button', { name: '发布第 2 版' }).click();
	await officer.waitForURL('/licence-templates?done=published');

	// The listing marked express with it.
	await officer.locator('#express-listing').selectOption(listingId);
	await officer.locator('#express-template').selectOption({ label: name });
	await officer.getByRole('button', { name: '开放按标准条款许可' }).click();
	await expect(officer.getByText('该成果已开放按标准条款许可。')).toBeVisible();
	await expect(
		officer.getByTestId('express-listing').filter({ has: officer.locator(`a[href="/listings/${listingId}"]`) })
	).toContainText(name);
	await expectNoHorizontalOverflow(officer);

	// A new company accepts from the listing page.
	const context = await browser.newContext();
	await signUpByRequest(context, { role: 'company', email: uniqueEmail('express'), displayName: '快速许可测试' });
	const company = await context.newPage();
	await open(company, `/listings/${listingId}`);
	const offer = company.getByTestId('express-offer');
	await expect(offer).toContainText(name);
	await expect(offer).toContainText('第 2 版');
	await expect(offer).toContainText('无入门费');
	await offer.getByRole('link', { name: '按标准条款许可' }).click();
	await company.waitForURL(`/listings/${listingId}/express`);
	await expectNoHorizontalOverflow(company);
	await expect(company.locator('section.narrow')).toContainText('第 2 版');

	// The office publishes version 3 (the same terms) while the company reads version 2: the
	// confirmation is refused and the page shows version 3 to be confirmed again.
	await open(officer, '/licence-templates');
	await officer
		.getByTestId('express-template')
		.filter({ hasText: name })
		.getByRole('link', { name: '发布新版本' })
		.click();
	await officer.getByRole('button', { name: '发布第 3 版' }).click();
	await officer.waitForURL('/licence-templates?done=published');
	await company.getByRole('button', { name: '确认并开启交易' }).click();
	await expect(company.getByText('条款已更新为新版本，请阅读后重新确认。')).toBeVisible();
	await expect(company.locator('section.narrow')).toContainText('第 3 版');
	expect(company.url()).toContain(`/listings/${listingId}/express`);
	await company.getByRole('button', { name: '确认并开启交易' }).click();
	await company.waitForURL(/\/deals\/[0-9a-f-]+$/);
	const dealUrl = company.url();
	const terms = company.locator('section[aria-labelledby="terms-title"]');
	await expect(company.getByText('条款清单').first()).toBeVisible();
	await expect(terms).toContainText('普通许可');
	await expect(terms).toContainText('中国大陆');
	await expect(terms).toContainText('2.00');
	await expect(terms).toContainText('5.00');
	await expectNoHorizontalOverflow(company);

	// Back and the same confirmation again: the same deal, not a second one.
	await company.goBack();
	await company.waitForURL(`/listings/${listingId}/express`);
	await company.getByRole('button', { name: '确认并开启交易' }).click();
	await company.waitForURL(/\/deals\/[0-9a-f-]+$/);
	expect(company.url()).toBe(dealUrl);
	await open(company, '/interests');
	await expect(company.locator(`a[href="${new URL(dealUrl).pathname}"]`)).toHaveCount(1);

	// The office sees the use on version 3, the one the company confirmed.
	await open(officer, '/licence-templates');
	const latest = officer
		.getByTestId('express-template')
		.filter({ hasText: name })
		.getByTestId('express-version')
		.first();
	await expect(latest).toContainText('第 3 版');
	await expect(latest.getByTestId('express-uses')).toHaveText('已使用 1 次');
	await context.close();
	await officer.context().close();
});
