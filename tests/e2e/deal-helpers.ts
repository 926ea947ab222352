import { expect, type Browser } from '@playwright/test';
import { demo, hydrated, newSignedInPage, open } from './helpers.ts';

/**
 * A new deal through the pages, as its users make it: the demo company expresses interest in the
 * listing with `note` and the officer converts it; the officer's page is the new deal room. The
 * listing must hold no open interest of the demo company.
 */
export async function openDealThroughPages(browser: Browser, listingId: string, note: string) {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, `/listings/${listingId}/interest`);
	await company.getByLabel('希望的合作方式').selectOption('exclusive_license');
	await company.getByLabel('留言').fill(note);
	await company.getByRole('button', { name: '发送意向' }).click();
	await company.waitForURL(/\/interests\?sent=/);

	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/interests');
	await officer.locator('li.card', { hasText: note }).getByRole('button', { name: '转为交易' }).click();
	await officer.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	await hydrated(officer);
	const dealPath = new URL(officer.url()).pathname;
	const dealId = dealPath.split('/').pop()!;
	const card = officer.getByRole('region', { name: '下一步', exact: true });
	return { company, officer, dealPath, dealId, card };
}

/** {@link openDealThroughPages}, then the officer moves the deal one stage at a time to the term sheet. */
export async function openDealAtTermSheet(browser: Browser, listingId: string, note: string) {
	const deal = await openDealThroughPages(browser, listingId, note);
	for (const stage of ['保密协议', '技术评估', '商务谈判', '条款清单']) {
		await deal.card.getByRole('button', { name: `移至：${stage}` }).click();
		await expect(deal.card.locator('.badge.stage')).toHaveText(stage);
	}
	return deal;
}
