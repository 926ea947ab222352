import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import { checkPdfUpload } from '../rules/file-type.ts';
import type { Storage } from './storage/port.ts';
import { storeUpload } from './storage/upload.ts';
import type { DeliveryInput } from '../schemas/valuation.ts';
import { deliverValuation, refuseValuation, type ValuationRefusal, type ValuationWrite } from './valuations.ts';

// The firm's valuation report: a PDF stored under `valuations/<valuation>/<new id>`, written in
// one step with the figures (app.deliver_valuation). A refused delivery (not the firm's staff,
// not accepted, figures out of rule) removes the stored file again: storage keeps no report
// without its row.

export type DeliveryResult = ValuationWrite | { ok: false; reason: 'empty' | 'unsupported_type' | 'too_large' };

export async function deliverReport(
	db: Executor,
	storage: Storage,
	id: string,
	upload: { fileName: string; bytes: Uint8Array },
	figures: DeliveryInput
): Promise<DeliveryResult> {
	if (!isUuid(id)) return refuseValuation('not_found');
	const held: { refusal: ValuationRefusal | null } = { refusal: null };
	try {
		const outcome = await storeUpload(
			storage,
			`valuations/${id}`,
			upload,
			async (file) => {
				const written = await deliverValuation(db, id, { ...figures, reportKey: file.key });
				if (!written.ok) {
					held.refusal = written;
					throw new NotKept();
				}
			},
			checkPdfUpload
		);
		if (!outcome.ok)
			return outcome.reason === 'refused' ? refuseValuation('not_allowed') : { ok: false, reason: outcome.reason };
	} catch (error) {
		if (error instanceof NotKept && held.refusal) return held.refusal;
		throw error;
	}
	return { ok: true, id };
}

export interface ReportFile {
	storageKey: string;
	/** 专利价值评估报告-<first application number>.pdf */
	fileName: string;
}

/** The report of a delivered valuation the reader may see (RLS), or null (404). */
export async function getReport(db: Executor, id: string): Promise<ReportFile | null> {
	if (!isUuid(id)) return null;
	const [row] = await db.query<ReportFile>(sql`
		select r.report_key as "storageKey",
		       '专利价值评估报告-' || coalesce((select min(vp.application_number) from public.valuation_patents vp
		                                   where vp.valuation_id = r.id), '') || '.pdf' as "fileName"
		from public.valuation_requests r where r.id = ${id} and r.report_key is not null`);
	return row ?? null;
}

/** Rolls the stored file back with its refused delivery. */
class NotKept extends Error {}
