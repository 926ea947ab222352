import type { Handle } from '@sveltejs/kit';

/**
 * Reads and drops a request body that nothing read: an action that takes no fields, or a body
 * refused before it was parsed. Node keeps a keep-alive connection waiting for the rest of such
 * a body, so when it arrives in more than one piece the next request on that connection is
 * never answered (the form fuzz test saw its requests reset). The body is drained after the
 * response is made, without delaying it; its size is still capped by BODY_SIZE_LIMIT.
 */
export const drainUnreadBody: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	if (event.request.body && !event.request.bodyUsed) void event.request.arrayBuffer().catch(() => {});
	return response;
};
