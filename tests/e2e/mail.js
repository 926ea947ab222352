// Email in the e2e tests: tests/e2e/server.js runs an SMTP server in its own process (the catcher
// of tests/support/smtp-catcher.js) and points the app's SMTP_URL at it; the tests read what it
// caught through GET /__e2e/mail. The servers' UNSUBSCRIBE_SECRET is this, so tests can sign links.
export const e2eUnsubscribeSecret = 'e2e-unsubscribe-secret-0123456789-abcdefghij';

/**
 * @typedef {{ to: string[], subject: string, text: string, html: string, listUnsubscribe: string | null,
 *   listUnsubscribePost: string | null, messageId: string }} CaughtMail
 */

/**
 * The messages caught for an address, waiting up to `timeoutMs` for at least one.
 * @param {import('@playwright/test').APIRequestContext} request
 * @param {string} address
 * @returns {Promise<CaughtMail[]>}
 */
export async function mailTo(request, address, timeoutMs = 30_000) {
	const until = Date.now() + timeoutMs;
	for (;;) {
		const response = await request.get(`/__e2e/mail?to=${encodeURIComponent(address)}`);
		/** @type {CaughtMail[]} */
		const found = await response.json();
		if (found.length > 0 || Date.now() > until) return found;
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}
