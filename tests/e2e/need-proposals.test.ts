import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, open, seriousAxeViolations } from './helpers';

// Issue #24, "Needs that get answers": the demo researcher answers the demo company's battery
// need with a proposal (once, however often the form is sent); the company, without scripts,
// shortlists it and turns it into an interest, which the researcher then sees. 360 px wide.

const need = '/needs/00000000-0000-4000-8002-000000000001';
const listingTitle = '动力电池快充液冷—相变耦合热管理系统';
const approach = '液冷板与相变材料耦合：2C 快充时电芯温升控制在 8 ℃ 以内，温差不超过 3 ℃。';
const pdf = Buffer.from('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n');

test('a researcher answers a need once; the company shortlists it and turns it into an interest', async ({
	browser
}) => {
	test.setTimeout(90_000);
	const researcher = await newSignedInPage(browser, demo.researcher);
	await open(researcher, need);
	await researcher.getByRole('link', { name: '响应该需求' }).click();
	await expect(researcher.getByRole('heading', { level: 1, name: '响应技术需求' })).toBeVisible();
	expect(await seriousAxeViolations(researcher)).toEqual([]);
	await expectNoHorizontalOverflow(researcher);
	// Nothing typed: refused at the field.
	await researcher.getByRole('button', { name: '提交方案' }).click();
	await expect(researcher.getByText('请填写此项。').first()).toBeVisible();
	await researcher.getByLabel('技术方案').fill(approach);
	await researcher.getByLabel(listingTitle).check();
	await researcher.getByLabel('团队').fill('李明远教授课题组，2 名博士生。');
	await researcher.getByLabel('时间安排').fill('样机 3 个月，装车验证 3 个月。');
	await researcher
		.getByLabel('附件（PDF）')
		.setInputFiles({ name: '热管理方案.pdf', mimeType: 'application/pdf', buffer: pdf });
	const key = await researcher.locator('input[name="creationKey"]').inputValue();
	await researcher.getByRole('button', { name: '提交方案' }).click();
	await expect(researcher).toHaveURL(/\/proposals\?sent=/);
	await expect(researcher.getByText('方案已提交，已通知需求企业。')).toBeVisible();

	// The same form sent again (Back, a restored form): the same proposal, not a second one.
	await researcher.goBack();
	await researcher.getByLabel('技术方案').fill(approach);
	await researcher.locator('input[name="creationKey"]').evaluate((input, value) => {
		(input as HTMLInputElement).value = value;
	}, key);
	await researcher.getByRole('button', { name: '提交方案' }).click();
	await expect(researcher).toHaveURL(/\/proposals\?sent=/);
	const mine = researcher.getByTestId('proposal').filter({ hasText: approach });
	await expect(mine).toHaveCount(1);
	await expect(mine.getByText('已提交', { exact: true })).toBeVisible();
	expect(await seriousAxeViolations(researcher)).toEqual([]);
	await expectNoHorizontalOverflow(researcher);
	// Answered once: the need no longer offers the form to this researcher.
	await open(researcher, need);
	await expect(researcher.getByRole('link', { name: '响应该需求' })).toHaveCount(0);

	// The company answers without scripts: plain forms.
	const company = await newSignedInPage(browser, demo.company, undefined, { javaScriptEnabled: false });
	await company.goto(need);
	const received = company.getByTestId('proposal').filter({ hasText: approach });
	await expect(received.getByRole('link', { name: '热管理方案.pdf' })).toBeVisible();
	// axe needs scripts in the page: the need page with its proposals is in the a11y sweep (a11y.test.ts).
	await expectNoHorizontalOverflow(company);
	await received.getByRole('button', { name: '入围' }).click();
	await expect(company.getByText('方案已入围，已通知科研人员。')).toBeVisible();
	await expect(received.getByText('已入围', { exact: true })).toBeVisible();
	await received.getByRole('button', { name: '转为意向' }).click();
	await expect(company.getByText('方案已转为对该成果的意向', { exact: false })).toBeVisible();
	await expect(received.getByText('已转为意向', { exact: true })).toBeVisible();
	// The interest is the company's, in the listing, in the officers' queue as any other.
	await company.goto('/interests');
	await expect(company.getByText(listingTitle).first()).toBeVisible();
	await company.context().close();

	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/interests');
	await expect(officer.getByText(approach.slice(0, 20), { exact: false }).first()).toBeVisible();
	await officer.context().close();

	await open(researcher, '/proposals');
	await expect(mine.getByText('已转为意向', { exact: true })).toBeVisible();
	await researcher.context().close();
});
