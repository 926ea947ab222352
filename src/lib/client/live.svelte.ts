import { onMount } from 'svelte';
import { afterNavigate, invalidate } from '$app/navigation';
import { navigating, page } from '$app/state';
import { subscribe } from './realtime';
import type { LiveEvent } from './realtime-types';

/**
 * Re-runs the page's load (the `dependency` it declared with `depends`) whenever an event
 * arrives on one of `topics`, so the page shows what other people just did without a reload.
 * A burst of events reloads once; during a navigation the reload waits for it to finish,
 * because invalidating then would cancel the navigation (a form's redirect, for one).
 */
export function liveReload(
	topics: () => string[],
	dependency: string,
	since: () => number,
	onEvent?: (event: LiveEvent) => void
): void {
	let waiting = false;
	let timer: ReturnType<typeof setTimeout> | undefined;
	function reload(): void {
		clearTimeout(timer);
		timer = setTimeout(() => {
			if (navigating.to) waiting = true;
			else void invalidate(dependency);
		}, 50);
	}
	afterNavigate(() => {
		if (!waiting) return;
		waiting = false;
		reload();
	});
	onMount(() => {
		const wanted = topics();
		if (wanted.length === 0) return;
		const unsubscribe = subscribe(
			wanted,
			(event) => {
				if ('id' in event) onEvent?.(event);
				reload();
			},
			// The project's public settings, present only when the server runs on Supabase.
			{ since: since(), supabase: page.data.supabase ?? null }
		);
		return () => {
			clearTimeout(timer);
			unsubscribe();
		};
	});
}
