import type { Executor } from './port.ts';
import { errorCode } from './port.ts';
import type { SqlFragment } from './sql.ts';
import { isUuid } from '../../schemas/fields.ts';

// A domain's refusals as its SECURITY DEFINER functions raise them (valuations, service cases, pledges):
// each error code means a reason and the form field it belongs to. A write answers with the row's
// id or a refusal; any other error is rethrown (a 500, a bug).

export type Refusal<Reason extends string> = { ok: false; reason: Reason; field: string };
export type Write<Reason extends string> = { ok: true; id: string } | Refusal<Reason>;

export function refusalsOf<Reason extends string>(byCode: Record<string, [Reason, string]>, notFound: Reason) {
	const refuse = (reason: Reason, field = 'form'): Refusal<Reason> => ({ ok: false, reason, field });
	/** The refusal a database error means, or null (the caller rethrows that). */
	const refusal = (error: unknown): Refusal<Reason> | null => {
		const known = byCode[errorCode(error) ?? ''];
		return known ? refuse(known[0], known[1]) : null;
	};
	/** Runs a function answering `id`; an id that is no uuid is not found without asking. */
	const call = async (db: Executor, id: string | null, statement: SqlFragment): Promise<Write<Reason>> => {
		if (id !== null && !isUuid(id)) return refuse(notFound);
		try {
			const [row] = await db.query<{ id: string | null }>(statement);
			return row?.id ? { ok: true, id: row.id } : refuse(notFound);
		} catch (error) {
			const known = refusal(error);
			if (known) return known;
			throw error;
		}
	};
	return { refuse, refusal, call };
}
