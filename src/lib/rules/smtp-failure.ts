// Whether a failed SMTP send is worth trying again (docs/domain.md, "Email"). Only a 5xx reply about
// this message or its recipient (RCPT TO: no such mailbox; DATA: refused content) is permanent:
// the same message to the same address would be refused again. Everything else is transient:
// 4xx replies (greylisting, a full mailbox), lost connections and timeouts, and also 5xx replies
// to the connection itself (a wrong password, a refused sender), which the operator fixes in the
// settings, after which the waiting messages should still leave.

export interface SmtpFailure {
	/** nodemailer's error code: 'EENVELOPE', 'EMESSAGE', 'ECONNECTION', 'EAUTH', 'ETIMEDOUT', … */
	code?: unknown;
	/** The server's reply code, when it replied. */
	responseCode?: unknown;
	/** The SMTP command the reply answered: 'RCPT TO', 'DATA', 'MAIL FROM', 'AUTH PLAIN', … */
	command?: unknown;
}

const aboutTheMessage = new Set(['RCPT TO', 'DATA']);

export function smtpFailureKind(failure: SmtpFailure): 'permanent' | 'transient' {
	const reply = typeof failure.responseCode === 'number' ? failure.responseCode : null;
	if (reply === null || reply < 500 || reply > 599) return 'transient';
	const command = typeof failure.command === 'string' ? failure.command.toUpperCase() : '';
	if (aboutTheMessage.has(command)) return 'permanent';
	// nodemailer reports "all recipients were rejected" as EENVELOPE with the last RCPT reply.
	return failure.code === 'EENVELOPE' && command === '' ? 'permanent' : 'transient';
}

/** A short line for outbound_messages.last_error: never the message itself, only what failed. */
export function describeSmtpFailure(failure: SmtpFailure & { message?: unknown }): string {
	const parts = [failure.code, failure.command, failure.responseCode, failure.message]
		.filter((part) => typeof part === 'string' || typeof part === 'number')
		.map(String);
	return (parts.join(' ') || 'unknown failure').slice(0, 500);
}
