import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import * as notifications from '$lib/server/notifications';
import { reloadKeys } from '$lib/contracts/realtime-topics';

export const load: PageServerLoad = async ({ locals, url, depends }) => {
	requireUser(locals, url);
	depends(reloadKeys.notifications);
	return { notifications: await notifications.listNotifications(locals.db) };
};

export const actions: Actions = {
	read: async ({ locals, url, request }) => {
		requireUser(locals, url);
		const id = Number((await request.formData()).get('id'));
		if (Number.isSafeInteger(id) && id > 0) await notifications.markRead(locals.db, id);
		return { success: 'notifications_marked' };
	},
	readAll: async ({ locals, url }) => {
		requireUser(locals, url);
		await notifications.markAllRead(locals.db);
		return { success: 'notifications_marked' };
	}
};
