import { expect, test, type BrowserContext } from '@playwright/test';
import { interestFields } from '../../scripts/lib/app-client.ts';
import { signUpFreshCompany } from './pwa-helpers.ts';
import {
	demo,
	demoPassword,
	expectAccessible,
	expectNoHorizontalOverflow,
	hydrated,
	newSignedInPage,
	open,
	signUpByRequest,
	uniqueEmail
} from './helpers.ts';

// Issue #17: one open interest per company and listing, messages added to it, an empty form and an
// over-long message refused with what was typed kept, and withdrawing only after a confirmation.
// The listings are far down the discovery page, which the offline tests take theirs from.
const sepsisSensor = {
	path: '/listings/00000000-0000-4000-8001-000000000044',
	title: 'Aptamer electrochemical sensor for bedside sepsis testing'
};
const citrusTest = { path: '/listings/00000000-0000-4000-8001-000000000045', title: '柑橘黄龙病田间快速检测技术' };
/** The demo company's interest in it is open in the demo data. */
const digitalTwin = {
	path: '/listings/00000000-0000-4000-8001-000000000015',
	title: '离散制造产线数字孪生与故障预测平台'
};

test('a second send is refused with a link to the open interest: one interest, one notification', async ({
	browser
}) => {
	const company = await newSignedInPage(browser, demo.company);
	// A second tab holds the same form, opened before the first send (as Back from a cache would).
	const staleTab = await company.context().newPage();
	await open(staleTab, `${sepsisSensor.path}/interest`);

	await open(company, sepsisSensor.path);
	await company.getByRole('link', { name: '表达许可意向' }).click();
	await hydrated(company);
	// Nothing preselected: an empty form is refused, and what was typed stays.
	await expect(company.getByLabel('希望的合作方式')).toHaveValue('');
	await company.getByLabel('应用领域').fill('床旁诊断设备');
	await company.getByRole('button', { name: '发送意向' }).click();
	await expect(company.getByText('请选择希望的合作方式，或写下留言。')).toBeVisible();
	await expect(company.getByLabel('希望的合作方式')).toHaveAttribute('aria-invalid', 'true');
	await expect(company.getByLabel('应用领域')).toHaveValue('床旁诊断设备');

	const first = `第一次发送的意向 ${Date.now()}`;
	await company.getByLabel('留言').fill(first);
	await company.getByRole('button', { name: '发送意向' }).click();
	await company.waitForURL(/\/interests\?sent=/);

	// Back: no empty form any more, but the open interest and a way to add to it.
	await company.goBack();
	await expect(company.getByRole('heading', { name: '补充留言' })).toBeVisible();
	await expect(company.getByTestId('open-interest')).toContainText('意向已发送 · 新意向');
	await expect(company.getByRole('button', { name: '发送意向' })).toHaveCount(0);

	// The stale form sends anyway: refused, with the link, and the text kept.
	const second = `第二次发送的意向 ${Date.now()}`;
	await staleTab.getByLabel('希望的合作方式').selectOption('option');
	await staleTab.getByLabel('留言').fill(second);
	await staleTab.getByRole('button', { name: '发送意向' }).click();
	await expect(staleTab.getByText('已向该成果发送过意向。')).toBeVisible();
	await expect(staleTab.getByLabel('留言')).toHaveValue(second);
	await expect(staleTab.getByRole('link', { name: '查看意向' })).toHaveAttribute('href', /^\/interests#interest-/);
	// What was typed can go to the open interest instead.
	await staleTab.getByRole('button', { name: '将这段留言补充到已发送的意向' }).click();
	await staleTab.waitForURL(/\/interests\?added=/);
	await expect(staleTab.getByText('留言已补充到意向中')).toBeVisible();

	await open(company, '/interests');
	const cards = company.locator('li.card', { has: company.getByRole('link', { name: sepsisSensor.title }) });
	await expect(cards).toHaveCount(1);
	await expect(cards.getByText(first)).toBeVisible();
	await expect(cards.getByText(second)).toBeVisible();

	// The officer heard of the interest once, and of the added message once.
	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/notifications');
	const about = (kind: string) =>
		officer
			.getByTestId('notification')
			.filter({ hasText: kind })
			.filter({ has: officer.getByRole('link', { name: sepsisSensor.title }) });
	await expect(about('收到新的许可意向')).toHaveCount(1);
	await expect(about('意向有新的留言')).toHaveCount(1);
});

test('the listing shows the open interest instead of the button, and a message is added to it', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, digitalTwin.path);
	await expect(company.getByTestId('open-interest')).toContainText('意向已发送 · 新意向');
	await expect(company.getByRole('link', { name: '表达许可意向' })).toHaveCount(0);
	await company.getByRole('link', { name: '补充留言' }).click();
	await hydrated(company);

	// The counter counts what is typed; over the limit the server refuses and keeps the text.
	const message = company.getByLabel('留言');
	await expect(company.getByText('0 / 4,000 字')).toBeVisible();
	await message.fill('长'.repeat(4001));
	await expect(company.getByText('4,001 / 4,000 字')).toBeVisible();
	await expect(company.getByTestId('counter-announcement')).toHaveText('已超出 1 字');
	await company.getByRole('button', { name: '发送留言' }).click();
	await expect(company.getByText('留言最多 4,000 字，请删减后再发送。')).toBeVisible();
	await expect(message).toHaveValue('长'.repeat(4001));

	const added = `补充的留言 ${Date.now()}`;
	await message.fill(added);
	await company.getByRole('button', { name: '发送留言' }).click();
	await company.waitForURL(/\/interests\?added=/);
	const card = company.locator('li.card', { has: company.getByRole('link', { name: digitalTwin.title }) });
	await expect(card.getByText(added)).toBeVisible();
	await expectAccessible(company, `${digitalTwin.path}/interest`);
	await expectAccessible(company, digitalTwin.path);
	await expectAccessible(company, '/interests');
});

