import { error, json } from '@sveltejs/kit';
import { z } from 'zod';
import { eventId, realtimeTopics } from '$lib/schemas/realtime';
import { listEventsAfter } from '$lib/server/realtime/events';
import type { RequestHandler } from './$types';

const parameters = z.object({ topics: realtimeTopics, after: eventId });
const limit = 1000;

/**
 * What a Supabase Realtime subscriber missed while its socket was down: broadcasts are not
 * stored for late joiners, so after every (re)subscribe the browser asks here for the events
 * after the last id it saw. Rows are read through the user's own RLS (app.can_read_topic), so a
 * topic they may not read simply yields nothing. `reset` means "too many: reload instead".
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	if (!locals.user) error(401, 'sign in first');
	const parsed = parameters.safeParse({
		topics: [...new Set(url.searchParams.getAll('topic'))],
		after: url.searchParams.get('after') ?? ''
	});
	if (!parsed.success) error(400, 'invalid topics or event id');
	const events = await listEventsAfter(locals.db, parsed.data.topics, parsed.data.after, limit + 1);
	return json(
		{ events: events.slice(0, limit), reset: events.length > limit },
		{ headers: { 'cache-control': 'private, no-store' } }
	);
};
