import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import {
	alertChannels,
	alertTopics,
	defaultAlertFrequency,
	type AlertChannel,
	type AlertFrequency,
	type AlertTopic
} from '../vocabularies/alerts.ts';

// A user's alert choices (docs/domain.md, "Alerts"): public.alert_preferences and
// public.alert_settings, their own rows by RLS. A choice equal to the default is not stored, so
// the row exists only where the user chose otherwise.

export interface AlertChoices {
	frequencies: { topic: AlertTopic; channel: AlertChannel; frequency: AlertFrequency }[];
	/** "HH:MM", China Standard Time; both empty without quiet hours. */
	quietFrom: string;
	quietUntil: string;
}

export async function readAlertChoices(db: Executor, userId: string): Promise<AlertChoices> {
	const [chosen, settings] = await Promise.all([
		db.query<{ topic: string; channel: string; frequency: AlertFrequency }>(
			sql`select topic, channel, frequency from public.alert_preferences where user_id = ${userId}`
		),
		db.query<{ quietFrom: string | null; quietUntil: string | null }>(sql`
			select to_char(quiet_from, 'HH24:MI') as "quietFrom", to_char(quiet_until, 'HH24:MI') as "quietUntil"
			from public.alert_settings where user_id = ${userId}`)
	]);
	const frequencies = alertTopics.values.flatMap((topic) =>
		alertChannels.values.map((channel) => ({
			topic,
			channel,
			frequency:
				chosen.find((row) => row.topic === topic && row.channel === channel)?.frequency ??
				defaultAlertFrequency(topic, channel)
		}))
	);
	return { frequencies, quietFrom: settings[0]?.quietFrom ?? '', quietUntil: settings[0]?.quietUntil ?? '' };
}

/** Saves every choice at once (one transaction): a replayed form leaves the same rows. */
export async function saveAlertChoices(db: Executor, userId: string, choices: AlertChoices): Promise<void> {
	const differing = choices.frequencies.filter(
		(choice) => choice.frequency !== defaultAlertFrequency(choice.topic, choice.channel)
	);
	await db.transaction(async (transaction) => {
		await transaction.query(sql`delete from public.alert_preferences where user_id = ${userId}`);
		if (differing.length > 0)
			await transaction.query(sql`
				insert into public.alert_preferences (user_id, topic, channel, frequency)
				select ${userId}, topic, channel, frequency
				from unnest(${differing.map((row) => row.topic)}::text[], ${differing.map((row) => row.channel)}::text[],
				            ${differing.map((row) => row.frequency)}::text[]) as chosen (topic, channel, frequency)`);
		if (choices.quietFrom && choices.quietUntil)
			await transaction.query(sql`
				insert into public.alert_settings (user_id, quiet_from, quiet_until)
				values (${userId}, ${choices.quietFrom}::time, ${choices.quietUntil}::time)
				on conflict (user_id) do update
				set quiet_from = excluded.quiet_from, quiet_until = excluded.quiet_until, updated_at = now()`);
		else await transaction.query(sql`delete from public.alert_settings where user_id = ${userId}`);
	});
}
