import type { Handle } from '@sveltejs/kit';

// CSP (with frame-ancestors 'none') comes from kit.csp in svelte.config.js; these complete it.
const headers: Record<string, string> = {
	'x-content-type-options': 'nosniff',
	'referrer-policy': 'strict-origin-when-cross-origin',
	'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
	'x-frame-options': 'DENY',
	'cross-origin-opener-policy': 'same-origin'
};

export const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	for (const [name, value] of Object.entries(headers)) {
		if (!response.headers.has(name)) response.headers.set(name, value);
	}
	// HSTS only means something over https; on http://localhost it would pin the wrong thing.
	if (event.url.protocol === 'https:') {
		response.headers.set('strict-transport-security', 'max-age=63072000; includeSubDomains');
	}
	return response;
};
