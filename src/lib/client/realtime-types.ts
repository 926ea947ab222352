/** What both realtime transports deliver, and their shape; shared so no module imports its user. */
export interface LiveEvent {
	id: number;
	topic: string;
	kind: string;
	payload: Record<string, unknown>;
}

/** `reset`: too much was missed to replay, so the page reloads its data instead. */
export type LiveSignal = LiveEvent | { kind: 'reset' };

export type Transport = (topics: string[], onEvent: (event: LiveSignal) => void, since: number | null) => () => void;

export interface PublicSupabase {
	url: string;
	publicKey: string;
}
