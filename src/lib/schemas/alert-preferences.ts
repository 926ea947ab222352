import { z } from 'zod';
import { alertChannels, alertFrequencies, alertTopics } from '../vocabularies/alerts.ts';
import { timeOfDayMs } from '../rules/quiet-hours.ts';

// The alert preferences form (/account/alerts, docs/domain.md "Alerts"): one select per topic and
// channel, named `<topic>.<channel>`, and quiet hours as two time inputs, both or neither.

export const frequencyField = (topic: string, channel: string) => `${topic}.${channel}`;

const frequency = z.enum(alertFrequencies.values, { error: 'error_invalid' });
const time = z
	.string()
	.trim()
	.max(8, { error: 'alerts_error_time' })
	.refine((value) => value === '' || timeOfDayMs(value) !== null, { error: 'alerts_error_time' });

const fields: Record<string, typeof frequency> = {};
for (const topic of alertTopics.values)
	for (const channel of alertChannels.values) fields[frequencyField(topic, channel)] = frequency;

export const alertPreferencesSchema = z
	.object({ ...fields, quietFrom: time, quietUntil: time })
	.superRefine((form, context) => {
		if ((form.quietFrom === '') !== (form.quietUntil === ''))
			context.addIssue({
				code: 'custom',
				path: [form.quietFrom === '' ? 'quietFrom' : 'quietUntil'],
				message: 'alerts_error_quiet_both'
			});
		else if (timeOfDayMs(form.quietFrom) !== null && timeOfDayMs(form.quietFrom) === timeOfDayMs(form.quietUntil))
			context.addIssue({ code: 'custom', path: ['quietUntil'], message: 'alerts_error_quiet_same' });
	});
