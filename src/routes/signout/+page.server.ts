import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { identity } from '$lib/server/app/runtime';
import { currentUser, identityRequest } from '$lib/server/auth/request';

export const load: PageServerLoad = () => redirect(303, '/');

export const actions: Actions = {
	default: async (event) => {
		await (await identity()).signOut(identityRequest(event), currentUser(event.locals), 'this_device');
		redirect(303, '/signin?signedOut=1');
	}
};
