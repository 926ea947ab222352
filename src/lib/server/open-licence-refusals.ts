import { constraintName, errorCode, errorDetail } from './db/port.ts';
import { databaseConstraints, databaseErrors, postgresErrors } from '../contracts/database-errors.ts';

// The database's refusals of an open licence write (supabase/migrations/…_open_licences.sql,
// …_open_licence_acceptance.sql), as reasons with the form field each belongs to (`form` when no
// single field is to blame). Message keys: `open_licence_refusal_<reason>` (messages/*.json).

export const openLicenceRefusalReasons = [
	'not_allowed',
	'not_found',
	'standing',
	'not_announced',
	'report_missing',
	'move_illegal',
	'frozen',
	'exclusive_in_force',
	'patent_refused',
	'date_order',
	'future_date',
	'duplicate',
	'key_reused',
	'pledged'
] as const;
export type OpenLicenceRefusalReason = (typeof openLicenceRefusalReasons)[number];

export type OpenLicenceRefusal = {
	ok: false;
	reason: OpenLicenceRefusalReason;
	field: string;
	/** The earliest day a date may have (ZQ328), for the message. */
	detail?: string;
};

export const refuseOpenLicence = (reason: OpenLicenceRefusalReason, field = 'form'): OpenLicenceRefusal => ({
	ok: false,
	reason,
	field
});

const byCode: Record<string, OpenLicenceRefusalReason> = {
	[databaseErrors.openLicenceStanding]: 'standing',
	[databaseErrors.openLicenceNotAnnounced]: 'not_announced',
	[databaseErrors.evaluationReportMissing]: 'report_missing',
	[databaseErrors.openLicenceMoveIllegal]: 'move_illegal',
	[databaseErrors.openLicenceTermsFrozen]: 'frozen',
	[databaseErrors.openLicenceExclusiveInForce]: 'exclusive_in_force',
	[databaseErrors.openLicencePatentRefused]: 'patent_refused',
	[databaseErrors.openLicenceDateOrder]: 'date_order',
	[databaseErrors.dayNotYetCome]: 'future_date',
	// Civil Code Art. 444: the patent is pledged and the bank has not consented to licensing it.
	[databaseErrors.pledgedPatentDeal]: 'pledged',
	[postgresErrors.insufficientPrivilege]: 'not_allowed',
	[postgresErrors.foreignKeyViolation]: 'not_found'
};

/** Unique violations the application explains: a second standing declaration; an acceptance key already used. */
const uniqueReasons: Record<string, OpenLicenceRefusalReason> = {
	[databaseConstraints.openLicenceOnePerPatent]: 'duplicate',
	[databaseConstraints.interestKeyOnce]: 'key_reused'
};

/** The refusal a database error means (field from `fields`), or null: the caller rethrows that. */
export function openLicenceRefusal(
	error: unknown,
	fields: Partial<Record<OpenLicenceRefusalReason, string>> = {}
): OpenLicenceRefusal | null {
	const code = errorCode(error);
	const reason =
		code === postgresErrors.uniqueViolation
			? uniqueReasons[constraintName(error) ?? '']
			: code
				? byCode[code]
				: undefined;
	if (!reason) return null;
	const refusal = refuseOpenLicence(reason, fields[reason] ?? 'form');
	const detail = code?.startsWith('ZQ') ? errorDetail(error) : undefined;
	return detail === undefined ? refusal : { ...refusal, detail };
}
