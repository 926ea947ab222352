import { createClient } from '@supabase/supabase-js';
import { createEventGate } from './event-gate';
import { isFinalRefusal, subscribeSse } from './realtime-sse';
import type { LiveEvent, PublicSupabase, Transport } from './realtime-types';

interface Broadcast {
	event: string;
	payload: { event_id?: number; payload?: Record<string, unknown> };
}

/**
 * Supabase Realtime transport: one private channel per topic, authorized by Realtime against
 * the RLS policy on realtime.messages (the same rule as app.can_read_topic). The JWT comes
 * from our server (/api/realtime/token) because the auth cookies are httpOnly; it is renewed
 * a minute before it expires. Broadcasts are not kept for clients that were away, so every
 * (re)subscribe and every return online asks /api/events/missed for what came after the
 * newest id seen. Without a token (the server could not hand one out) the page falls back to
 * our own server's event stream rather than retrying a join Realtime would refuse.
 */
export function supabaseTransport(config: PublicSupabase, http: typeof fetch = fetch): Transport {
	return (topics, onEvent, since) => {
		const client = createClient(config.url, config.publicKey, {
			auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false }
		});
		const gate = createEventGate(since, onEvent);
		let stopped = false;
		let renewTimer: ReturnType<typeof setTimeout> | undefined;
		let fallback: (() => void) | null = null;

		/** Whether a token was set; 'refused' when the server will not hand one out again (signed out). */
		async function authorize(): Promise<boolean | 'refused'> {
			const response = await http('/api/realtime/token', { credentials: 'same-origin' }).catch(() => null);
			if (response && isFinalRefusal(response.status)) return 'refused';
			if (!response?.ok || stopped) return false;
			const { token, expiresAt } = (await response.json()) as { token: string; expiresAt: number };
			await client.realtime.setAuth(token);
			clearTimeout(renewTimer);
			renewTimer = setTimeout(
				() => void authorize().then((authorized) => authorized === 'refused' && stopForGood()),
				Math.max(30_000, expiresAt * 1000 - Date.now() - 60_000)
			);
			return true;
		}

		async function catchUp(): Promise<void> {
			if (gate.newest === null || stopped) return;
			const query = new URLSearchParams(topics.map((topic) => ['topic', topic]));
			query.set('after', String(gate.newest));
			// Offline or refused: the next SUBSCRIBED or `online` event asks again from the same id.
			const response = await http(`/api/events/missed?${query}`, { credentials: 'same-origin' }).catch(() => null);
			if (!response?.ok) return;
			const { events, reset } = (await response.json()) as { events: LiveEvent[]; reset: boolean };
			if (reset) gate.reset();
			for (const event of events) gate.pass(event);
		}

		const onOnline = () => void catchUp();
		function stopForGood(): void {
			stopped = true;
			clearTimeout(renewTimer);
			removeEventListener('online', onOnline);
			void client.removeAllChannels();
		}
		void authorize().then((authorized) => {
			if (stopped) return;
			if (authorized !== true) {
				fallback = subscribeSse(topics, onEvent, gate.newest);
				return;
			}
			for (const topic of topics) {
				client
					.channel(topic, { config: { private: true } })
					.on('broadcast', { event: '*' }, (message: Broadcast) => {
						const { event_id: id, payload } = message.payload ?? {};
						if (typeof id === 'number') gate.pass({ id, topic, kind: message.event, payload: payload ?? {} });
					})
					.subscribe((status) => {
						if (status === 'SUBSCRIBED') void catchUp();
						// A refused join is most often an expired token: renew it, Realtime rejoins by itself.
						// Signed out meanwhile: stop, rather than rejoin with a token that no longer comes.
						else if (status === 'CHANNEL_ERROR')
							void authorize().then((authorized) => authorized === 'refused' && stopForGood());
					});
			}
		});
		addEventListener('online', onOnline);

		return () => {
			fallback?.();
			stopForGood();
		};
	};
}
