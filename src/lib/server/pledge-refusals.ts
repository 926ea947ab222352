import type { Executor } from './db/port.ts';
import type { sql } from './db/sql.ts';
import { errorCode } from './db/port.ts';
import { isUuid } from '../schemas/fields.ts';
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
export type PledgeRefusal = { ok: false; reason: PledgeRefusalReason; field: string };
export type PledgeWrite = { ok: true; id: string } | PledgeRefusal;

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

/** The refusal a database error means, or null (the caller rethrows that). */
export function pledgeRefusal(error: unknown): PledgeRefusal | null {
	const known = byCode[errorCode(error) ?? ''];
	return known ? { ok: false, reason: known[0], field: known[1] } : null;
}

/** Runs a definer function answering `id`, its known refusals as results. */
export async function pledgeCall(
	db: Executor,
	id: string | null,
	statement: ReturnType<typeof sql>
): Promise<PledgeWrite> {
	if (id !== null && !isUuid(id)) return { ok: false, reason: 'not_found', field: 'form' };
	try {
		const [row] = await db.query<{ id: string | null }>(statement);
		return row?.id ? { ok: true, id: row.id } : { ok: false, reason: 'not_found', field: 'form' };
	} catch (error) {
		const refusal = pledgeRefusal(error);
		if (refusal) return refusal;
		throw error;
	}
}
