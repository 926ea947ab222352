import type { Handle } from '@sveltejs/kit';
import { realtimeHub } from '$lib/server/app/runtime';
import { refuseStream } from '$lib/server/realtime/stream-cap';

/**
 * Refuses a new event stream while the hub is at its cap, before the identity hook looks the
 * session up: at the cap, refusals can come by the thousand, and each must cost no database
 * work, since pages share that database (one PGlite process on the embedded default). The route
 * checks again when it opens the stream, which is what actually holds the cap.
 */
export const streamAdmission: Handle = async ({ event, resolve }) => {
	if (event.request.method === 'GET' && event.url.pathname === '/api/events' && (await realtimeHub()).full) {
		return refuseStream();
	}
	return resolve(event);
};
