import { m } from '$lib/paraglide/messages';
import { formatMoney } from '$lib/i18n/format-money';
import { formatNumber } from '$lib/i18n/format';
import { openLicenceFeeBases } from '$lib/vocabularies/open-licence';
import { royaltyBases, royaltyPeriods, type RoyaltyBase, type RoyaltyPeriod } from '$lib/vocabularies/income';

/** The published terms of an open licence declaration (Patent Law Art. 50: the fee and how it is paid). */
export interface OpenLicenceTermsInput {
	feeBasis: 'lump_sum' | 'royalty' | 'lump_sum_and_royalty';
	/** Fen. */
	lumpSumFen: number | null;
	royaltyPercent: string | null;
	royaltyBase: RoyaltyBase | null;
	royaltyPeriod: RoyaltyPeriod | null;
	paymentMethod: string;
	termMonths: number;
	fieldLimits: string;
}

/**
 * The terms as label → value rows in the reader's language, in one order everywhere they are
 * shown: the public list, the listing page, the accept page and the written notice (PDF).
 */
export function openLicenceTerms(terms: OpenLicenceTermsInput): [label: string, value: string][] {
	const rows: [string, string][] = [[m.open_licence_fee_basis(), openLicenceFeeBases.label(terms.feeBasis)]];
	if (terms.lumpSumFen !== null) rows.push([m.open_licence_lump_sum(), formatMoney(terms.lumpSumFen)]);
	if (terms.royaltyPercent !== null)
		rows.push([
			m.open_licence_royalty(),
			m.open_licence_royalty_value({
				percent: terms.royaltyPercent,
				base: terms.royaltyBase ? royaltyBases.label(terms.royaltyBase) : '—',
				period: terms.royaltyPeriod ? royaltyPeriods.label(terms.royaltyPeriod) : '—'
			})
		]);
	rows.push([m.open_licence_payment_method(), terms.paymentMethod || '—']);
	rows.push([m.open_licence_term(), m.open_licence_term_months({ months: formatNumber(terms.termMonths) })]);
	rows.push([m.open_licence_field_limits(), terms.fieldLimits || m.open_licence_no_field_limits()]);
	return rows;
}
