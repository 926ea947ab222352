import { m } from '$lib/paraglide/messages';
import { cooperationModes, industries, legalStatuses, patentTypes } from '$lib/vocabularies/listing';
import type { FilterChip } from '$lib/rules/filter-chips';
import { localName } from './local-name';

export interface FilterLabelContext {
	universities: { id: string; nameZh: string; nameEn: string }[];
	/** 开放许可 as text: the catalogue passes it as data to stay within its script budget. */
	openLicenceLabel: string;
}

/** How a search filter reads: on the catalogue's chips, and on saved searches. */
export function filterLabel(chip: Pick<FilterChip, 'filter' | 'value'>, context: FilterLabelContext): string {
	switch (chip.filter) {
		case 'industry':
			return industries.label(chip.value);
		case 'mode':
			return cooperationModes.label(chip.value);
		case 'patentType':
			return patentTypes.label(chip.value);
		case 'legalStatus':
			return legalStatuses.label(chip.value);
		case 'trlMin':
			return m.dealroom_trl_min({ level: chip.value });
		case 'trlMax':
			return m.dealroom_trl_max({ level: chip.value });
		case 'institution': {
			const university = context.universities.find((candidate) => candidate.id === chip.value);
			return university ? localName(university) : chip.value;
		}
		case 'openLicence':
			return context.openLicenceLabel;
	}
}
