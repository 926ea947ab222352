import { sveltekit } from '@sveltejs/kit/vite';
import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { SvelteKitPWA } from '@vite-pwa/sveltekit';
import { defineConfig } from 'vitest/config';
import { nativeCspHash } from './scripts/lib/native-csp-hash.js';

const databaseTests = ['tests/db/**/*.test.ts'];

// Chromium (136+) compiles every function of a file that starts with this comment while it
// streams in, on a background thread. Without it, each function is compiled on the main thread
// the first time it runs: about half of hydrating a page on a phone-speed CPU, all of it one long
// task. Every client chunk is code a page runs as it starts (a route's chunks load with the route).
const compileHint = '//# allFunctionsCalledOnLoad\n';
const eagerCompileHint = {
	name: 'zhiqiao:eager-compile-hint',
	apply: 'build',
	// Last, so it stays the first line: Vite's preload helper prepends its dependency table.
	// (Builds have no source maps; with them on, this line would have to shift their mappings.)
	generateBundle: {
		order: 'post',
		handler(_options, bundle) {
			if (this.environment.config.consumer !== 'client') return;
			for (const file of Object.values(bundle)) if (file.type === 'chunk') file.code = compileHint + file.code;
		}
	}
} satisfies import('vite').Plugin;

export default defineConfig({
	plugins: [
		paraglideVitePlugin({
			project: './project.inlang',
			outdir: './src/lib/paraglide',
			// A signed-in user's choice lives in the cookie (copied from their profile at sign-in).
			strategy: ['cookie', 'preferredLanguage', 'baseLocale']
		}),
		sveltekit(),
		eagerCompileHint,
		nativeCspHash,
		// SvelteKit builds src/service-worker.ts; the plugin injects the precache manifest (the app
		// shell: built JS, CSS, icons) and serves it as /sw.js. Manifests come from a route, per language.
		SvelteKitPWA({
			strategies: 'injectManifest',
			srcDir: 'src',
			filename: 'sw.js',
			// Absolute: SvelteKit's relative asset paths would register /deals/sw.js from a deal page.
			base: '/',
			buildBase: '/',
			scope: '/',
			registerType: 'prompt',
			injectRegister: false,
			manifest: false,
			injectManifest: { globPatterns: ['client/**/*.{js,css,png,svg,woff2,webmanifest}'] }
		})
	],
	build: {
		// The server already preloads a page's scripts (its Link header), and once installed the
		// service worker serves every chunk of later routes from its precache. Vite's preload helper
		// would add a <link> per dependency again while the page hydrates: a quarter of the script
		// time at start-up (profiled). Before the worker is installed, a new route's nested imports
		// load one level at a time.
		modulePreload: false
	},
	server: { host: '127.0.0.1' },
	preview: { host: '127.0.0.1' },
	test: {
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
					// The PDF tests subset CJK fonts (1–2 s alone); beside the database tests on two
					// cores they passed the default 5 s. A timeout is no assertion: a hung test still fails.
					testTimeout: 30_000
				}
			},
			{
				// Starts the built app as real processes: run after `npm run build`.
				extends: true,
				test: {
					name: 'server',
					environment: 'node',
					include: ['tests/server/**/*.test.ts'],
					testTimeout: 90_000,
					hookTimeout: 90_000
				}
			},
			{
				extends: true,
				test: {
					name: 'db-pglite',
					environment: 'node',
					include: databaseTests,
					env: { TEST_DATABASE: 'pglite' },
					globalSetup: ['tests/db/setup/global-pglite.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			},
			{
				extends: true,
				test: {
					name: 'db-postgres',
					environment: 'node',
					include: databaseTests,
					env: { TEST_DATABASE: 'postgres' },
					globalSetup: ['tests/db/setup/global-postgres.ts'],
					testTimeout: 30_000,
					hookTimeout: 60_000
				}
			}
		]
	}
});
