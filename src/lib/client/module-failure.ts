// A page whose scripts fail to load while it hydrates (a chunk cut by a flaky mobile connection,
// or aborted by the browser) shows SvelteKit's bare error page and never becomes interactive.
// Loading the document again almost always fixes it; twice in a row is a real fault, so the
// page reloads by itself at most once a minute and otherwise shows the error.

/** The messages browsers give a failed dynamic import (Chromium, Firefox, Safari) and Vite's preload. */
const moduleFailureMessages = [
	'failed to fetch dynamically imported module',
	'error loading dynamically imported module',
	'importing a module script failed',
	'unable to preload css'
];

export function isModuleLoadFailure(error: unknown): boolean {
	const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
	const lower = message.toLowerCase();
	return moduleFailureMessages.some((known) => lower.includes(known));
}

export const selfReloadInterval = 60_000;

/** Whether a page may reload itself now, given when it last did (ms since the epoch, or null). */
export function maySelfReload(lastReloadAt: number | null, now: number): boolean {
	return lastReloadAt === null || !Number.isFinite(lastReloadAt) || now - lastReloadAt >= selfReloadInterval;
}
