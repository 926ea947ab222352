import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { identity } from '$lib/server/app/runtime';
import { currentUser, identityRequest } from '$lib/server/auth/request';
import { markSignedOut } from '$lib/server/auth/cookies';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		await (await identity()).signOut(identityRequest(event), currentUser(event.locals), 'this_device');
		// The drafts this device keeps go with the user; only this answer marks it, never a link.
		markSignedOut(event.cookies);
		redirect(303, '/signin?signedOut=1');
	}
};