test('the deal room’s message box counts its characters too', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company);
	await open(company, '/interests');
	await company.getByRole('link', { name: '进入交易室' }).first().click();
	await company.waitForURL(/\/deals\/[0-9a-f-]{36}$/);
	await hydrated(company);
	await expect(company.getByText('0 / 4,000 字')).toBeVisible();
	await company.getByLabel('消息').fill('你好');
	await expect(company.getByText('2 / 4,000 字')).toBeVisible();
});

test('withdrawing asks first, without JavaScript too', async ({ browser }) => {
	const company = await newSignedInPage(browser, demo.company, demoPassword, { javaScriptEnabled: false });
	await company.goto(`${citrusTest.path}/interest`);
	const text = `想撤回的意向 ${Date.now()}`;
	await company.getByLabel('留言').fill(text);
	await company.getByRole('button', { name: '发送意向' }).click();
	await expect(company).toHaveURL(/\/interests\?sent=/);

	const card = company.locator('li.card', { hasText: text });
	const confirm = card.getByRole('button', { name: '确认撤回' });
	await expect(confirm).toBeHidden();
	await card.getByText('撤回意向', { exact: true }).click();
	await expect(card.getByText('确定撤回吗？')).toBeVisible();
	await confirm.click();
	await expect(company.getByText('意向已撤回。')).toBeVisible();
	await expect(company.locator('li.card', { hasText: text })).toHaveAttribute('data-status', 'withdrawn');

	// Withdrawn is closed: the listing offers a new interest again.
	await company.goto(citrusTest.path);
	await expect(company.getByRole('link', { name: '表达许可意向' })).toBeVisible();
});

