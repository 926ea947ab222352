// Prettier: the settings closest to how the code was already written, so that the one-time
// format commit stays small. printWidth 120: longer lines get wrapped.
/** @type {import('prettier').Config} */
const config = {
	useTabs: true,
	singleQuote: true,
	trailingComma: 'none',
	printWidth: 120,
	// Multi-line tags already end with `>` or `/>` on their last attribute's line (all but one).
	bracketSameLine: true,
	plugins: ['prettier-plugin-svelte'],
	overrides: [
		{ files: '*.svelte', options: { parser: 'svelte' } },
		// npm and inlang write these two with two spaces; keep their format.
		{ files: ['package.json', 'project.inlang/settings.json'], options: { useTabs: false } }
	]
};

export default config;
