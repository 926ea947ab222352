import { expect, test } from '@playwright/test';
import { demo, open, signInByRequest } from './helpers';
import {
	controlled,
	demoUserIds,
	firstListingPath,
	outboxKeys,
	privateCaches,
	putTestOutboxEntry
} from './pwa-helpers';

// Whose the outbox is. The worker's other outbox behaviour (replay, refusal, sign-out) is in pwa.test.ts.

test('a session that ends without signing out keeps its writes; another user’s sign-in drops them', async ({
	page,
	context
}) => {
	await signInByRequest(context, demo.company);
	const listing = await firstListingPath(page, 1);
	await controlled(page);
	await open(page, listing);
	expect(await privateCaches(page)).not.toEqual([]);
	// Refused, so that no flush sends it while the test looks at it.
	const key = crypto.randomUUID();
	await putTestOutboxEntry(page, {
		key,
		kind: 'interest',
		action: `${listing}/interest`,
		fields: {},
		text: '会话过期前写的意向',
		userId: demoUserIds.company,
		state: 'refused',
		reason: 'error_request_refused',
		createdAt: Date.now()
	});

	// The session expires (or one response could not vouch for it): the next page says "public".
	await context.clearCookies();
	await open(page, '/listings');
	expect(await privateCaches(page)).toEqual([]);
	expect(await outboxKeys(page)).toEqual([key]);

	// The same user signs in again, in a new session: the writes are still theirs.
	await signInByRequest(context, demo.company);
	await open(page, '/needs');
	expect(await outboxKeys(page)).toEqual([key]);

	// Someone else signs in on this device: the previous user's writes go.
	await context.clearCookies();
	await signInByRequest(context, demo.researcher);
	await open(page, '/needs');
	expect(await outboxKeys(page)).toEqual([]);
});

test('the worker’s Background Sync never sends another user’s entry under this session', async ({ page, context }) => {
	await signInByRequest(context, demo.company);
	const listing = await firstListingPath(page, 1);
	await controlled(page);
	await open(page, `${listing}/interest`);
	// A complete, valid interest form, but written by someone else.
	const key = crypto.randomUUID();
	const text = `别人的意向 ${Date.now()}`;
	const fields = await page
		.locator('main form[method="POST"]')
		.evaluate((form: HTMLFormElement) =>
			Object.fromEntries([...new FormData(form)].map(([name, value]) => [name, String(value)]))
		);
	await putTestOutboxEntry(page, {
		key,
		kind: 'interest',
		action: `${listing}/interest`,
		fields: { ...fields, idempotencyKey: key, message: text },
		text,
		userId: demoUserIds.researcher,
		state: 'pending',
		createdAt: Date.now()
	});

	await page.evaluate(async () => {
		const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & {
			sync: { register(tag: string): Promise<void> };
		};
		await registration.sync.register('zq-outbox');
	});
	await expect.poll(() => outboxKeys(page)).toEqual([]);
	await open(page, '/interests');
	await expect(page.getByText(text)).toHaveCount(0);
});
