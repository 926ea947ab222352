import { describe, expect, it } from 'vitest';
import { alertPreferencesSchema, frequencyField } from './alert-preferences.ts';
import { alertChannels, alertTopics } from '../vocabularies/alerts.ts';

const all = Object.fromEntries(
	alertTopics.values.flatMap((topic) =>
		alertChannels.values.map((channel) => [frequencyField(topic, channel), 'daily'])
	)
);
const issues = (form: Record<string, unknown>) =>
	alertPreferencesSchema.safeParse(form).error?.issues.map((issue) => [issue.path.join('.'), issue.message]) ?? [];

describe('alertPreferencesSchema', () => {
	it('takes a frequency per topic and channel and quiet hours, both or neither', () => {
		expect(issues({ ...all, quietFrom: '', quietUntil: '' })).toEqual([]);
		expect(issues({ ...all, quietFrom: '22:00', quietUntil: '07:30' })).toEqual([]);
		expect(issues({ ...all, quietFrom: '22:00', quietUntil: '' })).toEqual([['quietUntil', 'alerts_error_quiet_both']]);
		expect(issues({ ...all, quietFrom: '', quietUntil: '07:00' })).toEqual([['quietFrom', 'alerts_error_quiet_both']]);
		expect(issues({ ...all, quietFrom: '07:00', quietUntil: '07:00:00' })).toEqual([
			['quietUntil', 'alerts_error_quiet_same']
		]);
	});
	it('refuses what no form sends, with a message key', () => {
		expect(issues({ ...all, 'deals.email': 'hourly', quietFrom: '', quietUntil: '' })).toEqual([
			['deals.email', 'error_invalid']
		]);
		const huge = issues({ ...all, quietFrom: '9'.repeat(10_000), quietUntil: '25:00' });
		expect(new Set(huge.map(([path, message]) => `${path}:${message}`))).toEqual(
			new Set(['quietFrom:alerts_error_time', 'quietUntil:alerts_error_time'])
		);
	});
});
