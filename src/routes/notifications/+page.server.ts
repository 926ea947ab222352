import type { Actions, PageServerLoad } from './$types';
import { markReadSchema } from '$lib/schemas/notification';
import { parseForm, readForm } from '$lib/server/http/forms';
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
		// Idempotent and quiet: an id that is not one of the user's marks nothing (RLS).
		const form = parseForm(markReadSchema, await readForm(request));
		if (form.ok) await notifications.markRead(locals.db, form.data.id);
		return { success: 'notifications_marked' };
	},
	readAll: async ({ locals, url }) => {
		requireUser(locals, url);
		await notifications.markAllRead(locals.db);
		return { success: 'notifications_marked' };
	}
};
