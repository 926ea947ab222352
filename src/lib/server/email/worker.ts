import { describeSmtpFailure, smtpFailureKind } from '../../rules/smtp-failure.ts';
import { log } from '../app/log.ts';
import { startRepeating, type Repeating } from '../app/repeating.ts';
import type { Executor } from '../db/port.ts';
import { markEmailFailed, markEmailSent } from '../outbound-emails.ts';
import { claimDueOutboundMessages, type OutboundMessage } from '../outbound-messages.ts';
import { composeEmail, type ComposeSettings } from './compose.ts';
import type { EmailSender } from './transport.ts';

// The email worker (docs/architecture.md, "Email"): claims due rows of app.outbound_messages with
// channel 'email', writes each in its recipient's language, sends it and settles the row. Runs in
// every server process that has SMTP_URL; the claim's lease hands each row to one worker at a time.
// A crash after the SMTP server accepted a message but before the row was marked sent leaves it
// to be sent again when the lease ends: at least once, never lost. Its Message-ID is derived from
// the row id, so such a repeat is recognisable as the same message.

export interface EmailWorkerSettings extends ComposeSettings {
	sender: EmailSender;
	/** The From header, e.g. `知桥 Zhiqiao <noreply@zhiqiao.example>`. */
	from: string;
}

/** Claimed at a time: each send takes at most ~50 s (transport.ts), far inside the lease. */
const batch = 3;
const leaseSeconds = 180;

export interface DeliveryCount {
	sent: number;
	retried: number;
	givenUp: number;
}

export function messageIdFor(id: number, origin: string): string {
	return `<outbound-${id}@${new URL(origin).hostname}>`;
}

async function deliver(
	db: Executor,
	message: OutboundMessage,
	settings: EmailWorkerSettings
): Promise<keyof DeliveryCount> {
	const composed = await composeEmail(db, message, settings);
	if ('skip' in composed) {
		await markEmailFailed(db, message, composed.skip, { permanent: true });
		return 'givenUp';
	}
	try {
		await settings.sender.send({
			...composed,
			from: settings.from,
			messageId: messageIdFor(message.id, settings.origin)
		});
	} catch (error) {
		const failure = (error ?? {}) as Record<string, unknown>;
		const outcome = await markEmailFailed(db, message, describeSmtpFailure(failure), {
			permanent: smtpFailureKind(failure) === 'permanent'
		});
		return outcome === 'retry' ? 'retried' : 'givenUp';
	}
	await markEmailSent(db, message.id);
	return 'sent';
}

/** Sends every due email, a few at a time, until none is left; returns what happened. */
export async function deliverDueEmails(db: Executor, settings: EmailWorkerSettings): Promise<DeliveryCount> {
	const count: DeliveryCount = { sent: 0, retried: 0, givenUp: 0 };
	for (;;) {
		// The queue stamps send_after with the database's clock in microseconds; this clock counts
		// milliseconds. One more millisecond makes a row queued just now due in this pass, not the next.
		const now = new Date(Date.now() + 1);
		const claimed = await claimDueOutboundMessages(db, 'email', { limit: batch, leaseSeconds, now });
		if (claimed.length === 0) return count;
		const outcomes = await Promise.all(
			claimed.map((message) =>
				deliver(db, message, settings).catch(async (error) => {
					// A bug or a database error while composing: tried again later, like a lost connection.
					log('error', 'email not composed', { id: message.id, error: String(error) });
					await markEmailFailed(db, message, `compose: ${String(error)}`).catch(() => {});
					return 'retried' as const;
				})
			)
		);
		for (const outcome of outcomes) count[outcome] += 1;
	}
}

export const emailPollEveryMs = 5_000;

/** Runs deliverDueEmails at start, every few seconds and when nudged (a request just queued a message). */
export function startEmailWorker(
	db: Executor,
	settings: EmailWorkerSettings,
	options: { everyMs?: number } = {}
): Repeating {
	const repeating = startRepeating(
		async () => {
			const count = await deliverDueEmails(db, settings);
			if (count.sent + count.retried + count.givenUp > 0) log('info', 'emails delivered', { ...count });
		},
		{ everyMs: options.everyMs ?? emailPollEveryMs, failure: 'email worker pass failed' }
	);
	return {
		...repeating,
		stop: () => {
			repeating.stop();
			void repeating.ran().finally(() => settings.sender.close());
		}
	};
}
