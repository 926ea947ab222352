import { expect, test, type Page } from '@playwright/test';
import { demo, hydrated, newSignedInPage, open } from './helpers';

// Issue #17, item 1: the listing editor lost work on one invalid field.

async function newListing(page: Page): Promise<string> {
	await open(page, '/my/listings');
	await page.getByRole('button', { name: '发布新成果' }).click();
	await page.waitForURL(/\/listings\/[0-9a-f-]+\/edit$/);
	await hydrated(page);
	return page.url();
}

test('a half-typed patent number no longer costs the rest: leaving warns, and reopening shows everything', async ({
	browser
}) => {
	const page = await newSignedInPage(browser, demo.researcher);
	const editUrl = await newListing(page);
	await page.getByLabel('申请号或专利号').fill('CN202110420380.5');
	await page.getByLabel('量化优势').fill('电耗降低 18%');
	await page.getByLabel('应用领域').fill('城镇污水处理厂');
	await expect(page.getByTestId('draft-status')).toHaveText('有未保存的更改');

	// Leaving with unsaved changes asks first; dismissing stays, accepting leaves.
	const dialogs: string[] = [];
	page.once('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
	await page.getByRole('link', { name: '我的成果' }).first().click();
	await expect.poll(() => dialogs).toEqual(['有未保存的更改，确定要离开吗？']);
	expect(page.url()).toBe(editUrl);
	page.once('dialog', (dialog) => void dialog.accept());
	await page.getByRole('link', { name: '我的成果' }).first().click();
	await page.waitForURL(/\/my\/listings$/);

	await open(page, editUrl);
	await expect(page.getByLabel('申请号或专利号')).toHaveValue('CN202110420380.5');
	await expect(page.getByLabel('量化优势')).toHaveValue('电耗降低 18%');
	await expect(page.getByLabel('应用领域')).toHaveValue('城镇污水处理厂');
	await expect(page.getByText('自动保存失败')).toHaveCount(0);
});

test('保存草稿 with an invalid field saves everything, and leaving right after asks nothing', async ({ browser }) => {
	const page = await newSignedInPage(browser, demo.researcher);
	const editUrl = await newListing(page);
	await page.getByLabel('申请号或专利号').fill('CN202110420380.5');
	await page.getByLabel('应用领域').fill('港口岸电');
	await page.getByLabel('授权日').fill('2021-02-03');
	await page.getByRole('button', { name: '保存草稿' }).click();
	await expect(page.getByText('草稿已保存。')).toBeVisible();
	await expect(page.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);

	let asked = false;
	page.on('dialog', (dialog) => ((asked = true), void dialog.dismiss()));
	await page.getByRole('link', { name: '我的成果' }).first().click();
	await page.waitForURL(/\/my\/listings$/);
	expect(asked).toBe(false);

	await open(page, editUrl);
	await expect(page.getByLabel('申请号或专利号')).toHaveValue('CN202110420380.5');
	await expect(page.getByLabel('应用领域')).toHaveValue('港口岸电');
	await expect(page.getByLabel('授权日')).toHaveValue('2021-02-03');

	// Submitting still validates everything, on the field, keeping what was typed.
	await page.getByRole('button', { name: '提交审核' }).click();
	await expect(page.getByText('校验位不正确，请核对专利号。')).toBeVisible();
	await expect(page.getByLabel('申请号或专利号')).toHaveValue('CN202110420380.5');
});

test('保存草稿 pressed while an autosave is on its way waits for it, instead of reporting a conflict', async ({
	browser
}) => {
	const page = await newSignedInPage(browser, demo.researcher);
	const editUrl = await newListing(page);
	// The first save (the autosave) is held on its way until the button has been pressed.
	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	const saves: string[] = [];
	await page.route(/\?\/save$/, async (route) => {
		saves.push(route.request().url());
		if (saves.length === 1) await held;
		await route.continue();
	});
	await page.getByLabel('量化优势').fill('电耗降低 18%');
	await expect(page.getByTestId('draft-status')).toHaveText('正在保存…');
	await page.getByLabel('应用领域').fill('城镇污水处理厂');
	await page.getByRole('button', { name: '保存草稿' }).click();
	release();
	await expect(page.getByText('草稿已保存。')).toBeVisible();
	await expect(page.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
	await expect(page.getByText('这份草稿已在别处')).toHaveCount(0);
	expect(saves).toHaveLength(2);

	await open(page, editUrl);
	await expect(page.getByLabel('量化优势')).toHaveValue('电耗降低 18%');
	await expect(page.getByLabel('应用领域')).toHaveValue('城镇污水处理厂');
});

test('typed offline, the device keeps the draft and restores it when the page is opened again', async ({ browser }) => {
	// No service worker: its own requests ignore the emulated offline state.
	const page = await newSignedInPage(browser, demo.researcher, undefined, { serviceWorkers: 'block' });
	const editUrl = await newListing(page);
	await page.context().setOffline(true);
	await page.getByLabel('应用领域').fill('离线时输入的应用领域');
	await expect(page.getByTestId('draft-status')).toHaveText('仅保存在本设备（离线）');
	// Close the tab while still offline, then come back online in a new one.
	await page.close({ runBeforeUnload: false });
	const again = await page.context().newPage();
	await again.context().setOffline(false);
	await open(again, editUrl);
	await expect(again.getByText('已从本设备恢复未保存的内容')).toBeVisible();
	await expect(again.getByLabel('应用领域')).toHaveValue('离线时输入的应用领域');
	// Saved to the server once back online; the device copy is then gone.
	await expect(again.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
	await open(again, editUrl);
	await expect(again.getByText('已从本设备恢复未保存的内容')).toHaveCount(0);
	await expect(again.getByLabel('应用领域')).toHaveValue('离线时输入的应用领域');
});

test('text typed before the scripts ran is kept', async ({ browser }) => {
	const page = await newSignedInPage(browser, demo.researcher);
	const editUrl = await newListing(page);
	// Hold the app's scripts back until the fields are filled, as on a slow phone.
	let release: () => void = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(editUrl, { waitUntil: 'domcontentloaded' });
	await page.getByLabel('量化优势').fill('加载前输入的优势');
	await page.getByLabel('标题', { exact: true }).fill('加载前输入的标题');
	release();
	await hydrated(page);
	await expect(page.getByLabel('量化优势')).toHaveValue('加载前输入的优势');
	await expect(page.getByLabel('标题', { exact: true })).toHaveValue('加载前输入的标题');
	await expect(page.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
});

test('replaying the "new listing" request makes one draft', async ({ browser }) => {
	const page = await newSignedInPage(browser, demo.researcher);
	await open(page, '/my/listings');
	const key = await page.locator('input[name="creationKey"]').inputValue();
	const origin = new URL(page.url()).origin;
	const post = () =>
		page.request.post('/my/listings?/create', {
			form: { creationKey: key },
			headers: { origin, accept: 'text/html' },
			maxRedirects: 0
		});
	const first = await post();
	const second = await post();
	expect(first.status()).toBe(303);
	expect(second.headers().location).toBe(first.headers().location);
	await open(page, '/my/listings');
	const draftPath = new URL(first.headers().location!, origin).pathname;
	await expect(page.locator(`a[href="${draftPath}"]`)).toHaveCount(1);
});

test('the demo researcher’s half-typed draft opens as typed, and only submitting shows what is wrong', async ({
	browser
}) => {
	const page = await newSignedInPage(browser, demo.researcher);
	await open(page, '/my/listings');
	const editUrl = '/listings/00000000-0000-4000-8001-000000000072/edit';
	await expect(page.locator(`a[href="${editUrl}"]`).first()).toBeVisible();
	await open(page, editUrl);
	await hydrated(page);
	await expect(page.getByLabel('申请号或专利号')).toHaveValue('CN202410356218.5');
	await expect(page.getByLabel('量化优势')).toHaveValue('首次库伦效率 90%\n材料成本比进口硬碳低 40%');
	await expect(page.getByLabel('专利名称')).toHaveValue('一种竹基硬碳负极材料的制备方法');
	await expect(page.locator('.error')).toHaveCount(0);

	await page.getByRole('button', { name: '提交审核' }).click();
	await expect(page.getByText('校验位不正确，请核对专利号。')).toBeVisible();
	await expect(page.getByLabel('申请号或专利号')).toHaveValue('CN202410356218.5');
});
