import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// src/service-worker.ts is registered by the app (update prompt), as /sw.js.
		serviceWorker: { register: false },
		// Cross-site form posts are refused by src/lib/server/http/form-origin.ts (a hook) instead:
		// the same check, except for RFC 8058's one-click unsubscribe, which mail providers POST from
		// their own servers (src/lib/rules/form-origin.ts says why that is safe). This switches off all
		// of SvelteKit's own origin checking: after upgrading SvelteKit, compare its check (respond.js,
		// "csrf") with the rule's copy (form types, methods).
		csrf: { trustedOrigins: ['*'] },
		// Scripts and styles linked from the root (/_app/…), not relative to the page: the worker
		// shows the cached offline page at any address (/listings/<id>, /deals/<id>), where
		// relative links would point under that address and its buttons would never hydrate.
		paths: { relative: false },
		// The stylesheets are small (the layout's is 8 KB): inlined, they cost a phone no
		// render-blocking round trip before the first paint.
		inlineStyleThreshold: 10_000,
		// Hashes, not nonces: no inline script runs and no inline style applies unless SvelteKit
		// itself emitted it (it hashes the <style> it inlines and its start-up script). A hash stays
		// right for a page kept and answered again (anonymous pages, src/lib/server/http/page-cache.ts),
		// where a nonce would be one value handed to many responses. Our markup has no style
		// attributes: styles live in stylesheets.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				// The one style attribute is SvelteKit's own: the visually hidden route announcer it
				// renders after hydration. Exactly that attribute is allowed, by hash; a SvelteKit update
				// that changes it shows up as a CSP violation in tests/e2e/headers.test.ts, and
				// app.css hides the announcer too, for browsers without style-src-attr.
				'style-src-attr': ['unsafe-hashes', 'sha256-S8qMpvofolR8Mpjy4kQvEm7m1q8clzU4dfDH0AmvZjo='],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'frame-ancestors': ['none'],
				'form-action': ['self'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
