import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, open, seriousAxeViolations, signInByRequest } from './helpers';

// Issue #24, "Needs that get answers": a company posts a need once however often the form is
// sent, edits it, closes it (it leaves the public list) and reopens it; a need past its deadline
// reopens only with a new deadline.

test('a company posts a need once, edits, closes and reopens it', async ({ page, context, browser }) => {
	await signInByRequest(context, demo.company);
	const title = `压铸件视觉检测需求 ${Date.now()}`;
	await open(page, '/needs/new');
	await page.getByLabel('标题').fill(title);
	await page.getByLabel('需要解决的问题').fill('铝合金压铸件表面气孔与冷隔缺陷需要在线视觉检测，节拍 20 秒以内。');
	await page.getByLabel('所属行业').selectOption({ label: '智能制造' });
	await page.getByLabel('截止日期').fill('2000-01-01');
	await page.getByRole('button', { name: '发布' }).click();
	// A deadline already past is refused at its field, and what was typed stays.
	await expect(page.getByText('截止日期不能早于今天。')).toBeVisible();
	await expect(page.getByLabel('标题')).toHaveValue(title);
	await page.getByLabel('截止日期').fill('');
	const key = await page.locator('input[name="creationKey"]').inputValue();
	await page.getByRole('button', { name: '发布' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const needUrl = page.url();

	// Back to the form and the same form sent again (as a browser that restored it sends it): the
	// same need, not a second one.
	await page.goBack();
	await page.getByLabel('标题').fill(title);
	await page.getByLabel('需要解决的问题').fill('铝合金压铸件表面气孔与冷隔缺陷需要在线视觉检测，节拍 20 秒以内。');
	await page.getByLabel('所属行业').selectOption({ label: '智能制造' });
	await page.locator('input[name="creationKey"]').evaluate((input, value) => {
		(input as HTMLInputElement).value = value;
	}, key);
	await page.getByRole('button', { name: '发布' }).click();
	await expect(page).toHaveURL(needUrl);
	await open(page, '/needs');
	await expect(page.getByTestId('own-need').filter({ hasText: title })).toHaveCount(1);
	expect(await seriousAxeViolations(page)).toEqual([]);

	await open(page, new URL(needUrl).pathname);
	await page.getByRole('link', { name: '编辑需求' }).click();
	await page.getByLabel('标题').fill(`${title}（修订）`);
	await page.getByRole('button', { name: '保存修改' }).click();
	await expect(page.getByRole('heading', { level: 1, name: `${title}（修订）` })).toBeVisible();
	await expect(page.getByText('需求已保存。')).toBeVisible();
	expect(await seriousAxeViolations(page)).toEqual([]);
	await expectNoHorizontalOverflow(page);

	await page.getByRole('button', { name: '关闭需求' }).click();
	await expect(page.getByText('需求已关闭，不再出现在需求列表和成果匹配中。')).toBeVisible();
	await expect(page.getByText('已关闭', { exact: true })).toBeVisible();
	// Signed out, the closed need is nowhere.
	const visitor = await browser.newPage();
	await open(visitor, '/needs');
	await expect(visitor.getByRole('link', { name: `${title}（修订）` })).toHaveCount(0);
	expect((await open(visitor, new URL(needUrl).pathname))?.status()).toBe(404);

	await page.getByRole('button', { name: '重新开放' }).click();
	await expect(page.getByText('需求已重新开放。')).toBeVisible();
	await open(visitor, '/needs');
	await expect(visitor.getByRole('link', { name: `${title}（修订）` })).toBeVisible();
	await visitor.close();
});

test('a need past its deadline shows so, and reopens only after the deadline moves', async ({ page, context }) => {
	await signInByRequest(context, demo.company);
	// The seed's radar calibration need: open, its deadline ten days ago.
	await open(page, '/needs/00000000-0000-4000-8002-000000000102');
	await expect(page.getByText('已截止', { exact: true })).toBeVisible();
	await expect(page.getByText('截止日期已过，需求不再公开展示。', { exact: false })).toBeVisible();
	await page.getByRole('button', { name: '关闭需求' }).click();
	await page.getByRole('button', { name: '重新开放' }).click();
	await expect(page.getByText('截止日期已过：请先编辑需求、修改截止日期，再重新开放。')).toBeVisible();
	await page.getByRole('link', { name: '编辑需求' }).click();
	await page.getByLabel('截止日期').fill('2099-12-31');
	await page.getByRole('button', { name: '保存修改' }).click();
	await page.getByRole('button', { name: '重新开放' }).click();
	await expect(page.getByText('征集中', { exact: true })).toBeVisible();
});
