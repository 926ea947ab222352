import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as alertPreferences from '../../src/lib/server/alert-preferences.ts';
import { defaultAlertFrequency } from '../../src/lib/vocabularies/alerts.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

describe(`alert preferences on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('keeps what a user chose, stores only what differs from the default, and shows it to nobody else', async () => {
		const company = asUser(database, demo.company);
		const choices = await alertPreferences.readAlertChoices(company, demo.company);
		const changed = {
			frequencies: choices.frequencies.map((choice) =>
				choice.topic === 'deals' && choice.channel === 'push'
					? { ...choice, frequency: 'immediately' as const }
					: choice
			),
			quietFrom: '22:00',
			quietUntil: '07:30'
		};
		await alertPreferences.saveAlertChoices(company, demo.company, changed);
		await alertPreferences.saveAlertChoices(company, demo.company, changed);
		expect(await alertPreferences.readAlertChoices(company, demo.company)).toEqual(changed);
		const stored = await database.query<{ topic: string; channel: string; frequency: string }>(
			sql`select topic, channel, frequency from public.alert_preferences where user_id = ${demo.company} order by topic, channel`
		);
		const chosenOtherwise = changed.frequencies
			.filter((choice) => choice.frequency !== defaultAlertFrequency(choice.topic, choice.channel))
			.map(({ topic, channel, frequency }) => ({ topic, channel, frequency }))
			.sort((a, b) => `${a.topic}.${a.channel}`.localeCompare(`${b.topic}.${b.channel}`));
		expect(stored).toEqual(chosenOtherwise);
		expect(stored).toContainEqual({ topic: 'deals', channel: 'push', frequency: 'immediately' });

		// Another user reads defaults for the company user: their rows are invisible (RLS).
		const officer = asUser(database, demo.officer);
		const seen = await alertPreferences.readAlertChoices(officer, demo.company);
		expect(seen.quietFrom).toBe('');
		expect(seen.frequencies.find((row) => row.topic === 'deals' && row.channel === 'push')?.frequency).toBe('never');
		// And cannot change them: the delete and insert touch only the officer's own rows, or are refused.
		await expect(alertPreferences.saveAlertChoices(officer, demo.company, changed)).rejects.toThrow();
		expect(await alertPreferences.readAlertChoices(company, demo.company)).toEqual(changed);

		await alertPreferences.saveAlertChoices(company, demo.company, { ...changed, quietFrom: '', quietUntil: '' });
		expect((await alertPreferences.readAlertChoices(company, demo.company)).quietFrom).toBe('');
	});
});
