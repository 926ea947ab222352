import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, open, seriousAxeViolations } from './helpers.ts';

// Issue #24, sharing at roadshows: a published listing's share panel holds its QR code and a
// printable A4 poster, for a visitor on a phone at 360 px (no account needed).

const listingPath = '/listings/00000000-0000-4000-8001-000000000001';

test('the share panel shows the listing’s QR code and downloads its A4 poster as a PDF', async ({ page }) => {
	await open(page, listingPath);
	await page.getByText('分享', { exact: true }).click();
	const code = page.getByRole('img', { name: '本成果的二维码：扫码打开本页' });
	await expect(code).toBeVisible();
	await expect.poll(() => code.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
	await expectNoHorizontalOverflow(page);
	expect(await seriousAxeViolations(page)).toEqual([]);

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: '下载 A4 海报（PDF）' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^poster-00000000-\d{4}-\d{2}-\d{2}\.pdf$/);
	const bytes = await (await download.createReadStream()).toArray();
	expect(Buffer.concat(bytes).subarray(0, 5).toString()).toBe('%PDF-');
});
