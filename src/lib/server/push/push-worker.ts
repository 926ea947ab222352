import type { Executor } from '../db/port.ts';
import * as outbound from '../outbound-messages.ts';
import * as subscriptions from '../push-subscriptions.ts';
import { isPushEndpoint } from '../../rules/push-subscription.ts';
import { composePushMessage } from './push-messages.ts';
import { sendPush, type PushOutcome } from './send-push.ts';
import type { VapidKeys } from './vapid-keys.ts';
import { log } from '../app/log.ts';
import { startRepeating, type Repeating } from '../app/repeating.ts';

/** How often the worker looks for push messages due: alerts "at once" wait at most this long. */
export const pushPollEveryMs = 5000;
/** Messages one run claims; with ten-second sends per message the lease (120 s) outlasts the run. */
const batchSize = 10;

export interface PushWorkerOptions {
	keys: VapidKeys;
	/** PUSH_ALLOW_LOOPBACK_ENDPOINTS: tests' local push service. */
	allowLoopback: boolean;
	now?: () => Date;
}

export interface PushRun {
	sent: number;
	retried: number;
	gaveUp: number;
}

/**
 * Sends the push messages due (docs/domain.md, "Web push"): each claimed row goes to every device
 * of its user. A device whose subscription the push service says is gone (404, 410) is forgotten;
 * any other failure leaves the row to be tried again (with backoff, then given up), unless some
 * device received it (the others' failures are logged: sending again would repeat it there). A
 * user with no device, or a row that can never be worded, is given up at once with the reason.
 * Rows are claimed with a lease (skip locked), so several processes never send one row twice.
 */
export async function sendDuePushMessages(database: Executor, options: PushWorkerOptions): Promise<PushRun> {
	const now = options.now?.() ?? new Date();
	const claimed = await outbound.claimDueOutboundMessages(database, 'push', { now, limit: batchSize });
	const run: PushRun = { sent: 0, retried: 0, gaveUp: 0 };
	for (const message of claimed) {
		// An unexpected error settles its row as a failed attempt (backoff, then given up), so no
		// row comes back at every lease's end without bound; the other rows are still sent.
		const settled = await sendOne(database, message, options, now).catch(async (error: unknown) => {
			log('error', 'push message not sent', { id: message.id, error: String(error) });
			const outcome = await outbound.markOutboundMessageFailed(database, message, String(error), { now });
			return outcome === 'retry' ? ('retried' as const) : ('gaveUp' as const);
		});
		run[settled]++;
	}
	return run;
}

async function sendOne(
	database: Executor,
	message: outbound.OutboundMessage,
	options: PushWorkerOptions,
	now: Date
): Promise<keyof PushRun> {
	const giveUp = async (reason: string) => {
		await outbound.markOutboundMessageFailed(database, message, reason, { now, permanent: true });
		return 'gaveUp' as const;
	};
	const devices = message.userId ? await subscriptions.listSubscriptionsOf(database, message.userId) : [];
	if (devices.length === 0) return giveUp('the user has no device with push turned on');
	const composed = await composePushMessage(database, message);
	if ('refused' in composed) return giveUp(composed.refused);
	let delivered = 0;
	const failures: string[] = [];
	for (const device of devices) {
		// Security invariant: a row stored while loopback endpoints were allowed is never posted to once they are not.
		const result: PushOutcome = isPushEndpoint(device.endpoint, options.allowLoopback)
			? await sendPush(device, composed.payload, options.keys)
			: { outcome: 'gone', error: 'a plain http endpoint, not allowed here' };
		if (result.outcome === 'delivered') {
			delivered++;
			await subscriptions.markSubscriptionSent(database, device.id);
		} else if (result.outcome === 'gone') {
			if (result.error) log('warn', 'push device forgotten', { device: device.id, error: result.error });
			await subscriptions.forgetSubscription(database, device.id);
		} else failures.push(result.error);
	}
	if (delivered > 0) {
		await outbound.markOutboundMessageSent(database, message.id);
		if (failures.length > 0) log('warn', 'push not delivered to every device', { id: message.id, failures });
		return 'sent';
	}
	if (failures.length === 0) return giveUp('every device’s push subscription has ended (404 or 410)');
	const outcome = await outbound.markOutboundMessageFailed(database, message, failures.join('; '), { now });
	return outcome === 'retry' ? 'retried' : 'gaveUp';
}

/** Runs sendDuePushMessages every few seconds in the server process. */
export function startPushWorker(database: Executor, options: PushWorkerOptions & { everyMs?: number }): Repeating {
	return startRepeating(
		async () => {
			const result = await sendDuePushMessages(database, options);
			if (result.sent + result.retried + result.gaveUp > 0) log('info', 'push messages sent', { ...result });
		},
		{ everyMs: options.everyMs ?? pushPollEveryMs, failure: 'push messages not sent', atStart: false }
	);
}
