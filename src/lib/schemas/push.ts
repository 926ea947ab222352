import { z } from 'zod';
import { uuid } from './fields.ts';
import { isPushAuthSecret, isPushEndpoint, isPushPublicKey } from '../rules/push-subscription.ts';

// Web push devices (docs/domain.md, "Web push"). The page's script posts what the browser's
// pushManager handed it; the fields are hidden, so any error is one message for the form.

/** A subscription as PushSubscription.toJSON() names it; loopback http only when the server allows it. */
export function pushSubscriptionSchema(allowLoopback: boolean) {
	const invalid = { error: 'push_error_subscription' };
	return z.object({
		endpoint: z.string().refine((value) => isPushEndpoint(value, allowLoopback), invalid),
		p256dh: z.string().refine(isPushPublicKey, invalid),
		auth: z.string().refine(isPushAuthSecret, invalid)
	});
}

export const pushDeviceSchema = z.object({ deviceId: uuid });
