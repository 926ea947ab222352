import { error, json } from '@sveltejs/kit';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';
import type { RequestHandler } from './$types';

/**
 * The signed-in user's Supabase access token, for Realtime's setAuth on private channels. The
 * auth cookies stay httpOnly; the browser gets only this short-lived JWT (about an hour), and
 * asks again before it expires. Realtime itself then checks realtime.messages' RLS per topic.
 */
export const GET: RequestHandler = async (event) => {
	if (!event.locals.user) error(401, 'sign in first');
	const adapter = await identity();
	const token = adapter.realtimeToken ? await adapter.realtimeToken(identityRequest(event)) : null;
	if (!token) error(404, 'not found');
	return json(token, { headers: { 'cache-control': 'private, no-store' } });
};
