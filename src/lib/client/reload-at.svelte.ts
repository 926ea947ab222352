import { invalidate } from '$app/navigation';

/** The longest a browser timer may wait (about 24.8 days); the effect sets a later one again. */
const longestTimer = 2 ** 31 - 1;

/**
 * Re-runs the load behind `dependency` once the soonest of `moments` has passed, for a change no
 * database event announces: a public notice's period ending with time. Call during a component's
 * initialisation; the timer follows the page's data (and so the moments) as they change.
 */
export function reloadWhenPassed(moments: () => (Date | string)[], dependency: string): void {
	$effect(() => {
		const now = Date.now();
		const next = Math.min(
			...moments()
				.map((moment) => (typeof moment === 'string' ? Date.parse(moment) : moment.getTime()))
				.filter((time) => time > now)
		);
		if (!Number.isFinite(next)) return;
		// A second after the end, so the server sees it as passed too.
		const timer = setTimeout(() => void invalidate(dependency), Math.min(next - now + 1000, longestTimer));
		return () => clearTimeout(timer);
	});
}
