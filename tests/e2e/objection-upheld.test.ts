import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated, open } from './helpers.ts';
import { openDealAtTermSheet } from './deal-helpers.ts';

// Issue #19: an objection the office upholds, at 360 px. The notice is withdrawn, the deal goes
// back to negotiation, and the public notice page says withdrawn; an open /notices follows live. A listing of its own (the demo
// researcher's magnesium alloy), on the embedded server: no clock needs moving.
const listingId = '00000000-0000-4000-8001-000000000020';

test('an officer upholds an objection: the notice is withdrawn and the deal is back in negotiation', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { officer, dealPath, card } = await openDealAtTermSheet(browser, listingId, `受让意向 ${Date.now()}`);
	await officer.getByLabel('入门费（元）').fill('900000');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	// A visitor keeps /notices open: the new notice and later its withdrawal arrive without a reload.
	const board = await browser.newPage();
	await open(board, '/notices');
	const boardCard = board.locator('ul.cards > li', { hasText: '低稀土高强韧镁合金及其挤压成形方法' });
	await expect(boardCard).toHaveCount(0);
	await card.getByRole('button', { name: '移至：校内公示' }).click();
	await expect(card.locator('.badge.stage')).toHaveText('校内公示');
	const noticePath = (await officer.getByRole('link', { name: /^查看公示/ }).getAttribute('href'))!;
	await expect(boardCard).toContainText('公示中');

	// A visitor, signed out, objects on the notice's page.
	const visitor = await browser.newPage();
	await open(visitor, noticePath);
	await hydrated(visitor);
	const grounds = '该镁合金挤压工艺的关键参数来自本单位的合作课题，学校无权单独许可。';
	await visitor.getByLabel('姓名或单位名称').fill('重庆某镁业有限公司');
	await visitor.getByLabel('联系电话或电子邮箱').fill('023-68250000');
	await visitor.getByLabel('异议理由').fill(grounds);
	await visitor.getByRole('button', { name: '提交异议' }).click();
	await expect(visitor.getByText(/^异议已提交，受理编号 YY\d{4}-\d{6}。/)).toBeVisible();

	// The officer is told, reads it in full in the deal room, and upholds it.
	await open(officer, '/notifications');
	await expect(officer.getByText('有人对公示提出了异议，请在交易室处理').first()).toBeVisible();
	await open(officer, dealPath);
	await hydrated(officer);
	await expect(officer.getByText(grounds)).toBeVisible();
	await officer
		.getByLabel('处理意见（驳回理由将公开显示）')
		.fill('经核查，合作课题合同约定该工艺归双方共有，本次许可暂停。');
	await officer.getByRole('button', { name: '异议成立，撤回公示' }).click();
	await expect(officer.getByText('异议已处理。')).toBeVisible();
	await expect(boardCard).toContainText('已撤回');
	await open(officer, dealPath);
	await expect(card.locator('.badge.stage')).toHaveText('商务谈判');
	await expect(officer.getByRole('link', { name: /^查看公示/ })).toHaveText('查看公示 · 已撤回');

	// The public page says withdrawn, takes no more objections, and shows the decision.
	await expectAccessible(visitor, noticePath);
	await expect(visitor.getByText('已撤回').first()).toBeVisible();
	await expect(visitor.getByText('该公示已撤回，不再受理异议。交易条款变更后须重新完整公示。')).toBeVisible();
	await expect(visitor.getByLabel('异议理由')).toHaveCount(0);
	await expect(visitor.getByText(grounds)).toHaveCount(0);
});
