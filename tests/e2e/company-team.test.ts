import { expect, test } from '@playwright/test';
import { demo, expectAccessible, newPassword, newSignedInPage, open, uniqueEmail } from './helpers';

// Company teams (docs/domain.md, "Company teams"), at the default 360 px: the demo founder
// invites by link, a new person signs up through it, joins the company and sees its deals; the
// founder removes them again and they see none.
test.describe.configure({ timeout: 150_000 });

test('a colleague joins the demo company through an invitation link and sees its deals', async ({ browser }) => {
	const founder = await newSignedInPage(browser, demo.company);
	await open(founder, '/deals');
	const dealLinks = founder.locator('.board a[href^="/deals/"]');
	const companyDeals = (await dealLinks.allTextContents()).sort();
	expect(companyDeals.length).toBeGreaterThan(0);

	// The team page: both demo members, the waiting invitation, accessible and 360 px wide.
	await expectAccessible(founder, '/account/team');
	await expect(founder.locator('strong', { hasText: '林晓燕' })).toBeVisible();
	await expect(founder.locator('strong', { hasText: 'zhou.min@example.com' })).toBeVisible();
	await founder.getByRole('button', { name: '生成邀请链接' }).click();
	await expect(founder.getByText('邀请已生成。请现在复制链接：它只显示这一次。')).toBeVisible();
	const link = await founder.getByLabel('邀请链接', { exact: true }).inputValue();
	expect(link).toMatch(/\/invitations\/[a-z2-7]{32}$/);

	// A new person opens the link signed out, signs up, and lands in the company.
	const invitee = await (await browser.newContext()).newPage();
	await expectAccessible(invitee, new URL(link).pathname);
	await expect(invitee.getByText('您受邀加入知桥上的山城新能源汽车科技有限公司。')).toBeVisible();
	await expect(invitee).toHaveTitle(/企业团队邀请/);
	const email = uniqueEmail('colleague');
	await invitee.getByLabel('姓名或称呼').fill('新同事');
	await invitee.getByLabel('电子邮箱').fill(email);
	await invitee.getByLabel('密码').fill(newPassword);
	await invitee.getByRole('button', { name: '注册并加入山城新能源汽车科技有限公司' }).click();
	await invitee.waitForURL('/account/team?joined=1');
	await expect(invitee.getByText('您已加入山城新能源汽车科技有限公司')).toBeVisible();
	await open(invitee, '/deals');
	expect((await invitee.locator('.board a[href^="/deals/"]').allTextContents()).sort()).toEqual(companyDeals);

	// The link is used up.
	const stranger = await (await browser.newContext()).newPage();
	await open(stranger, new URL(link).pathname);
	await expect(stranger.getByText('邀请已被使用。每个链接只能使用一次，请同事重新生成。')).toBeVisible();

	// The founder removes the new member, who then sees none of the company's deals.
	await open(founder, '/account/team');
	await founder.getByRole('button', { name: /^移除\s*: 新同事$/ }).click();
	await expect(founder.getByText('成员已移除，对方将不再看到企业的交易、意向和需求。')).toBeVisible();
	await open(invitee, '/deals');
	await expect(invitee.locator('.board a[href^="/deals/"]')).toHaveCount(0);
	await open(invitee, '/account/team');
	await expect(invitee.getByText('您的账号目前不属于任何企业。')).toBeVisible();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the founder invites by email, sees the link, and revokes it', async ({ browser }) => {
		const founder = await newSignedInPage(browser, demo.company, undefined, { javaScriptEnabled: false });
		await founder.goto('/account/team');
		await founder.getByLabel('同事邮箱（选填）').fill('not-an-email');
		await founder.getByRole('button', { name: '生成邀请链接' }).click();
		await expect(founder.getByText('请输入有效的电子邮箱地址。')).toBeVisible();
		await expect(founder.getByLabel('同事邮箱（选填）')).toHaveValue('not-an-email');
		// A member's own address: refused on the field, kept as typed.
		await founder.getByLabel('同事邮箱（选填）').fill(demo.company);
		await founder.getByRole('button', { name: '生成邀请链接' }).click();
		await expect(founder.getByText('该邮箱已是本企业的成员。')).toBeVisible();
		await expect(founder.getByLabel('同事邮箱（选填）')).toHaveValue(demo.company);
		const address = uniqueEmail('nojs');
		await founder.getByLabel('同事邮箱（选填）').fill(address);
		await founder.getByRole('button', { name: '生成邀请链接' }).click();
		const link = await founder.getByLabel(`发给 ${address} 的邀请链接`).inputValue();
		expect(link).toContain('/invitations/');
		// Reloading the answer posts the form again: the first invitation is found, none is added.
		await founder.reload();
		await expect(founder.getByText('表单第一次提交时已生成此邀请')).toBeVisible();
		await expect(founder.locator('strong', { hasText: address })).toHaveCount(1);

		await founder.goto('/account/team');
		await founder.getByRole('button', { name: new RegExp(`^撤销\\s*: ${address.replaceAll('.', '\\.')}$`) }).click();
		await expect(founder.getByText('邀请已撤销，链接已失效。')).toBeVisible();
		await founder.goto(new URL(link).pathname);
		await expect(founder.getByText('邀请已被撤销。请同事重新生成链接。')).toBeVisible();
	});
});
