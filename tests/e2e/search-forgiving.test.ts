import { expect, test } from '@playwright/test';
import { expectAccessible, expectNoHorizontalOverflow, open, switchLanguage } from './helpers';

// Issue #17, items 7–9, on the demo listings, at 360 px.

test('a three-character typo shows the corrected results and a working "did you mean" link', async ({ page }) => {
	await expectAccessible(page, '/listings?q=石磨烯');
	await expect(page.getByText('没有找到与“石磨烯”匹配的结果，以下是“石墨烯”的结果。')).toBeVisible();
	await expect(page.getByRole('link', { name: '石墨烯改性环氧防腐涂料' })).toBeVisible();
	const suggestion = page.locator('.suggestion');
	await expect(suggestion).toHaveText('您是不是要找：石墨烯');
	await suggestion.getByRole('link', { name: '石墨烯' }).click();
	await page.waitForURL((url) => url.searchParams.get('q') === '石墨烯');
	await expect(page.getByRole('link', { name: '石墨烯改性环氧防腐涂料' })).toBeVisible();
	await expect(page.locator('.suggestion')).toHaveCount(0);
	await expect(page.getByRole('searchbox')).toHaveValue('石墨烯');
});

test('the same in English, and an English word finds Chinese listings', async ({ page }) => {
	await open(page, '/listings');
	await switchLanguage(page, 'en');
	await expectAccessible(page, '/listings?q=石磨烯');
	await expect(page.getByText('Nothing matched “石磨烯”; showing results for “石墨烯”.')).toBeVisible();
	await expect(page.locator('.suggestion')).toHaveText('Did you mean: 石墨烯');
	await page.locator('.suggestion').getByRole('link').click();
	await page.waitForURL((url) => url.searchParams.get('q') === '石墨烯');
	await expect(page.getByRole('link', { name: '石墨烯改性环氧防腐涂料' })).toBeVisible();

	await expectAccessible(page, '/listings?q=battery');
	await expect(page.locator('.results h2', { hasText: '电池' }).first()).toBeVisible();
	// Listings holding the word as typed (English ones) come before those found by translation.
	await expect(page.locator('.results h2').first()).not.toHaveText(/\p{Script=Han}/u);
});

test('snippets show the source characters and set pitch and summary apart', async ({ page }) => {
	await open(page, '/listings?q=竹加工废料');
	const card = page.locator('article', { has: page.getByRole('link', { name: '竹基硬碳钠离子电池负极材料' }) });
	const snippet = card.locator('.snippet');
	await expect(snippet).toContainText('330 mAh/g');
	await expect(snippet).toContainText('降低 50% · ');
	await expect(snippet).toContainText('以竹加工废料为原料，可逆');
	await expect(snippet.locator('mark').first()).toHaveText(/竹加工|废料|加工/);

	await open(page, '/listings?q=18650');
	const summary = page
		.locator('article', { has: page.getByRole('link', { name: '竹基硬碳钠离子电池负极材料' }) })
		.locator('.snippet');
	await expect(summary).toContainText('2C 循环');
	await expect(summary).not.toContainText('2c');
});

test('a search with no word in it shows nothing and says why; a long one is shortened and says so', async ({
	page
}) => {
	for (const query of ['😀', '%']) {
		await expectAccessible(page, `/listings?q=${encodeURIComponent(query)}`);
		await expect(page.getByTestId('search-empty')).toHaveText(
			`没有可搜索的字词：“${query}”里没有汉字、字母或数字，所以没有显示任何技术。请换成中文或英文关键词。`
		);
		await expect(page.locator('.results')).toHaveCount(0);
		await expect(page.getByRole('status')).toHaveText('共 0 项技术');
		await expect(page.getByRole('link', { name: '清除条件' })).toHaveAttribute('href', '/listings');
	}
	// A bare % in the address is no valid escape: the server answers the page all the same.
	expect((await page.goto('/listings?q=%'))?.status()).toBe(200);
	await expect(page.getByTestId('search-empty')).toContainText('没有可搜索的字词');

	// 5,000 characters: the first 200 hold the word, the rest is cut.
	const pasted = '钙钛矿' + ' '.repeat(297) + 'x'.repeat(4700);
	await expectAccessible(page, `/listings?q=${encodeURIComponent(pasted)}`);
	await expect(page.getByTestId('search-shortened')).toHaveText('搜索词太长，只按前 200 个字搜索。');
	await expect(page.getByRole('searchbox')).toHaveValue('钙钛矿');
	await expect(page.locator('.results h2', { hasText: '钙钛矿' }).first()).toBeVisible();

	// One word of 300 letters finds nothing and is quoted in full: it wraps, the page stays 360 px wide.
	await expectAccessible(page, `/listings?q=${'a'.repeat(300)}`);
	await expect(page.getByTestId('search-empty')).toContainText('a'.repeat(200));
	await expectNoHorizontalOverflow(page);

	await switchLanguage(page, 'en');
	await expectAccessible(page, '/listings?q=%F0%9F%98%80');
	await expect(page.getByTestId('search-empty')).toHaveText(
		'No searchable words: “😀” has no letters, digits or Chinese characters, so no listings are shown. Try Chinese or English keywords.'
	);
});
