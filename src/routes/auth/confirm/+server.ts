import { redirect } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { safeRedirectPath } from '$lib/rules/safe-redirect';
import { identity } from '$lib/server/app/runtime';
import { identityRequest } from '$lib/server/auth/request';

/**
 * Where links in Supabase Auth's emails land (sign-up confirmation, magic link, password
 * recovery): `token_hash` + `type` (the templates in supabase/config.toml), or a PKCE `code`
 * from the default templates. The adapter verifies it with GoTrue and sets the session cookies.
 */
export const GET: RequestHandler = async (event) => {
	const { searchParams } = event.url;
	const verified = await (
		await identity()
	).verifyEmailLink(identityRequest(event), {
		tokenHash: searchParams.get('token_hash') ?? undefined,
		type: searchParams.get('type') ?? undefined,
		code: searchParams.get('code') ?? undefined
	});
	if (!verified) redirect(303, '/signin?linkInvalid=1');
	redirect(303, safeRedirectPath(searchParams.get('next'), '/'));
};
