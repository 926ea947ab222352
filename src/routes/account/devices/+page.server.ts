import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { pushDeviceSchema, pushSubscriptionSchema } from '$lib/schemas/push';
import { deviceLabel } from '$lib/rules/push-subscription';
import { pushSettings } from '$lib/server/app/runtime';
import * as pushSubscriptions from '$lib/server/push-subscriptions';

// Devices with web push (docs/domain.md, "Web push"). The page's script subscribes the browser and
// posts the subscription here (this action is the contract); listing and removing work without it.

export const load: PageServerLoad = async ({ locals, url }) => {
	requireUser(locals, url);
	const { publicKey } = await pushSettings();
	return { devices: await pushSubscriptions.listOwnDevices(locals.db), publicKey };
};

export const actions: Actions = {
	subscribe: async ({ request, locals, url }) => {
		requireUser(locals, url);
		const { allowLoopback } = await pushSettings();
		const form = parseForm(pushSubscriptionSchema(allowLoopback), await readForm(request));
		if (!form.ok || !pushSubscriptions.isUsablePublicKey(form.data.p256dh))
			return rejectForm(400, {}, { form: 'push_error_subscription' }, { action: 'subscribe' });
		const label = deviceLabel(request.headers.get('user-agent'));
		const { firstDevice } = await pushSubscriptions.saveSubscription(locals.db, form.data, label);
		return { action: 'subscribe', success: firstDevice ? 'push_turned_on_first' : 'push_turned_on' };
	},
	remove: async ({ request, locals, url }) => {
		requireUser(locals, url);
		const form = parseForm(pushDeviceSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, {}, { form: 'error_form_tampered' }, { action: 'remove' });
		const result = await pushSubscriptions.removeDevice(locals.db, form.data.deviceId);
		if (result !== 'removed') return rejectForm(400, {}, { form: 'push_error_not_found' }, { action: 'remove' });
		return { action: 'remove', success: 'push_removed' };
	}
};
