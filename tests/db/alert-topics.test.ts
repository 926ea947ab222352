import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { notificationKinds } from '../../src/lib/vocabularies/activity.ts';
import { alertChannels, alertTopicOf, alertTopics, defaultAlertFrequency } from '../../src/lib/vocabularies/alerts.ts';
import { asUser, demo, driver, openTestDatabase } from './setup/database.ts';

describe(`alert topics and defaults on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('maps every notification kind to the topic the vocabulary names, with the same defaults', async () => {
		const rows = await database.query<{ kind: string; topic: string }>(
			sql`select kind, app.alert_topic(kind) as topic from unnest(${[...notificationKinds.values]}::text[]) kind`
		);
		expect(Object.fromEntries(rows.map((row) => [row.kind, row.topic]))).toEqual(
			Object.fromEntries(notificationKinds.values.map((kind) => [kind, alertTopicOf(kind)]))
		);
		for (const topic of alertTopics.values)
			for (const channel of alertChannels.values) {
				const [row] = await database.query<{ frequency: string }>(
					sql`select app.alert_default_frequency(${topic}, ${channel}) as frequency`
				);
				expect([topic, channel, row.frequency]).toEqual([topic, channel, defaultAlertFrequency(topic, channel)]);
			}
	});

	it('gives a user their own effective frequency, and nobody else’s', async () => {
		const researcher = asUser(database, demo.researcher);
		await researcher.query(sql`insert into public.alert_preferences (user_id, topic, channel, frequency)
			values (${demo.researcher}, 'deals', 'push', 'weekly')`);
		const frequency = (user: string, topic: string, channel: string) =>
			researcher.query<{ frequency: string | null }>(
				sql`select app.alert_frequency(${user}::uuid, ${topic}, ${channel}) as frequency`
			);
		expect(await frequency(demo.researcher, 'deals', 'push')).toEqual([{ frequency: 'weekly' }]);
		expect(await frequency(demo.researcher, 'matches', 'email')).toEqual([{ frequency: 'daily' }]);
		expect(await frequency(demo.company, 'saved_searches', 'email')).toEqual([{ frequency: null }]);
	});
});
