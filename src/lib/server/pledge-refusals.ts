import { refusalsOf, type Refusal, type Write } from './db/refusals.ts';
import { databaseErrors, postgresErrors } from '../contracts/database-errors.ts';

// The database's refusals of a pledge loan write (ZQ550–ZQ558 and the standard ones), as reasons
// a page shows under the field they belong to.

export const pledgeRefusalReasons = [
	'not_allowed',
	'not_found',
	'bank_refused',
	'patent_not_held',
	'patent_not_granted',
	'patent_pledged',
	'valuation_refused',
	'move_illegal',
	'registration_invalid',
	'consent_refused',
	'duplicate',
	'invalid'
] as const;
export type PledgeRefusalReason = (typeof pledgeRefusalReasons)[number];
export type PledgeRefusal = Refusal<PledgeRefusalReason>;
export type PledgeWrite = Write<PledgeRefusalReason>;

const byCode: Record<string, [PledgeRefusalReason, string]> = {
	[databaseErrors.pledgeBankRefused]: ['bank_refused', 'bankId'],
	[databaseErrors.pledgePatentNotHeld]: ['patent_not_held', 'numbers'],
	[databaseErrors.pledgePatentNotGranted]: ['patent_not_granted', 'numbers'],
	[databaseErrors.pledgePatentPledged]: ['patent_pledged', 'numbers'],
	[databaseErrors.pledgeValuationRefused]: ['valuation_refused', 'valuationId'],
	[databaseErrors.pledgeMoveIllegal]: ['move_illegal', 'form'],
	[databaseErrors.pledgeRegistrationInvalid]: ['registration_invalid', 'registrationNumber'],
	[databaseErrors.pledgeConsentRefused]: ['consent_refused', 'number'],
	[postgresErrors.uniqueViolation]: ['duplicate', 'number'],
	[postgresErrors.checkViolation]: ['invalid', 'form'],
	[postgresErrors.insufficientPrivilege]: ['not_allowed', 'form'],
	[postgresErrors.foreignKeyViolation]: ['not_found', 'form'],
	[postgresErrors.noDataFound]: ['not_found', 'form']
};

/** Runs a definer function answering `id`, its known refusals as results (others rethrown). */
export const { call: pledgeCall } = refusalsOf(byCode, 'not_found');
