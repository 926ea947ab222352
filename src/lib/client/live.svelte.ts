import { onMount } from 'svelte';
import { invalidate } from '$app/navigation';
import { subscribe, type LiveEvent } from './realtime';

/**
 * Re-runs the page's load (the `dependency` it declared with `depends`) whenever an event
 * arrives on one of `topics`, so the page shows what other people just did without a reload.
 */
export function liveReload(topics: () => string[], dependency: string, since: () => number, onEvent?: (event: LiveEvent) => void): void {
	onMount(() => {
		const wanted = topics();
		if (wanted.length === 0) return;
		return subscribe(
			wanted,
			(event) => {
				if ('id' in event) onEvent?.(event);
				void invalidate(dependency);
			},
			{ since: since() }
		);
	});
}
