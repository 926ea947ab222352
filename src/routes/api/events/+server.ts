import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { eventId, realtimeTopics } from '$lib/schemas/realtime';
import * as realtimeEvents from '$lib/server/realtime/events';
import { realtimeHub } from '$lib/server/app/runtime';
import { refuseStream } from '$lib/server/realtime/stream-cap';
import { isPublicTopic } from '$lib/contracts/realtime-topics';
import type { RequestHandler } from './$types';

const parameters = z.object({
	topics: realtimeTopics,
	lastEventId: z.union([eventId, z.null()])
});

/**
 * Server-Sent Events for the signed-in user's topics, or anyone's public ones. Every topic is checked with the same
 * RLS helper that guards realtime_events; a topic the user may not read is a 404, so a deal
 * they are not part of does not appear to exist. Reconnecting browsers send Last-Event-ID
 * (or `lastEventId` in the URL) and get what they missed first. Beyond the process's stream
 * cap the answer is 503 with Retry-After (src/lib/server/realtime/stream-cap.ts).
 * With `check` it only answers whether a stream would open (204), for a client whose stream closed.
 */
export const GET: RequestHandler = async ({ locals, request, url }) => {
	const parsed = parameters.safeParse({
		topics: [...new Set(url.searchParams.getAll('topic'))],
		lastEventId: request.headers.get('last-event-id') ?? url.searchParams.get('lastEventId')
	});
	// Signed out, only public topics (the notices): their events are public already.
	if (!locals.user && !(parsed.success && parsed.data.topics.every(isPublicTopic))) error(401, 'sign in first');
	if (!parsed.success) error(400, 'invalid topics or event id');
	if (!(await realtimeEvents.canReadTopics(locals.db, parsed.data.topics))) error(404, 'not found');
	// `check`: the client asks why its stream closed (EventSource shows no status); the same
	// answers as above, and no stream.
	if (url.searchParams.has('check'))
		return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
	const stream = (await realtimeHub()).open(locals.db, parsed.data.topics, parsed.data.lastEventId);
	// The cap filled while this request was checked (hooks.server.ts refuses most earlier).
	if (!stream) return refuseStream();
	return new Response(stream, {
		headers: {
			'content-type': 'text/event-stream; charset=utf-8',
			'cache-control': 'no-cache, no-store',
			'x-accel-buffering': 'no'
		}
	});
};
