import { createECDH, randomBytes } from 'node:crypto';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { demo, expectAccessible, expectNoHorizontalOverflow, hydrated, open, signInByRequest } from './helpers';
import { controlled } from './pwa-helpers';

// Web push in Chromium (docs/domain.md, "Web push"). A real push service cannot be reached here,
// so: a push message goes to the app's service worker through the DevTools protocol, as the push
// service would hand it over; and the devices page subscribes through a stand-in pushManager
// that returns a subscription this test made (what the page posts, the contract, is real).

const baseURL = () => test.info().project.use.baseURL!;

/** A subscription as a browser makes one: its endpoint and its keys. */
function testSubscription(name: string) {
	const ecdh = createECDH('prime256v1');
	return {
		endpoint: `https://fcm.googleapis.com/fcm/send/e2e-${name}-${Date.now()}`,
		p256dh: ecdh.generateKeys().toString('base64url'),
		auth: randomBytes(16).toString('base64url')
	};
}

/** A DevTools session with the ServiceWorker domain on, and the app's registration id. */
async function serviceWorkerSession(context: BrowserContext, page: Page) {
	const session = await context.newCDPSession(page);
	const found = new Promise<string>((resolve) =>
		session.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
			const ours = registrations.find((registration) => registration.scopeURL === `${baseURL()}/`);
			if (ours && !ours.isDeleted) resolve(ours.registrationId);
		})
	);
	await session.send('ServiceWorker.enable');
	return { session, id: await found };
}

test('a push message shows a notification from the service worker, and a tap opens its page', async ({ browser }) => {
	const context = await browser.newContext();
	await context.grantPermissions(['notifications'], { origin: baseURL() });
	await signInByRequest(context, demo.company);
	const page = await context.newPage();
	await open(page, '/notifications');
	await controlled(page);
	const { session, id } = await serviceWorkerSession(context, page);
	const payload = { title: '有新的许可意向', body: '动力电池快充', url: '/deals', tag: 'notification-e2e' };
	await session.send('ServiceWorker.deliverPushMessage', {
		origin: baseURL(),
		registrationId: id,
		data: JSON.stringify(payload)
	});
	const shown = () =>
		page.evaluate(async () =>
			(await (await navigator.serviceWorker.ready).getNotifications()).map((notification) => ({
				title: notification.title,
				body: notification.body,
				tag: notification.tag,
				icon: notification.icon,
				data: notification.data as { url: string }
			}))
		);
	await expect.poll(shown).toEqual([
		{
			title: payload.title,
			body: payload.body,
			tag: payload.tag,
			icon: `${baseURL()}/icons/icon-192.png`,
			data: { url: '/deals' }
		}
	]);
	// The same message again replaces it (its tag); one with a link elsewhere leads to the inbox instead.
	await session.send('ServiceWorker.deliverPushMessage', {
		origin: baseURL(),
		registrationId: id,
		data: JSON.stringify(payload)
	});
	await session.send('ServiceWorker.deliverPushMessage', {
		origin: baseURL(),
		registrationId: id,
		data: JSON.stringify({ title: '别处', url: 'https://evil.example/', tag: 'elsewhere' })
	});
	await expect
		.poll(async () => (await shown()).map((notification) => `${notification.tag} ${notification.data.url}`).sort())
		.toEqual(['elsewhere /notifications', 'notification-e2e /deals']);

	// A tap: the worker's notificationclick handler, given the notification shown, navigates the open window.
	const [worker] = context.serviceWorkers();
	await worker.evaluate(async () => {
		const scope = self as unknown as ServiceWorkerGlobalScope;
		const [notification] = await scope.registration.getNotifications({ tag: 'notification-e2e' });
		scope.dispatchEvent(new NotificationEvent('notificationclick', { notification }));
	});
	await page.waitForURL(`${baseURL()}/deals`);
	await expect.poll(async () => (await shown()).map((notification) => notification.tag)).toEqual(['elsewhere']);
	await context.close();
});

