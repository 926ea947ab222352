import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '$lib/server/http/guards';
import { parseForm, readForm, rejectForm } from '$lib/server/http/forms';
import { alertPreferencesSchema, frequencyField } from '$lib/schemas/alert-preferences';
import * as alertPreferences from '$lib/server/alert-preferences';
import { alertChannels, alertTopics, type AlertFrequency } from '$lib/vocabularies/alerts';

// Alert preferences (docs/domain.md, "Alerts"): how often each topic arrives by email and push,
// and quiet hours. One form, no script needed.

export const load: PageServerLoad = async ({ locals, url }) => {
	const user = requireUser(locals, url);
	return { choices: await alertPreferences.readAlertChoices(locals.db, user.id) };
};

export const actions: Actions = {
	save: async ({ locals, url, request }) => {
		const user = requireUser(locals, url);
		const form = parseForm(alertPreferencesSchema, await readForm(request));
		if (!form.ok) return rejectForm(400, form.values, form.errors);
		const data = form.data as Record<string, string>;
		await alertPreferences.saveAlertChoices(locals.db, user.id, {
			frequencies: alertTopics.values.flatMap((topic) =>
				alertChannels.values.map((channel) => ({
					topic,
					channel,
					frequency: data[frequencyField(topic, channel)] as AlertFrequency
				}))
			),
			quietFrom: form.data.quietFrom,
			quietUntil: form.data.quietUntil
		});
		return { success: 'alerts_preferences_saved' };
	}
};
