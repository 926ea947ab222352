import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { m } from '$lib/paraglide/messages';
import { email, serviceDb } from '$lib/server/app/runtime';
import { verifyUnsubscribeToken } from '$lib/server/email/unsubscribe-token';
import { unsubscribeEmail } from '$lib/server/outbound-emails';

// One-click unsubscribe (docs/domain.md, "Email"; RFC 8058). GET only asks: mail scanners follow
// links, so opening one must change nothing. POST (the page's button, or the mail provider's own
// one-click POST, let through by src/lib/server/http/form-origin.ts) stops the emails the token
// names. Security invariant: the token's HMAC is verified before anything is read or written; it,
// not a session, authorizes the write, which runs as service_role through app.unsubscribe_email.

async function verified(token: string) {
	const request = verifyUnsubscribeToken((await email()).unsubscribeSecret, token);
	if (!request) error(400, m.email_unsubscribe_invalid());
	return request;
}

export const load: PageServerLoad = async ({ params }) => {
	const request = await verified(params.token);
	return { digest: 'digest' in request.scope };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const request = await verified(params.token);
		await unsubscribeEmail(await serviceDb(), request.userId, 'topic' in request.scope ? request.scope.topic : null);
		return { done: true };
	}
};
