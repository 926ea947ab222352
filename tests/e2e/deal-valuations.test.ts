import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage } from './helpers.ts';

// Issue #22, a valuation attached to a deal's negotiation, at 360 px and without JavaScript: the
// officer attaches the university's valuation of the battery-health patent to the company's deal
// on it, and the company (which did not ask for it) reads it and its report; the officer removes
// it, and the company no longer can. A signed deal shows what was attached, and no form.
const evaluationDeal = '/deals/00000000-0000-4000-8004-000000000001/valuations';
const signedCastingDeal = '/deals/00000000-0000-4000-8004-000000000010/valuations';
const officersReport = '/valuations/00000000-0000-4000-8037-000000000005/report.pdf';
const noScripts = { javaScriptEnabled: false };

test('the officer shares a valuation report with the company in the deal they negotiate', async ({ browser }) => {
	test.setTimeout(90_000);
	const officer = await newSignedInPage(browser, demo.officer, undefined, noScripts);
	const company = await newSignedInPage(browser, demo.company, undefined, noScripts);
	expect((await company.request.get(officersReport)).status()).toBe(404);

	await officer.goto(evaluationDeal);
	await expectNoHorizontalOverflow(officer);
	await expect(officer.getByText('尚未附上评估报告。')).toBeVisible();
	await officer.getByLabel(/202011422920\.4/).check();
	await officer.getByRole('button', { name: '附上', exact: true }).click();
	await expect(officer.getByText('已附上评估报告，对方现在可以查看。')).toBeVisible();
	await expect(officer.getByTestId('deal-valuation')).toHaveCount(1);

	await company.goto(evaluationDeal);
	await expectNoHorizontalOverflow(company);
	const card = company.getByTestId('deal-valuation');
	await expect(card.getByTestId('deal-valuation-range')).toHaveText(/900,000.*1,300,000/);
	await expect(card).toContainText('渝信');
	// Neither the one who attached it nor an officer: no remove button.
	await expect(card.getByRole('button', { name: '移除' })).toHaveCount(0);
	const report = await company.request.get(officersReport);
	expect(report.status()).toBe(200);
	expect((await report.body()).subarray(0, 5).toString()).toBe('%PDF-');

	await officer.getByTestId('deal-valuation').getByRole('button', { name: '移除' }).click();
	await expect(officer.getByText('已移除该评估报告。')).toBeVisible();
	expect((await company.request.get(officersReport)).status()).toBe(404);
	await company.reload();
	await expect(company.getByText('尚未附上评估报告。')).toBeVisible();

	// Signed: the range beside the agreed fee, and nothing to attach or remove.
	await company.goto(signedCastingDeal);
	await expect(company.getByTestId('deal-valuation')).toContainText('在评估区间内');
	await expect(company.locator('main').getByRole('button')).toHaveCount(0);
	await officer.context().close();
	await company.context().close();
});
