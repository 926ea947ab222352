import { m } from '$lib/paraglide/messages';

type MessageFunction = (inputs?: Record<string, unknown>) => string;
const messages = m as unknown as Record<string, MessageFunction | undefined>;

/** Translates a message key that came from data (a zod error, a server result). */
export function translate(key: string, inputs?: Record<string, unknown>): string {
	const message = messages[key];
	return message ? message(inputs) : m.error_invalid();
}

export { localName } from './local-name';
