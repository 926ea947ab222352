import { expect, test } from '@playwright/test';
import {
	demo,
	expectNoHorizontalOverflow,
	hydrated,
	newPassword,
	newSignedInPage,
	open,
	seriousAxeViolations,
	uniqueEmail
} from './helpers';

// Universities, their colleges and researchers confirmed by their university (issue #24), on a phone.
const phone = { viewport: { width: 360, height: 740 } };

test.describe.configure({ timeout: 150_000 });

test('a researcher signs up under a college, cannot submit until the demo officer confirms them, then submits', async ({
	browser
}) => {
	const email = uniqueEmail('confirmed-researcher');
	const name = `待确认研究员${Date.now() % 100_000}`;
	const title = `低温等离子体废气处理装置 ${Date.now()}`;
	const page = await (await browser.newContext(phone)).newPage();
	await open(page, '/signup');
	await page.getByLabel('科研人员').check();
	await page.getByLabel('姓名或称呼').fill(name);
	await page.getByLabel('电子邮箱').fill(email);
	await page.getByLabel('密码').fill(newPassword);
	await page.getByLabel('所在高校').selectOption({ label: '缙云大学' });
	await page.getByLabel('所在学院').selectOption({ label: '材料与能源学院' });
	await expectNoHorizontalOverflow(page);
	await page.getByRole('button', { name: '创建账号' }).click();
	await page.waitForURL('/account?welcome=1');

	await open(page, '/');
	await expect(page.getByTestId('home-card-membership_pending')).toContainText('等待所在高校确认身份');
	await expect(page.getByTestId('home-card-membership_pending')).toContainText('材料与能源学院');

	// A complete listing: saved as a draft, refused at submission with the reason, nothing lost.
	await open(page, '/my/listings');
	await page.getByRole('button', { name: '发布新成果' }).click();
	await page.waitForURL(/\/listings\/[0-9a-f-]+\/edit$/);
	await hydrated(page);
	await expect(page.getByTestId('membership-notice')).toContainText('尚未确认您的身份');
	await page.getByLabel('标题', { exact: true }).fill(title);
	await page.getByLabel('一句话亮点').fill('VOCs 去除率 95%，能耗比催化燃烧低 40%');
	await page.getByLabel('技术简介').fill('介质阻挡放电与催化剂协同处理喷涂车间挥发性有机废气。');
	await page.getByLabel('所属行业').selectOption('energy_environment');
	await page.getByLabel('技术成熟度（TRL）').selectOption('5');
	await page.getByLabel('独占许可').check();
	await page.getByLabel('贡献比例（%）').fill('100');
	await page.getByLabel('申请号或专利号').fill('CN201710601862.3');
	await page.getByRole('button', { name: '提交审核' }).click();
	await expect(page.getByRole('alert').filter({ hasText: '所在高校尚未确认您的科研人员身份' })).toBeVisible();
	await expect(page.getByLabel('标题', { exact: true })).toHaveValue(title);
	await expectNoHorizontalOverflow(page);

	// The demo officer finds them on the home's card and confirms them.
	const officer = await newSignedInPage(browser, demo.officer, undefined, phone);
	await open(officer, '/');
	const card = officer.getByTestId('home-card-pending_researchers');
	await expect(card).toContainText(name);
	await card.getByRole('link', { name: '待确认的科研人员' }).click();
	await officer.waitForURL('/members');
	await hydrated(officer);
	await expectNoHorizontalOverflow(officer);
	expect(await seriousAxeViolations(officer)).toEqual([]);
	const row = officer.getByTestId('member-row').filter({ hasText: email });
	await expect(row).toContainText('材料与能源学院');
	// Declining asks for a reason first; then the officer confirms instead.
	await row.getByRole('button', { name: '不予确认' }).click();
	await expect(row.getByText('不予确认时请写明理由。')).toBeVisible();
	await row.getByRole('button', { name: '确认身份' }).click();
	await expect(officer.getByRole('status').filter({ hasText: '已确认该科研人员的身份。' })).toBeVisible();
	await expect(officer.getByTestId('member-row').filter({ hasText: email })).toHaveCount(0);

	// Confirmed, the researcher submits the same draft.
	await page.reload();
	await hydrated(page);
	await expect(page.getByTestId('membership-notice')).toHaveCount(0);
	await page.getByRole('button', { name: '提交审核' }).click();
	await page.waitForURL(/\/my\/listings\?submitted=/);
	await open(page, '/');
	await expect(page.getByTestId('home-card-membership_pending')).toHaveCount(0);
});

