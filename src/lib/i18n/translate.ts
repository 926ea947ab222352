import { m } from '$lib/paraglide/messages';
import { dataMessages } from '$lib/i18n/data-messages';

type MessageFunction = (inputs?: Record<string, unknown>) => string;
const messages = dataMessages as unknown as Record<string, MessageFunction | undefined>;

/** Translates a message key that came from data (a zod error, a server result). */
export function translate(key: string, inputs?: Record<string, unknown>): string {
	const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
	return message ? message(inputs) : m.error_invalid();
}

/** "Too long" with the field's limit, when the field has one: the reader learns how much to cut. */
export function tooLong(error: string, limit: number | string | null | undefined): string | undefined {
	if (error !== 'error_too_long' || !limit) return undefined;
	return m.error_too_long_limit({ maximum: String(limit) });
}

export { localName } from './local-name';
