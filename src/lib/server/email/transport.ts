import { createTransport } from 'nodemailer';

// SMTP through nodemailer (docs/architecture.md, "Email"). SMTP_URL is smtp://user:password@host:587
// (STARTTLS when the server offers it) or smtps://user:password@host:465 (TLS from the start).

export interface OutgoingEmail {
	messageId: string;
	from: string;
	to: { name: string; address: string } | string;
	subject: string;
	text: string;
	html: string;
	headers: Record<string, string>;
}

export interface EmailSender {
	/** Resolves when the SMTP server accepted the message; rejects with nodemailer's error. */
	send(email: OutgoingEmail): Promise<void>;
	close(): void;
}

export function createSmtpSender(smtpUrl: string): EmailSender {
	const url = new URL(smtpUrl);
	const secure = url.protocol === 'smtps:';
	const transport = createTransport({
		host: url.hostname,
		port: url.port ? Number(url.port) : secure ? 465 : 587,
		secure,
		auth: url.username ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } : undefined,
		// A few connections kept open: a burst of alerts does not pay a handshake per message.
		pool: true,
		maxConnections: 3,
		// Well under the worker's lease (worker.ts), so a hung server cannot outlast a claim.
		connectionTimeout: 10_000,
		greetingTimeout: 10_000,
		socketTimeout: 30_000
	});
	return {
		send: async (email) => {
			await transport.sendMail({ ...email });
		},
		close: () => transport.close()
	};
}
