import { describe, expect, it } from 'vitest';
import { stringify } from 'devalue';
import { replayOutcome } from './outbox-result';

describe('a replayed offline write', () => {
	it('is sent when the action succeeds or redirects to its result', () => {
		expect(replayOutcome(200, { type: 'success', data: stringify({ action: 'message', sent: true }) })).toEqual({
			state: 'sent'
		});
		expect(replayOutcome(200, { type: 'redirect', location: '/interests?sent=1' })).toEqual({ state: 'sent' });
	});

	it('is refused with the server’s own message key', () => {
		const withdrawn = {
			type: 'failure',
			data: stringify({ values: {}, errors: { form: 'error_interest_not_allowed' } })
		};
		expect(replayOutcome(403, withdrawn)).toEqual({ state: 'refused', reason: 'error_interest_not_allowed' });
		const notParticipant = {
			type: 'failure',
			data: stringify({ action: 'message', errors: { body: 'error_deal_not_participant' } })
		};
		expect(replayOutcome(403, notParticipant)).toEqual({ state: 'refused', reason: 'error_deal_not_participant' });
	});

	it('is refused with an interest’s own message key, such as an interest already sent', () => {
		const alreadySent = {
			type: 'failure',
			data: stringify({ values: {}, errors: { form: 'interests_error_already_sent' }, open: null })
		};
		expect(replayOutcome(409, alreadySent)).toEqual({ state: 'refused', reason: 'interests_error_already_sent' });
		const tooLong = { type: 'failure', data: stringify({ errors: { message: 'interests_error_message_too_long' } }) };
		expect(replayOutcome(400, tooLong)).toEqual({ state: 'refused', reason: 'interests_error_message_too_long' });
	});

	it('is refused when the session has ended, since nothing was written', () => {
		expect(replayOutcome(200, { type: 'redirect', location: '/signin?redirectTo=%2Fdeals' })).toEqual({
			state: 'refused',
			reason: 'outbox_signed_out'
		});
	});

	it('waits for another try after a server error or an answer that is not the app’s', () => {
		expect(replayOutcome(500, { type: 'error' })).toEqual({ state: 'retry' });
		expect(replayOutcome(502, null)).toEqual({ state: 'retry' });
	});

	it('falls back to a generic refusal when the data carries no message key', () => {
		expect(replayOutcome(400, { type: 'failure', data: 'not devalue' })).toEqual({
			state: 'refused',
			reason: 'error_request_refused'
		});
	});
});
