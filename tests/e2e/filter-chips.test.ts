import { expect, test, type Page } from '@playwright/test';
import { expectAccessible, open } from './helpers';

// Listing filters at 360×740 (issue #17, item 11): applying closes the panel, the results start
// on the first screen, and each active filter is a removable chip, with and without scripts.

async function applyTwoFilters(page: Page): Promise<void> {
	const panel = page.locator('details.filters-panel');
	await panel.getByText('筛选', { exact: true }).click();
	await panel.getByRole('checkbox', { name: /新材料/ }).check();
	await panel.getByLabel('从').selectOption('3');
	await panel.getByRole('button', { name: '应用筛选' }).click();
	await expect(page).toHaveURL(/industry=new_materials/);
	await expect(page).toHaveURL(/trlMin=3/);
}

async function expectResultsOnFirstScreen(page: Page): Promise<void> {
	await expect(page.locator('details.filters-panel')).not.toHaveAttribute('open', '');
	const heading = page.getByRole('heading', { level: 2, name: '搜索结果' });
	await expect(heading).toBeVisible();
	expect((await heading.boundingBox())!.y).toBeLessThan(740);
}

async function removeChips(page: Page): Promise<void> {
	await expect(page.getByRole('link', { name: '移除筛选：新材料' })).toBeVisible();
	await expect(page.getByRole('link', { name: '移除筛选：TRL ≥ 3' })).toBeVisible();
	await page.getByRole('link', { name: '移除筛选：新材料' }).click();
	await expect(page).not.toHaveURL(/industry=/);
	await expect(page).toHaveURL(/trlMin=3/);
	await expect(page.getByRole('link', { name: '移除筛选：新材料' })).toHaveCount(0);
	await expect(page.getByRole('link', { name: '移除筛选：TRL ≥ 3' })).toBeVisible();
	await page.getByRole('link', { name: '清除全部' }).click();
	await expect(page).not.toHaveURL(/trlMin=/);
	await expect(page.getByRole('link', { name: /^移除筛选/ })).toHaveCount(0);
}

test('with scripts, applying filters closes the panel, focuses the results and shows removable chips', async ({
	page
}) => {
	await open(page, '/listings?q=%E7%94%B5%E6%B1%A0');
	await applyTwoFilters(page);
	await expectResultsOnFirstScreen(page);
	await expect(page.locator('#results')).toBeFocused();
	// The search words stay when a filter goes.
	await expect(page).toHaveURL(/q=%E7%94%B5%E6%B1%A0/);
	await removeChips(page);
	await expect(page).toHaveURL(/q=%E7%94%B5%E6%B1%A0/);
});

test.describe('without scripts', () => {
	test.use({ javaScriptEnabled: false });

	test('the filter form and its chips work as plain links and a GET form', async ({ page }) => {
		await page.goto('/listings');
		await applyTwoFilters(page);
		await expectResultsOnFirstScreen(page);
		await removeChips(page);
	});
});

test('the chips pass axe and fit 360 px', async ({ page }) => {
	await expectAccessible(page, '/listings?industry=new_materials&trlMin=3&mode=option');
});
