import { subscribeSse } from './realtime-sse';
import type { LiveSignal, PublicSupabase, Transport } from './realtime-types';

/**
 * One client interface for live events, two transports: Server-Sent Events from our own
 * server (embedded default), or Supabase Realtime private channels when the page was served
 * with the project's public settings. Both deliver each event once, in id order, and fetch
 * what was missed after a reconnect.
 */
export interface Transports {
	sse: Transport;
	/** Loaded on demand: supabase-js stays out of the first-load JavaScript. */
	supabase: (config: PublicSupabase) => Promise<Transport>;
}

const defaultTransports: Transports = {
	sse: subscribeSse,
	supabase: async (config) => (await import('./realtime-supabase')).supabaseTransport(config)
};

export function subscribe(
	topics: string[],
	onEvent: (event: LiveSignal) => void,
	options: { since?: number; supabase?: PublicSupabase | null } = {},
	transports: Transports = defaultTransports
): () => void {
	const since = options.since ?? null;
	if (!options.supabase) return transports.sse(topics, onEvent, since);
	let stop: (() => void) | null = null;
	let stopped = false;
	const start = (transport: Transport) => {
		if (!stopped) stop = transport(topics, onEvent, since);
	};
	// If supabase-js cannot load (offline, a failed deploy) our own server's stream still works.
	transports.supabase(options.supabase).then(start, () => start(transports.sse));
	return () => {
		stopped = true;
		stop?.();
	};
}
