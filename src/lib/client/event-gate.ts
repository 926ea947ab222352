import type { LiveEvent, LiveSignal } from './realtime-types';

/**
 * Lets each event through once, whichever way it came (a live broadcast or the catch-up
 * fetch after a reconnect, which may overlap), and remembers the newest id for the next
 * catch-up. Ids are global and commit in order (app.publish), so "after the newest id seen"
 * is exactly what a reconnecting client missed.
 */
export function createEventGate(since: number | null, onEvent: (event: LiveSignal) => void, memory = 2000) {
	let newest = since;
	const seen = new Set<number>();
	return {
		get newest() {
			return newest;
		},
		pass(event: LiveEvent): void {
			if (!Number.isSafeInteger(event.id) || seen.has(event.id) || (since !== null && event.id <= since)) return;
			seen.add(event.id);
			if (seen.size > memory) seen.delete(seen.values().next().value!);
			newest = newest === null ? event.id : Math.max(newest, event.id);
			onEvent(event);
		},
		reset(): void {
			onEvent({ kind: 'reset' });
		}
	};
}
