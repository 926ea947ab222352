import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: adapter(),
		// src/service-worker.ts is registered by the app (update prompt), as /sw.js.
		serviceWorker: { register: false },
		// The stylesheets are small (the layout's is 8 KB): inlined, they cost a phone no
		// render-blocking round trip before the first paint (style-src allows inline styles).
		inlineStyleThreshold: 10_000,
		// Nonces for server-rendered pages, hashes for prerendered ones: no inline script runs
		// unless SvelteKit itself emitted it.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
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
