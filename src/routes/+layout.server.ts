import type { LayoutServerLoad } from './$types';
import * as notifications from '$lib/server/notifications';

export const load: LayoutServerLoad = async ({ locals }) => ({
	user: locals.user ? { id: locals.user.id, role: locals.user.role, displayName: locals.user.displayName } : null,
	unreadNotifications: locals.user ? await notifications.countUnread(locals.db) : 0
});