test('an admin adds a university and its college, the officer one of their own; sign-up without scripts pairs them', async ({
	browser
}) => {
	const stamp = Date.now() % 1_000_000;
	const university = `嘉陵理工学院${stamp}`;
	const college = `计算机学院${stamp}`;
	const ownCollege = `材料科学与工程学院${stamp}`;

	const admin = await newSignedInPage(browser, demo.admin, undefined, phone);
	await open(admin, '/colleges');
	await admin.getByLabel('中文名称').first().fill(university);
	await admin.getByRole('button', { name: '添加高校' }).click();
	const added = admin.getByTestId('university-colleges').filter({ hasText: university });
	await expect(added).toContainText('尚未添加学院');
	await added.getByLabel('中文名称').fill(college);
	await added.getByLabel('英文名称').fill('School of Computer Science');
	await added.getByRole('button', { name: '添加学院' }).click();
	await expect(added.getByRole('listitem').filter({ hasText: college })).toBeVisible();
	// The same university again is refused on its name field, which keeps what was typed.
	await admin.getByLabel('中文名称').first().fill(` ${university} `);
	await admin.getByRole('button', { name: '添加高校' }).click();
	await expect(admin.getByText('已有同名高校（中文或英文名称相同）。')).toBeVisible();
	await expect(admin.getByLabel('中文名称').first()).toHaveValue(` ${university} `);
	await expect(admin.getByTestId('university-colleges').filter({ hasText: university })).toHaveCount(1);
	await expectNoHorizontalOverflow(admin);
	expect(await seriousAxeViolations(admin)).toEqual([]);

	// The officer sees their own university only, and adds to it; a name twice is refused on the field.
	const officer = await newSignedInPage(browser, demo.officer, undefined, phone);
	await open(officer, '/colleges');
	await expect(officer.getByTestId('university-colleges')).toHaveCount(1);
	await expect(officer.getByText(university)).toHaveCount(0);
	await officer.getByLabel('中文名称').fill(ownCollege);
	await officer.getByRole('button', { name: '添加学院' }).click();
	await expect(
		officer.getByTestId('university-colleges').getByRole('listitem').filter({ hasText: ownCollege })
	).toBeVisible();
	await officer.getByLabel('中文名称').fill(ownCollege);
	await officer.getByRole('button', { name: '添加学院' }).click();
	await expect(officer.getByText('该高校已有同名学院。')).toBeVisible();
	expect(await seriousAxeViolations(officer)).toEqual([]);

	// Without scripts every college shows under its university; a mismatched pair is refused, kept.
	const noScript = await (await browser.newContext({ ...phone, javaScriptEnabled: false })).newPage();
	await noScript.goto('/signup');
	await noScript.getByLabel('科研人员').check();
	await noScript.getByLabel('姓名或称呼').fill('无脚本研究员');
	const email = uniqueEmail('no-script-researcher');
	await noScript.getByLabel('电子邮箱').fill(email);
	await noScript.getByLabel('密码').fill(newPassword);
	await noScript.getByLabel('所在高校').selectOption({ label: '缙云大学' });
	await expect(noScript.locator(`optgroup[label="${university}"] option`)).toHaveText([college]);
	await noScript.getByLabel('所在学院').selectOption({ label: college });
	await noScript.getByRole('button', { name: '创建账号' }).click();
	await expect(noScript.getByText('所选学院不属于所选高校，请重新选择学院。')).toBeVisible();
	await expect(noScript.getByLabel('所在学院')).toHaveAttribute('aria-invalid', 'true');
	await expect(noScript.getByLabel('电子邮箱')).toHaveValue(email);
	await noScript.getByLabel('密码').fill(newPassword);
	await noScript.getByLabel('所在高校').selectOption({ label: university });
	await noScript.getByRole('button', { name: '创建账号' }).click();
	await noScript.waitForURL('/account?welcome=1');
	await noScript.goto('/');
	await expect(noScript.getByTestId('home-card-membership_pending')).toContainText(college);
});
