import { describe, expect, it } from 'vitest';
import { subscribe, type Transports } from '../../src/lib/client/realtime.ts';
import type { LiveSignal, Transport } from '../../src/lib/client/realtime-types.ts';
import { createEventGate } from '../../src/lib/client/event-gate.ts';

/** Transports that record how they were started and stopped, so the choice can be observed. */
function recordingTransports(supabase: 'loads' | 'fails') {
	const started: { transport: 'sse' | 'supabase'; topics: string[]; since: number | null }[] = [];
	const stopped: string[] = [];
	const transport =
		(name: 'sse' | 'supabase'): Transport =>
		(topics, _onEvent, since) => {
			started.push({ transport: name, topics, since });
			return () => stopped.push(name);
		};
	const transports: Transports = {
		sse: transport('sse'),
		supabase: async () => {
			if (supabase === 'fails') throw new Error('chunk failed to load');
			return transport('supabase');
		}
	};
	return { started, stopped, transports };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const supabase = { url: 'https://abc.supabase.co', publicKey: 'sb_publishable_x' };

describe('realtime client', () => {
	it('uses Server-Sent Events when the page has no Supabase settings', () => {
		const { started, transports } = recordingTransports('loads');
		subscribe(['deal:1'], () => {}, { since: 7, supabase: null }, transports);
		expect(started).toEqual([{ transport: 'sse', topics: ['deal:1'], since: 7 }]);
	});

	it('uses Supabase Realtime when the page carries the project’s public settings', async () => {
		const { started, stopped, transports } = recordingTransports('loads');
		const unsubscribe = subscribe(['deal:1'], () => {}, { since: 7, supabase }, transports);
		await settle();
		expect(started).toEqual([{ transport: 'supabase', topics: ['deal:1'], since: 7 }]);
		unsubscribe();
		expect(stopped).toEqual(['supabase']);
	});

	it('falls back to Server-Sent Events when supabase-js cannot be loaded', async () => {
		const { started, transports } = recordingTransports('fails');
		subscribe(['user:1'], () => {}, { supabase }, transports);
		await settle();
		expect(started.map((start) => start.transport)).toEqual(['sse']);
	});

	it('never starts a transport for a page that left before it loaded', async () => {
		const { started, transports } = recordingTransports('loads');
		subscribe(['user:1'], () => {}, { supabase }, transports)();
		await settle();
		expect(started).toEqual([]);
	});
});

describe('event gate (live broadcasts and catch-up after a reconnect)', () => {
	const event = (id: number) => ({ id, topic: 'deal:1', kind: 'message', payload: {} });

	it('delivers each event once, whether it came live, by catch-up, or both', () => {
		const delivered: LiveSignal[] = [];
		const gate = createEventGate(10, (signal) => delivered.push(signal));
		for (const id of [11, 12, 12, 11, 13]) gate.pass(event(id));
		expect(delivered.map((signal) => ('id' in signal ? signal.id : signal.kind))).toEqual([11, 12, 13]);
		expect(gate.newest).toBe(13);
	});

	it('drops what the page already showed when it was rendered (ids up to `since`)', () => {
		const delivered: LiveSignal[] = [];
		const gate = createEventGate(10, (signal) => delivered.push(signal));
		gate.pass(event(9));
		gate.pass(event(10));
		expect(delivered).toEqual([]);
		expect(gate.newest).toBe(10);
	});

	it('asks for a reload when too much was missed', () => {
		const delivered: LiveSignal[] = [];
		createEventGate(null, (signal) => delivered.push(signal)).reset();
		expect(delivered).toEqual([{ kind: 'reset' }]);
	});
});
