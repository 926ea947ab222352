// A real SMTP server in the test process (smtp-server), on 127.0.0.1 and a free port, that keeps
// every message it accepts, parsed by mailparser. A recipient can be made to fail with a reply
// code (450: try later, 550: no such mailbox). Used by the database tests of the email worker and
// by the e2e server (tests/e2e/server.js). `stop()` closes it; it never keeps a process alive.
import { SMTPServer } from 'smtp-server';
import { simpleParser } from 'mailparser';

/**
 * @typedef {{ envelopeTo: string[], raw: string, parsed: import('mailparser').ParsedMail }} CaughtMessage
 * @returns {Promise<{ url: string, messages: CaughtMessage[], refuse: (address: string, code: number | null) => void,
 *   waitFor: (count: number, timeoutMs?: number) => Promise<CaughtMessage[]>, stop: () => Promise<void> }>}
 */
export async function startSmtpCatcher() {
	/** @type {CaughtMessage[]} */
	const messages = [];
	/** @type {Map<string, number>} */
	const refusals = new Map();
	const server = new SMTPServer({
		logger: false,
		authOptional: true,
		allowInsecureAuth: true,
		disabledCommands: ['STARTTLS'],
		// Any user and password: the worker's URL carries credentials, as a real relay's would.
		onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
		onRcptTo: (address, _session, callback) => {
			const code = refusals.get(address.address.toLowerCase());
			if (!code) return callback();
			callback(Object.assign(new Error(code >= 500 ? 'No such mailbox' : 'Try again later'), { responseCode: code }));
		},
		onData: (stream, session, callback) => {
			/** @type {Buffer[]} */
			const chunks = [];
			stream.on('data', (chunk) => chunks.push(chunk));
			stream.on('end', async () => {
				const raw = Buffer.concat(chunks).toString('utf8');
				const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
				messages.push({ envelopeTo, raw, parsed: await simpleParser(raw) });
				callback();
			});
		}
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
	server.server.unref();
	const address = /** @type {import('node:net').AddressInfo} */ (server.server.address());
	return {
		url: `smtp://catcher:secret@127.0.0.1:${address.port}`,
		messages,
		refuse: (recipient, code) => {
			if (code === null) refusals.delete(recipient.toLowerCase());
			else refusals.set(recipient.toLowerCase(), code);
		},
		waitFor: async (count, timeoutMs = 20_000) => {
			const until = Date.now() + timeoutMs;
			while (messages.length < count) {
				if (Date.now() > until) throw new Error(`${messages.length} messages arrived, not ${count}`);
				await new Promise((resolve) => setTimeout(resolve, 50));
			}
			return messages;
		},
		stop: () => new Promise((resolve) => server.close(() => resolve(undefined)))
	};
}
