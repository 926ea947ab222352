import { describe, expect, it } from 'vitest';
import { describeSmtpFailure, smtpFailureKind } from './smtp-failure.ts';

describe('smtpFailureKind', () => {
	it('gives up on a 5xx about the recipient or the message', () => {
		expect(smtpFailureKind({ code: 'EENVELOPE', responseCode: 550, command: 'RCPT TO' })).toBe('permanent');
		expect(smtpFailureKind({ code: 'EMESSAGE', responseCode: 554, command: 'DATA' })).toBe('permanent');
		expect(smtpFailureKind({ code: 'EENVELOPE', responseCode: 553 })).toBe('permanent');
	});

	it('tries again after a 4xx, a lost connection or a timeout', () => {
		expect(smtpFailureKind({ code: 'EENVELOPE', responseCode: 450, command: 'RCPT TO' })).toBe('transient');
		expect(smtpFailureKind({ code: 'EMESSAGE', responseCode: 421, command: 'DATA' })).toBe('transient');
		expect(smtpFailureKind({ code: 'ECONNECTION' })).toBe('transient');
		expect(smtpFailureKind({ code: 'ETIMEDOUT', responseCode: 'x' })).toBe('transient');
		expect(smtpFailureKind({})).toBe('transient');
	});

	it('tries again after a 5xx to the connection itself, which the operator fixes', () => {
		expect(smtpFailureKind({ code: 'EAUTH', responseCode: 535, command: 'AUTH PLAIN' })).toBe('transient');
		expect(smtpFailureKind({ code: 'EENVELOPE', responseCode: 550, command: 'MAIL FROM' })).toBe('transient');
	});
});

describe('describeSmtpFailure', () => {
	it('names what failed in one short line', () => {
		expect(
			describeSmtpFailure({ code: 'EENVELOPE', command: 'RCPT TO', responseCode: 550, message: 'No such user' })
		).toBe('EENVELOPE RCPT TO 550 No such user');
		expect(describeSmtpFailure({})).toBe('unknown failure');
		expect(describeSmtpFailure({ message: 'x'.repeat(900) })).toHaveLength(500);
	});
});
