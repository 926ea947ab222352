import type { LayoutServerLoad } from './$types';
import * as notifications from '$lib/server/notifications';
import { publicSupabase, realtimeHub } from '$lib/server/app/runtime';
import { reloadKeys } from '$lib/contracts/realtime-topics';

export const load: LayoutServerLoad = async ({ locals, depends }) => {
	depends(reloadKeys.notifications);
	return {
		user: locals.user ? { id: locals.user.id, role: locals.user.role, displayName: locals.user.displayName } : null,
		unreadNotifications: locals.user ? await notifications.countUnread(locals.db) : 0,
		// Where the badge's live stream starts, so nothing between this page and the stream is missed.
		realtimeSince: (await realtimeHub()).latestId,
		// Only the public key ever reaches the browser; the service key stays on the server.
		supabase: await publicSupabase()
	};
};
