import { readFileSync } from 'node:fs';
import postgres from 'postgres';
import { expect, test } from '@playwright/test';
import { expectAccessible, hydrated, open } from './helpers.ts';
import { openDealAtTermSheet } from './deal-helpers.ts';

// Issue #19, public notice and objections, at 360 px on the PostgreSQL-backed server (project
// deals-postgres), where the test moves the notice past its 15 days instead of waiting.
// Not the deal flow's listing (tests/e2e/deals.test.ts, same server): the company's interest
// there is still open, and a company holds one open interest per listing.
const listingId = '00000000-0000-4000-8001-000000000003';
const title = '电动汽车热泵空调与电池热管理一体化系统';

test('an officer publishes a deal’s notice, a visitor objects, the officer resolves it, the deal is signed after the period', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const note = `希望尽快签约 ${Date.now()}`;
	const { officer, dealPath, dealId, card } = await openDealAtTermSheet(browser, listingId, note);
	// No notice without a price: the refusal says what is missing.
	await card.getByRole('button', { name: '移至：校内公示' }).click();
	await expect(officer.getByText('进入公示前，请先在条款中填写合作方式和价格')).toBeVisible();
	await expect(card.locator('.badge.stage')).toHaveText('条款清单');
	await officer.getByLabel('入门费（元）').fill('1200000');
	await officer.getByLabel('提成比例（%）').fill('3.5');
	await officer.getByRole('button', { name: '保存条款' }).click();
	await expect(officer.getByText('条款已保存。')).toBeVisible();
	await card.getByRole('button', { name: '移至：校内公示' }).click();
	await expect(card.locator('.badge.stage')).toHaveText('校内公示');
	await expect(card.getByText(/^公示期还剩 15 天/)).toBeVisible();
	const noticeLink = officer.getByRole('link', { name: /^查看公示/ });
	await expect(noticeLink).toHaveText('查看公示 · 公示中');
	const noticePath = await noticeLink.getAttribute('href');

	// A visitor, signed out, finds the notice on /notices (newest first, filtered to those running).
	const visitor = await browser.newPage();
	await open(visitor, '/notices');
	await visitor.getByLabel('状态').selectOption('in_progress');
	await visitor.getByRole('button', { name: '筛选' }).click();
	await visitor.waitForURL(/status=in_progress/);
	// The deal flow on the same PostgreSQL server may have published a notice meanwhile: the newest
	// of all is not necessarily this one, so it is found by its title among the running ones.
	const notice = visitor.locator('ul.cards > li', { hasText: `关于《${title}》独占许可的公示` });
	await expect(notice).toHaveCount(1);
	await notice.getByRole('link').click();
	await visitor.waitForURL(noticePath!);
	await hydrated(visitor);
	await expect(visitor.getByText('¥1,200,000.00')).toBeVisible();
	await expect(visitor.getByText('3.5%')).toBeVisible();
	await expect(visitor.getByText('协议定价')).toBeVisible();
	await expectAccessible(visitor, noticePath!);

	// A contact that is neither a phone number nor an email is refused; what was typed stays.
	const grounds = '该成果的完成人名单遗漏了参与样机试验的工程师，请核实。';
	await visitor.getByLabel('姓名或单位名称').fill('周工');
	await visitor.getByLabel('联系电话或电子邮箱').fill('找我');
	await visitor.getByLabel('异议理由').fill(grounds);
	await visitor.getByRole('button', { name: '提交异议' }).click();
	await expect(visitor.getByText('请填写手机号、电话号码或电子邮箱。')).toBeVisible();
	await expect(visitor.getByLabel('异议理由')).toHaveValue(grounds);
	await visitor.getByLabel('联系电话或电子邮箱').fill('zhou@example.cn');
	await visitor.getByRole('button', { name: '提交异议' }).click();
	const sent = visitor.getByText(/^异议已提交，受理编号 YY\d{4}-\d{6}。/);
	await expect(sent).toBeVisible();
	const reference = (await sent.textContent())!.match(/YY\d{4}-\d{6}/)![0];
	// The public sees the objection by its reference, not who sent it or why.
	await open(visitor, noticePath!);
	await expect(visitor.getByText('异议处理中')).toBeVisible();
	await expect(visitor.getByText(reference)).toBeVisible();
	await expect(visitor.getByText(grounds)).toHaveCount(0);

	// The officer reads it in full in the deal room and dismisses it, with reasons.
	await open(officer, dealPath);
	await expect(officer.getByText(grounds)).toBeVisible();
	await expect(officer.getByText('周工 · zhou@example.cn')).toBeVisible();
	await expectAccessible(officer, dealPath);
	// Spaces pass the browser's `required` but not the server: the refusal shows at the field.
	await officer.getByLabel('处理意见（驳回理由将公开显示）').fill('   ');
	await officer.getByRole('button', { name: '驳回异议' }).click();
	await expect(officer.getByText('请填写此项。')).toBeVisible();
	await officer.getByLabel('处理意见（驳回理由将公开显示）').fill('经核查，完成人名单与专利证书一致。');
	await officer.getByRole('button', { name: '驳回异议' }).click();
	await expect(officer.getByText('异议已处理。')).toBeVisible();
	await open(visitor, noticePath!);
	await expect(visitor.getByText('处理意见: 经核查，完成人名单与专利证书一致。')).toBeVisible();
	await expect(visitor.getByText('已驳回')).toBeVisible();

	// Fifteen days later the notice has passed, and the deal is signed.
	const database = postgres(readFileSync(process.env.E2E_DATABASE_URL_FILE!, 'utf8'), { max: 1, onnotice: () => {} });
	try {
		await database.begin(async (sql) => {
			await sql`alter table public.public_notices disable trigger public_notices_frozen`;
			await sql`update public.public_notices set starts_at = starts_at - interval '16 days',
				ends_at = ends_at - interval '16 days' where deal_id = ${dealId}`;
			await sql`alter table public.public_notices enable trigger public_notices_frozen`;
			await sql`update public.deals set notice_ends_at = now() - interval '1 minute' where id = ${dealId}`;
		});
	} finally {
		await database.end();
	}
	await open(visitor, noticePath!);
	await expect(visitor.getByText('公示期满', { exact: true })).toBeVisible();
	await expect(visitor.getByText('公示已结束，不再受理异议。')).toBeVisible();
	await open(officer, dealPath);
	await card.getByLabel('合同生效日期').fill('2026-12-20');
	await card.getByRole('button', { name: '移至：已签约' }).click();
	await expect(card.locator('.badge.stage')).toHaveText('已签约');
	await expectAccessible(visitor, '/notices');
});
