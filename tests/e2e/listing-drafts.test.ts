import { expect, test, type Browser, type Page } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, hydrated, newSignedInPage, open, signInByRequest } from './helpers';

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
	// Open the editor again online with this device's storage, as after the browser was started
	// again, while the first tab stays offline. Not by closing or leaving the first tab: as it
	// unloads, Chromium drops the emulated offline state and its pagehide save reaches the server,
	// which no phone that really is offline would do (it made this test fail now and then).
	const again = await (
		await browser.newContext({ storageState: await page.context().storageState(), serviceWorkers: 'block' })
	).newPage();
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

/** Saves the draft from "another device": the server moves on past what this browser typed over. */
async function saveElsewhere(page: Page, editUrl: string, fields: Record<string, string>, revision: number) {
	const origin = new URL(page.url()).origin;
	const response = await page.request.post(`${new URL(editUrl).pathname}?/save`, {
		form: { revision: String(revision), ...fields },
		headers: { origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	expect(response.status()).toBe(200);
	// A refused save (a conflict with the revision) is a 200 too, with a failure inside.
	expect((await response.json()).type).toBe('success');
}

/**
 * A new draft whose device copy was typed offline, then saved with other text from elsewhere; the
 * editor opened again in a new tab of the same browser.
 */
async function openWithStaleDeviceCopy(browser: Browser) {
	const page = await newSignedInPage(browser, demo.researcher, undefined, { serviceWorkers: 'block' });
	const context = page.context();
	const editUrl = await newListing(page);
	await context.setOffline(true);
	await page.getByLabel('应用领域').fill('离线时输入的应用领域');
	await expect(page.getByTestId('draft-status')).toHaveText('仅保存在本设备（离线）');
	// The tab is closed before the connection returns, so its copy never reaches the server. Its
	// last save on leaving is a keepalive request, which Chromium may still send once back online:
	// that one is refused here, as a device whose battery ran out would never have sent it.
	const lastSave = (url: URL) => url.pathname === new URL(editUrl).pathname && url.search === '?/save';
	await context.route(lastSave, (route) => route.abort('internetdisconnected'));
	await page.close({ runBeforeUnload: false });
	await context.setOffline(false);
	const other = await context.newPage();
	await other.goto('/');
	await saveElsewhere(other, editUrl, { title: '在另一台设备上输入的标题' }, 0);
	await context.unroute(lastSave);
	await other.close();
	const again = await context.newPage();
	await open(again, editUrl);
	return { context, editUrl, again };
}

test('a device copy older than the server’s draft is offered back, and kept until the user chooses', async ({
	browser
}) => {
	const { context, editUrl, again } = await openWithStaleDeviceCopy(browser);
	const offer = again.getByText(/本设备上有 .* 输入、未能保存到服务器的内容/);
	await expect(offer).toBeVisible();
	await expect(again.getByLabel('标题', { exact: true })).toHaveValue('在另一台设备上输入的标题');
	await expect(again.getByLabel('应用领域')).toHaveValue('');

	// Typing meanwhile is saved as usual and does not cost the offered copy.
	await again.getByLabel('一句话亮点').fill('打开后新输入的亮点');
	await expect(again.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
	await open(again, editUrl);
	await expect(offer).toBeVisible();

	await again.getByRole('button', { name: '恢复本设备的副本' }).click();
	await expect(again.getByLabel('应用领域')).toHaveValue('离线时输入的应用领域');
	await expect(again.getByText('已从本设备恢复未保存的内容')).toBeVisible();
	await expect(again.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
	await open(again, editUrl);
	await expect(again.getByLabel('应用领域')).toHaveValue('离线时输入的应用领域');
	await expect(offer).toHaveCount(0);
	await context.close();
});

test('discarding the offered device copy deletes it; a copy the server already holds goes silently', async ({
	browser
}) => {
	const { context, editUrl, again } = await openWithStaleDeviceCopy(browser);
	await again.getByRole('button', { name: '丢弃副本' }).click();
	await expect(again.getByRole('button', { name: '丢弃副本' })).toHaveCount(0);
	await open(again, editUrl);
	await expect(again.getByLabel('应用领域')).toHaveValue('');
	await expect(again.getByText(/未能保存到服务器的内容/)).toHaveCount(0);
	const copies = () =>
		again.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('zq-listing-draft:')));
	expect(await copies()).toEqual([]);

	// Typed offline, then the same text saved elsewhere: nothing to ask about.
	await context.setOffline(true);
	await again.getByLabel('应用领域').fill('两边相同的内容');
	await expect(again.getByTestId('draft-status')).toHaveText('仅保存在本设备（离线）');
	const typed = await again.evaluate(() => {
		const entries = [...new FormData(document.querySelector<HTMLFormElement>('form.editor')!)];
		return Object.fromEntries(entries.filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
	});
	await again.close({ runBeforeUnload: false });
	await context.setOffline(false);
	const last = await context.newPage();
	await last.goto('/');
	await saveElsewhere(last, editUrl, typed, Number(typed.revision));
	await open(last, editUrl);
	await expect(last.getByLabel('应用领域')).toHaveValue('两边相同的内容');
	await expect(last.getByText(/未能保存到服务器的内容/)).toHaveCount(0);
	expect(
		await last.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('zq-listing-draft:')))
	).toEqual([]);
	await context.close();
});

test('signing out removes the drafts kept on the device; a link to the signed-out page does not', async ({
	browser
}) => {
	const page = await newSignedInPage(browser, demo.researcher);
	await open(page, '/account');
	const copyKey = 'zq-listing-draft:someone:some-listing';
	await page.evaluate((key) => localStorage.setItem(key, '{"typed":"offline"}'), copyKey);
	const kept = () => page.evaluate((key) => localStorage.getItem(key) !== null, copyKey);

	// The session ended without a sign-out (expired), and someone sends this link: the copies wait
	// for the same user's next sign-in, the link is no sign-out.
	await page.context().clearCookies();
	await open(page, '/signin?signedOut=1');
	await expect(page.getByText('您已退出登录。')).toBeVisible();
	expect(await kept()).toBe(true);

	await signInByRequest(page.context(), demo.researcher);
	await open(page, '/account');
	await page.getByRole('button', { name: '退出登录' }).click();
	await page.waitForURL('/signin?signedOut=1');
	await hydrated(page);
	await expect.poll(kept).toBe(false);
	// The mark is used up: copies typed by the next user stay.
	await page.evaluate((key) => localStorage.setItem(key, '{"typed":"next user"}'), copyKey);
	await open(page, '/');
	expect(await kept()).toBe(true);
	await page.context().close();
});

test('草稿已保存 and a refused save show where a phone user at the bottom of the form looks', async ({ browser }) => {
	const page = await newSignedInPage(browser, demo.researcher);
	const editUrl = await newListing(page);
	await page.getByLabel('专利名称').fill('一种低碳曝气控制方法');
	await page.getByRole('button', { name: '保存草稿' }).click();
	const saved = page.getByRole('status').filter({ hasText: '草稿已保存。' });
	await expect(saved).toBeInViewport();
	await expect(page.getByText('草稿已保存。')).toHaveCount(1);

	// Saved meanwhile in another tab: this tab's next save is refused, and says so in sight.
	const other = await page.context().newPage();
	await open(other, editUrl);
	await other.getByLabel('标题', { exact: true }).fill('另一个标签页的标题');
	await expect(other.getByTestId('draft-status')).toHaveText(/^已保存 \d\d:\d\d$/);
	await other.close();
	await page.getByLabel('专利名称').fill('一种低碳曝气控制方法及系统');
	const refused = page.getByRole('status').filter({ hasText: '这份草稿已在别处' });
	await expect(refused).toBeInViewport();
	await page.context().close();
});

test('at 360 px the price and each IPC code stay whole on one line, without sideways scrolling', async ({ page }) => {
	await open(page, '/listings/00000000-0000-4000-8001-000000000001');
	await expectNoHorizontalOverflow(page);
	const terms = page.locator('dl.facts');
	for (const token of ['¥1,200,000.00', 'H01M 10/613', 'H01M 10/6556', 'H01M 10/659', 'B60L 58/26']) {
		// The lines the token's text is laid out on, however the markup wraps it.
		const lines = await terms.evaluate((list, text) => {
			const nodes: Text[] = [];
			const walker = document.createTreeWalker(list, NodeFilter.SHOW_TEXT);
			while (walker.nextNode()) nodes.push(walker.currentNode as Text);
			const whole = nodes.map((node) => node.data).join('');
			let start = whole.indexOf(text);
			if (start < 0) return -1;
			let end = start + text.length;
			const range = document.createRange();
			for (const node of nodes) {
				if (start >= 0 && start <= node.length) range.setStart(node, start);
				if (end >= 0 && end <= node.length) {
					range.setEnd(node, end);
					break;
				}
				start -= node.length;
				end -= node.length;
			}
			return new Set(
				[...range.getClientRects()].filter((rect) => rect.width > 0).map((rect) => Math.round(rect.bottom))
			).size;
		}, token);
		expect(lines, token).toBe(1);
	}
});
