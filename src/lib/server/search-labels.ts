import type { Executor } from './db/port.ts';
import { listInstitutions } from './organizations.ts';
import { m } from '../paraglide/messages.js';
import type { FilterLabelContext } from '../i18n/filter-labels.ts';

/** What a search's filters need to be read out (university names), for pages other than the catalogue. */
export async function filterLabelContext(db: Executor): Promise<FilterLabelContext> {
	const institutions = await listInstitutions(db);
	return {
		universities: institutions.filter((institution) => institution.kind === 'university'),
		openLicenceLabel: m.open_licence_badge()
	};
}
