import type { Executor } from './db/port.ts';
import { listInstitutions, type Organization } from './organizations.ts';
import { m } from '../paraglide/messages.js';

/**
 * What a search's filters need to be read out (src/lib/i18n/filter-labels.ts): the universities'
 * names and 开放许可 as text, for the catalogue and for saved searches.
 */
export async function filterLabelContext(
	db: Executor
): Promise<{ universities: Organization[]; openLicenceLabel: string }> {
	const institutions = await listInstitutions(db);
	return {
		universities: institutions.filter((institution) => institution.kind === 'university'),
		openLicenceLabel: m.open_licence_badge()
	};
}
