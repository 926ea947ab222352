import webPush from 'web-push';
import type { VapidKeys } from './vapid-keys.ts';
import type { PushSubscriptionKeys } from '../push-subscriptions.ts';
import type { PushPayload } from './push-messages.ts';

/** How long a push service keeps a message for a device that is offline: a day, then it is stale. */
const timeToLiveSeconds = 24 * 3600;
/** A push service that does not answer within this is tried again later. */
const sendTimeoutMs = 10_000;

export type PushOutcome =
	{ outcome: 'delivered' } | { outcome: 'gone'; error?: string } | { outcome: 'failed'; error: string };

/**
 * Encrypts `payload` to the device's keys (RFC 8291, aes128gcm), signs the request with the
 * VAPID keys and posts it to the device's push service. 404 or 410: the subscription is gone for
 * good. Anything else that is not 2xx (and no answer at all) is worth another try.
 */
export async function sendPush(
	subscription: PushSubscriptionKeys,
	payload: PushPayload,
	keys: VapidKeys
): Promise<PushOutcome> {
	let request: webPush.RequestDetails;
	try {
		request = encrypted(subscription, payload, keys);
	} catch (error) {
		// Keys of the right shape that are no point on the curve: this device can never be sent to.
		return { outcome: 'gone', error: `unusable keys: ${String(error)}` };
	}
	// fetch sets the length itself; the other headers as text.
	const headers = Object.fromEntries(
		Object.entries(request.headers)
			.filter(([name]) => name.toLowerCase() !== 'content-length')
			.map(([name, value]) => [name, String(value)])
	);
	let response: Response;
	try {
		response = await fetch(request.endpoint, {
			method: 'POST',
			headers,
			body: request.body as Buffer<ArrayBuffer> | null,
			redirect: 'manual',
			signal: AbortSignal.timeout(sendTimeoutMs)
		});
	} catch (error) {
		return { outcome: 'failed', error: `no answer from the push service: ${String(error)}` };
	}
	await response.body?.cancel();
	if (response.ok) return { outcome: 'delivered' };
	if (response.status === 404 || response.status === 410) return { outcome: 'gone' };
	return { outcome: 'failed', error: `push service answered ${response.status}` };
}

function encrypted(subscription: PushSubscriptionKeys, payload: PushPayload, keys: VapidKeys): webPush.RequestDetails {
	return webPush.generateRequestDetails(
		{ endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
		JSON.stringify(payload),
		{
			vapidDetails: { subject: keys.subject, publicKey: keys.publicKey, privateKey: keys.privateKey },
			TTL: timeToLiveSeconds,
			// The push service too replaces a waiting message of the same topic (at most 32 characters).
			...(payload.tag.length <= 32 && { topic: payload.tag })
		}
	);
}
