import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { csvDocument, csvHeader, csvRecord } from '$lib/rules/csv';
import { readExportName } from '$lib/schemas/office-metrics';
import { csvType, downloadResponse, xlsxType } from '$lib/server/http/download';
import { requireRoles } from '$lib/server/http/guards';
import * as register from '$lib/server/office-metrics-register';
import { registerCells, registerHeader } from '$lib/server/exports/metrics-tables';
import { readMetricsFilters, readOfficeMetrics } from '../../metrics.server';

// One table of the office metrics as CSV (UTF-8 with BOM) or XLSX, named in the reader's
// language. The listings register streams: batches read by keyset (office-metrics-register.ts)
// are written as they come, so 100,000 rows are never held at once. exceljs loads here only.
export const GET: RequestHandler = async ({ locals, url, params }) => {
	requireRoles(locals, url, 'officer', 'admin');
	const file = readExportName(params.file);
	if (!file) error(404, m.error_not_found());
	if (file.table === 'listings') {
		// The register alone: the page's tables (the costly queries) are not computed for it.
		const { query, facets } = await readMetricsFilters(locals, url);
		const name = `${m.metrics_title()}-${m.metrics_register_title()}`;
		const toCells = registerCells(facets);
		const filter = { ...query, year: url.searchParams.has('all') ? null : query.year };
		async function* batches() {
			for await (const rows of register.readRegister(locals.db, filter)) yield rows.map(toCells);
		}
		if (file.format === 'xlsx') {
			const { streamWorkbook } = await import('$lib/server/exports/xlsx-stream');
			return downloadResponse(streamWorkbook(name, registerHeader(), batches()), xlsxType, name, 'xlsx');
		}
		const rows = batches();
		const encoder = new TextEncoder();
		const body = new ReadableStream<Uint8Array>({
			start: (controller) => controller.enqueue(encoder.encode(csvHeader(registerHeader()))),
			pull: async (controller) => {
				const next = await rows.next();
				if (next.done) controller.close();
				else controller.enqueue(encoder.encode(next.value.map(csvRecord).join('')));
			}
		});
		return downloadResponse(body, csvType, name, 'csv');
	}
	const { sheets } = await readOfficeMetrics(locals, url);
	const sheet = sheets[file.table];
	const name = `${m.metrics_title()}-${sheet.name}`;
	if (file.format === 'csv') return downloadResponse(csvDocument(sheet.header, sheet.rows), csvType, name, 'csv');
	const { buildWorkbook } = await import('$lib/server/exports/xlsx');
	return downloadResponse((await buildWorkbook(sheet)) as BodyInit, xlsxType, name, 'xlsx');
};
