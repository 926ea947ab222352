import type { Handle } from '@sveltejs/kit';
import { publicSupabase } from '../app/runtime.ts';
import { withSupabaseSources } from './csp.ts';

// CSP (hashes, frame-ancestors 'none') comes from kit.csp in svelte.config.js; these complete it.
const headers: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	// One build serves both modes, so the Supabase project's origin joins the CSP at run time.
	const supabase = await publicSupabase();
	const policy = response.headers.get('content-security-policy');
	if (supabase && policy) response.headers.set('content-security-policy', withSupabaseSources(policy, supabase.url));
	for (const [name, value] of Object.entries(headers)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	// HSTS only means something over https; on http://localhost it would pin the wrong thing.
	if (event.url.protocol === 'https:') {
		response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
	}
	return response;
};
