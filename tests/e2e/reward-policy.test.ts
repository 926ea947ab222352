import { expect, test, type Page } from '@playwright/test';
import { demo, expectAccessible, newSignedInPage, open, seriousAxeViolations } from './helpers.ts';

// Issue #20: a university's reward policy (Art. 45), at 360 px and without JavaScript (the form is
// a plain HTML form first). The demo university has versions 1 and 2 (supabase/seed.sql).

const versions = (page: Page) => page.getByTestId('reward-policy-version');
const kind = (page: Page, name: string) => page.getByRole('group', { name });
const transfer = '转让或许可净收入';

async function fillShares(page: Page, group: string, shares: [string, string, string, string]) {
	const labels = ['成果完成人 (%)', '学院 (%)', '学校 (%)', '转移转化机构 (%)'];
	for (const [index, label] of labels.entries()) await kind(page, group).getByLabel(label).fill(shares[index]);
}

test('an officer reads the history and publishes a version; below the floors needs a regulation', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const scripted = await newSignedInPage(browser, demo.officer);
	await expectAccessible(scripted, '/reward-policy');
	// Below the floor without a regulation: refused at the inventors' field, nothing stored.
	await fillShares(scripted, transfer, ['40', '20', '30', '10']);
	await scripted.getByRole('button', { name: '发布第 3 版' }).click();
	await expect(scripted.getByText('低于法定下限（第四十五条）')).toBeVisible();
	await expect(kind(scripted, transfer).getByLabel('成果完成人 (%)')).toHaveAttribute('aria-invalid', 'true');
	await expect(kind(scripted, transfer).getByLabel('成果完成人 (%)')).toHaveValue('40');
	await expect(versions(scripted)).toHaveCount(2);
	expect(await seriousAxeViolations(scripted)).toEqual([]);
	await scripted.context().close();

	// The rest without scripts: the form works as plain HTML.
	const page = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await page.goto('/reward-policy');
	await expect(versions(page)).toHaveCount(2);
	await expect(versions(page).first()).toContainText('第 2 版');
	await expect(versions(page).first()).toContainText('现行');
	await expect(versions(page).first()).toContainText('成果完成人 70%');
	// The floors stand beside the inventors' inputs; the form starts from the version in force.
	await expect(kind(page, transfer).getByText('法定下限 50%（第四十五条）')).toBeVisible();
	await expect(kind(page, '自行实施营业利润').getByText('法定下限 5%（第四十五条）')).toBeVisible();
	await expect(kind(page, transfer).getByLabel('成果完成人 (%)')).toHaveValue('70');

	// Letters, then shares over 100 %: translated errors at the fields, what was typed kept.
	await fillShares(page, transfer, ['70', '20', '10', '10']);
	await kind(page, '作价投资所得股份').getByLabel('学院 (%)').fill('十');
	await page.getByRole('button', { name: '发布第 3 版' }).click();
	await expect(kind(page, '作价投资所得股份').getByText('请输入 0 到 100 之间的数字，最多两位小数。')).toBeVisible();
	await expect(kind(page, transfer).getByLabel('学院 (%)')).toHaveValue('20');
	await expect(kind(page, '作价投资所得股份').getByLabel('学院 (%)')).toHaveValue('十');
	await kind(page, '作价投资所得股份').getByLabel('学院 (%)').fill('10');
	await page.getByRole('button', { name: '发布第 3 版' }).click();
	await expect(kind(page, transfer).getByText('四项比例合计须为 100%。')).toBeVisible();
	await expect(kind(page, transfer).getByLabel('学院 (%)')).toHaveValue('20');

	// Below the floor again (without scripts), then with the university's own regulation cited.
	await fillShares(page, transfer, ['40', '20', '30', '10']);
	// With the university's own regulation cited, it is published once, however often it is posted.
	const regulation = page.getByRole('group', { name: '学校自有规定（仅低于法定下限时需要）' });
	await regulation.getByLabel('规定名称').fill('缙云大学科技成果转化收益分配办法');
	await regulation.getByLabel('文号').fill('缙大校发〔2026〕15号');
	await regulation.getByLabel('施行日期').fill('2026-11-01');
	await page.getByLabel('变更内容与理由').fill('学校办法另行规定完成人比例');
	const posted = await page
		.locator('form[action="?/publish"]')
		.evaluate((form) => [...new FormData(form as HTMLFormElement)].map(([name, value]) => [name, String(value)]));
	await page.getByRole('button', { name: '发布第 3 版' }).click();
	await expect(page.getByText('新版本已发布。')).toBeVisible();
	await expect(versions(page)).toHaveCount(3);
	await expect(versions(page).first()).toContainText(
		'学校规定：缙云大学科技成果转化收益分配办法（缙大校发〔2026〕15号）'
	);
	const replay = await page.request.post('/reward-policy?/publish', {
		form: Object.fromEntries(posted),
		headers: { origin: new URL(page.url()).origin }
	});
	expect(replay.status()).toBe(200);
	await page.goto('/reward-policy');
	await expect(versions(page)).toHaveCount(3);
	await expect(page.getByRole('button', { name: '发布第 4 版' })).toBeVisible();
});

test('a researcher and a company cannot open the policy editor', async ({ browser }) => {
	for (const user of [demo.researcher, demo.company]) {
		const page = await newSignedInPage(browser, user);
		expect((await open(page, '/reward-policy'))?.status()).toBe(403);
		await page.context().close();
	}
});