test('the devices page: push turned on through the service worker, listed, removed; at 360 px', async ({ browser }) => {
	const context = await browser.newContext();
	await context.grantPermissions(['notifications'], { origin: baseURL() });
	const made = testSubscription('researcher');
	// The stand-in for the browser's push service: subscribe() answers with the test's subscription
	// and records the server key it was asked for.
	await context.addInitScript((subscription) => {
		const calls: unknown[] = [];
		Object.assign(window, { __pushCalls: calls });
		PushManager.prototype.getSubscription = async () => null;
		PushManager.prototype.subscribe = async function (options?: PushSubscriptionOptionsInit) {
			const key = options?.applicationServerKey as Uint8Array;
			calls.push(
				btoa(String.fromCharCode(...key))
					.replaceAll('+', '-')
					.replaceAll('/', '_')
					.replace(/=+$/, '')
			);
			return {
				endpoint: subscription.endpoint,
				options: { applicationServerKey: key.buffer, userVisibleOnly: true },
				toJSON: () => ({
					endpoint: subscription.endpoint,
					keys: { p256dh: subscription.p256dh, auth: subscription.auth }
				}),
				unsubscribe: async () => true
			} as unknown as PushSubscription;
		};
	}, made);
	await signInByRequest(context, demo.researcher);
	const page = await context.newPage();
	await open(page, '/account');
	await page.getByRole('link', { name: '推送通知' }).click();
	await page.waitForURL('/account/devices');
	await hydrated(page);
	await controlled(page);
	await expect(page.getByText('还没有设备开启推送。')).toBeVisible();
	await page.getByRole('button', { name: '在此设备上开启推送' }).click();
	await expect(page.getByRole('status')).toContainText(
		'此设备已开启推送。有关交易、保存的搜索和匹配的提醒将立即送达这里'
	);
	// Subscribed with the server's VAPID public key: 65 bytes, an uncompressed P-256 point.
	const [serverKey] = await page.evaluate(() => (window as unknown as { __pushCalls: string[] }).__pushCalls);
	expect(Buffer.from(serverKey, 'base64url')).toHaveLength(65);
	const devices = page.getByRole('region', { name: '已开启推送的设备' }).getByRole('listitem');
	await expect(devices).toHaveCount(1);
	await expect(devices).toContainText('Chrome · Linux');
	// Again on the same browser: the same device, updated, not a second one.
	await page.getByRole('button', { name: '在此设备上开启推送' }).click();
	await expect(page.getByRole('status')).toHaveText('此设备已开启推送。');
	await expect(devices).toHaveCount(1);
	await expectNoHorizontalOverflow(page);

	await devices.getByRole('button', { name: /^移除/ }).click();
	await expect(page.getByRole('status')).toHaveText('该设备将不再接收推送。');
	await expect(page.getByText('还没有设备开启推送。')).toBeVisible();
	await context.close();
});

test('the devices page without JavaScript: a note on turning push on, the list and its removal work', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	await signInByRequest(context, demo.officer);
	// The form action is the contract the page's script posts to: a subscription this test made.
	const made = testSubscription('officer');
	const posted = await context.request.post('/account/devices?/subscribe', {
		form: made,
		headers: { origin: baseURL(), accept: 'text/html' }
	});
	expect(posted.status()).toBe(200);
	const page = await context.newPage();
	await page.goto('/account/devices');
	// (Playwright's text assertions skip <noscript>: its text is read from the page.)
	const note = page.getByTestId('push-needs-js');
	expect(await note.evaluate((element) => element.parentElement?.tagName)).toBe('NOSCRIPT');
	expect(await note.evaluate((element) => element.parentElement?.textContent)).toContain(
		'开启推送需要 JavaScript，而此浏览器已将其关闭。'
	);
	await expect(page.getByRole('button', { name: '在此设备上开启推送' })).toHaveCount(0);
	const devices = page.getByRole('region', { name: '已开启推送的设备' }).getByRole('listitem');
	await expect(devices).toHaveCount(1);
	await devices.getByRole('button', { name: /^移除/ }).click();
	await expect(page.getByRole('status')).toHaveText('该设备将不再接收推送。');
	await expect(page.getByText('还没有设备开启推送。')).toBeVisible();
	await context.close();
});

test('the devices page is accessible in both languages', async ({ browser }) => {
	const context = await browser.newContext();
	await signInByRequest(context, demo.company);
	const page = await context.newPage();
	await expectAccessible(page, '/account/devices');
	await context.addCookies([{ name: 'PARAGLIDE_LOCALE', value: 'en', url: baseURL() }]);
	await expectAccessible(page, '/account/devices');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Push notifications');
	await context.close();
});
