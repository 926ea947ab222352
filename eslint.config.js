// ESLint: the recommended rules of ESLint, typescript-eslint (without type information, for
// speed) and eslint-plugin-svelte; eslint-config-prettier last, so that no rule argues with
// Prettier about layout. Rules changed from those sets carry their reason.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import prettier from 'eslint-config-prettier/flat';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'src/lib/paraglide/',
		'test-results/',
		'playwright-report/',
		'.data/',
		'static/',
		'project.inlang/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	prettier,
	svelte.configs.prettier,
	{
		languageOptions: {
			// SvelteKit code runs on the server and in the browser; scripts and tests run in Node.
			globals: { ...globals.browser, ...globals.node }
		},
		rules: {
			// The code marks deliberately unused parameters and left-out properties with a leading `_`.
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
			// The app is served at the root (no kit.paths.base): resolve('/listings') is '/listings', so
			// wrapping every plain link and goto() in it would add churn and change nothing.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				parser: ts.parser,
				extraFileExtensions: ['.svelte'],
				svelteConfig
			}
		},
		rules: {
			// As in .ts files (typescript-eslint turns it off there): svelte-check reports undefined names,
			// and no-undef does not know TypeScript's ambient types such as App.PageData.
			'no-undef': 'off'
		}
	},
	{
		// Every form body goes through readForm and parseForm ($lib/server/http/forms): a malformed
		// body is a 400 there, and the shared input rules (docs/architecture.md) apply to each field.
		files: ['src/routes/**/*.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: "CallExpression[callee.property.name='formData']",
					message: 'Read the body with readForm($lib/server/http/forms), then parseForm or readListingForm.'
				}
			]
		}
	},
	{
		files: ['src/service-worker.ts', 'src/lib/offline/worker/**'],
		languageOptions: { globals: globals.serviceworker }
	}
);
