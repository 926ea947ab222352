import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { serviceExecutor } from '$lib/server/runtime';
import { deleteSessionCookie } from '$lib/server/auth/cookies';
import * as sessions from '$lib/server/auth/sessions';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async ({ locals, cookies }) => {
		if (locals.session) await sessions.invalidateSession(await serviceExecutor(), locals.session.id);
		deleteSessionCookie(cookies);
		redirect(303, '/signin?signedOut=1');
	}
};