test('in English: the empty form, the open interest on the listing, an added message and withdrawing', async ({
	browser,
	baseURL
}) => {
	// A company of its own: its interests depend on no other test.
	const context = await browser.newContext();
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL! }]);
	await signUpByRequest(context, { role: 'company', email: uniqueEmail('interest-en'), displayName: 'Lin Wei' });
	const company = await context.newPage();

	await open(company, sepsisSensor.path);
	await company.getByRole('link', { name: 'Express interest' }).click();
	await hydrated(company);
	await company.getByRole('button', { name: 'Send interest' }).click();
	await expect(company.getByText('Choose the mode you want, or write a message.')).toBeVisible();
	const first = `Interest sent in English ${Date.now()}`;
	await company.getByLabel('Message').fill(first);
	await company.getByRole('button', { name: 'Send interest' }).click();
	await company.waitForURL(/\/interests\?sent=/);

	await open(company, sepsisSensor.path);
	await expect(company.getByTestId('open-interest')).toContainText('Interest sent · New');
	await expect(company.getByRole('link', { name: 'Express interest' })).toHaveCount(0);
	await company.getByRole('link', { name: 'Add a message' }).click();
	await expect(company.getByRole('heading', { name: 'Add a message to your interest' })).toBeVisible();
	await hydrated(company);
	await expect(company.getByText('0 / 4,000 characters')).toBeVisible();
	const added = `Added in English ${Date.now()}`;
	await company.getByLabel('Message').fill(added);
	await company.getByRole('button', { name: 'Send the message' }).click();
	await company.waitForURL(/\/interests\?added=/);
	await expect(
		company.getByText('Message added to the interest. The transfer office has been notified.')
	).toBeVisible();

	const card = company.locator('li.card', { hasText: first });
	await expect(card.getByText(added)).toBeVisible();
	await card.getByText('Withdraw', { exact: true }).click();
	await expect(card.getByText('Withdraw it?', { exact: false })).toBeVisible();
	await card.getByRole('button', { name: 'Yes, withdraw' }).click();
	await expect(company.getByText('Interest withdrawn.')).toBeVisible();
	await expectAccessible(company, '/interests');
	await context.close();
});

/** Sends an interest in `path` from the context's session, as the form does: the interest's id. */
async function sendInterest(context: BrowserContext, path: string, message: string): Promise<string> {
	const response = await context.request.post(`${path}/interest`, {
		form: interestFields(crypto.randomUUID(), message),
		headers: { origin: test.info().project.use.baseURL!, accept: 'text/html' },
		maxRedirects: 0
	});
	expect(response.status()).toBe(303);
	return new URL(response.headers()['location'], 'http://x').searchParams.get('sent')!;
}

test('a message cannot be added to the open interest of another listing, nor with an altered form', async ({
	browser
}) => {
	const context = await browser.newContext();
	await signUpFreshCompany(context, 'other-listing');
	const other = await sendInterest(context, citrusTest.path, `另一项成果的意向 ${Date.now()}`);
	await sendInterest(context, sepsisSensor.path, `这项成果的意向 ${Date.now()}`);
	const company = await context.newPage();
	await open(company, `${sepsisSensor.path}/interest`);
	await hydrated(company);

	// The hidden field names the interest in the citrus listing: refused, nothing added to it.
	const stray = `补充到错误意向的留言 ${Date.now()}`;
	await company
		.locator('input[name="interest"]')
		.evaluate((input, id) => ((input as HTMLInputElement).value = id), other);
	await company.getByLabel('留言').fill(stray);
	await company.getByRole('button', { name: '发送留言' }).click();
	await expect(company.getByText('这条意向已不能补充留言', { exact: false })).toBeVisible();
	await expect(company.getByLabel('留言')).toHaveValue(stray);

	// A hidden field that is no id at all: a message saying to reload, the text kept.
	await company.locator('input[name="interest"]').evaluate((input) => ((input as HTMLInputElement).value = 'x'));
	await company.getByRole('button', { name: '发送留言' }).click();
	await expect(company.getByText('表单已被修改或已过期，没有保存。请刷新页面后重试。')).toBeVisible();
	await expect(company.getByLabel('留言')).toHaveValue(stray);

	await open(company, '/interests');
	await expect(company.getByText(stray)).toHaveCount(0);
	await context.close();
});

test('emoji count one character each: 4,000 of them are sent, and long unbroken text wraps at 360 px', async ({
	browser
}) => {
	const context = await browser.newContext();
	await signUpFreshCompany(context, 'emoji');
	await sendInterest(context, sepsisSensor.path, `😀`.repeat(300));
	const company = await context.newPage();
	await open(company, `${sepsisSensor.path}/interest`);
	await hydrated(company);
	const emoji = '😀'.repeat(4000);
	await company.getByLabel('留言').fill(emoji);
	await expect(company.getByText('4,000 / 4,000 字')).toBeVisible();
	await company.getByRole('button', { name: '发送留言' }).click();
	await company.waitForURL(/\/interests\?added=/);
	await expect(company.getByText(emoji, { exact: true })).toHaveCount(1);
	await expectNoHorizontalOverflow(company);
	await context.close();
});
