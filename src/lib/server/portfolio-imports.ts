import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { isUuid } from '../schemas/fields.ts';
import { readCsv } from '../rules/csv-read.ts';
import { mapHeaders, parsePortfolioRow, type PortfolioField, type RowError } from '../rules/portfolio-row.ts';
import { zipUncompressedSize } from '../rules/zip-size.ts';
import { readXlsxRows } from './portfolio-xlsx.ts';

// Importing a portfolio from a CSV or XLSX export (docs/domain.md, "Patent portfolio"): the file is
// read and every row parsed (src/lib/rules/portfolio-row.ts), the valid rows and the per-row errors
// are stored under a token (public.portfolio_imports), the officer sees the preview, and confirming
// upserts on the application number in batches, each row once (src/lib/server/portfolio-import-batches.ts).

export const maxImportRows = 20_000;

export type ImportError = { row: number; reason: RowError | 'duplicate'; number: string };
export type FileRefusal = {
	ok: false;
	reason: 'unreadable' | 'empty' | 'too_many_rows' | 'headers';
	missing?: PortfolioField[];
};

/** UTF-8 (with or without BOM); text that is not valid UTF-8 is read as GB18030, as Excel saves Chinese CSV. */
export function decodeText(bytes: Uint8Array): string {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder('gb18030').decode(bytes);
	}
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
// Text never holds a NUL (nor can Postgres store one): the whole file is looked at, not its start.
const isBinary = (bytes: Uint8Array) => bytes.includes(0);

// A workbook of the 20,000 rows an import allows inflates to a few tens of MB: far more is a bomb.
const maxInflatedBytes = 200 * 1024 * 1024;

async function readRows(bytes: Uint8Array): Promise<string[][] | null> {
	if (isZip(bytes)) {
		const inflated = zipUncompressedSize(bytes);
		return inflated === null || inflated > maxInflatedBytes ? null : readXlsxRows(bytes);
	}
	if (isBinary(bytes)) return null;
	return readCsv(decodeText(bytes));
}

interface StoredRow {
	application_number: string;
	title: string;
	patent_type: string;
	applicants: string[];
	inventors: string[];
	filed_on: string;
	granted_on: string | null;
	legal_status: string;
	ipc_codes: string[];
}

/** Reads a file into valid rows and row errors (row numbers as the spreadsheet shows them: the header is row 1). */
export async function parseImportFile(
	bytes: Uint8Array
): Promise<{ ok: true; rows: StoredRow[]; errors: ImportError[] } | FileRefusal> {
	const table = await readRows(bytes);
	if (!table) return { ok: false, reason: 'unreadable' };
	const headerAt = table.findIndex((cells) => cells.some((cell) => cell.trim() !== ''));
	if (headerAt < 0) return { ok: false, reason: 'empty' };
	const { columns, missing } = mapHeaders(table[headerAt]);
	if (missing.length > 0) return { ok: false, reason: 'headers', missing };
	const body = table.slice(headerAt + 1);
	if (body.length > maxImportRows) return { ok: false, reason: 'too_many_rows' };
	const rows: StoredRow[] = [];
	const errors: ImportError[] = [];
	const seen = new Set<string>();
	body.forEach((cells, index) => {
		if (cells.every((cell) => cell.trim() === '')) return;
		const row = headerAt + index + 2;
		const result = parsePortfolioRow(cells, columns);
		const number = (columns.number === undefined ? '' : (cells[columns.number] ?? '')).slice(0, 40);
		if (!result.ok) return void errors.push({ row, reason: result.reason, number });
		const p = result.patent;
		if (seen.has(p.applicationNumber)) return void errors.push({ row, reason: 'duplicate', number });
		seen.add(p.applicationNumber);
		rows.push({
			application_number: p.applicationNumber,
			title: p.title,
			patent_type: p.patentType,
			applicants: p.applicants,
			inventors: p.inventors,
			filed_on: p.filedOn,
			granted_on: p.grantedOn,
			legal_status: p.legalStatus,
			ipc_codes: p.ipcCodes
		});
	});
	if (rows.length === 0 && errors.length === 0) return { ok: false, reason: 'empty' };
	return { ok: true, rows, errors };
}

/** Stores a parsed file for its preview; the id is the token the confirmation names. */
export async function storeImport(
	db: Executor,
	universityId: string,
	fileName: string,
	parsed: { rows: StoredRow[]; errors: ImportError[] }
): Promise<string> {
	const [row] = await db.query<{ id: string }>(sql`
		insert into public.portfolio_imports (university_id, file_name, rows, errors)
		values (${universityId}, ${fileName}, ${JSON.stringify(parsed.rows)}::text::jsonb, ${JSON.stringify(parsed.errors)}::text::jsonb)
		returning id`);
	return row.id;
}

export interface ImportPreview {
	id: string;
	fileName: string;
	rows: number;
	errors: ImportError[];
	added: number;
	updated: number;
	unchanged: number;
	/** Confirmation started (some batches applied) but not finished. */
	applying: boolean;
	confirmed: boolean;
	/** Rows applied so far and rows to apply, once the confirmation started. */
	applied: number;
	total: number;
	/** Applying, yet no batch for a while: the process that ran it stopped; confirming again resumes. */
	stalled: boolean;
}

/**
 * The preview of a stored import: what confirming would add, change and leave; once confirming
 * started, how far it got and what it did so far (src/lib/server/portfolio-import-batches.ts).
 */
export async function getImport(db: Executor, token: string): Promise<ImportPreview | null> {
	if (!isUuid(token)) return null;
	const [row] = await db.query<ImportPreview>(sql`
		select i.id, i.file_name as "fileName", jsonb_array_length(i.rows)::int as rows, i.errors,
		       i.confirm_started_at is not null and i.confirmed_at is null as applying,
		       i.confirmed_at is not null as confirmed, i.applied_rows as applied,
		       coalesce(i.total_rows, jsonb_array_length(i.rows))::int as total,
		       coalesce(i.confirmed_at is null and i.progressed_at < now() - interval '20 seconds', false) as stalled,
		       coalesce(i.added, c.added)::int as added, coalesce(i.updated, c.updated)::int as updated,
		       coalesce(i.unchanged, c.unchanged)::int as unchanged
		from public.portfolio_imports i
		left join lateral (
			select count(*) filter (where p.id is null) as added,
			       count(*) filter (where p.id is not null and (p.title, p.patent_type::text, p.applicants, p.inventors,
			         p.filed_on, p.granted_on, p.legal_status::text, p.ipc_codes) is distinct from (r.title, r.patent_type,
			         r.applicants, r.inventors, r.filed_on, r.granted_on, r.legal_status, r.ipc_codes)) as updated,
			       count(*) filter (where p.id is not null and (p.title, p.patent_type::text, p.applicants, p.inventors,
			         p.filed_on, p.granted_on, p.legal_status::text, p.ipc_codes) is not distinct from (r.title, r.patent_type,
			         r.applicants, r.inventors, r.filed_on, r.granted_on, r.legal_status, r.ipc_codes)) as unchanged
			from jsonb_to_recordset(i.rows) as r(application_number text, title text, patent_type text, applicants text[],
			       inventors text[], filed_on date, granted_on date, legal_status text, ipc_codes text[])
			left join public.portfolio_patents p on p.university_id = i.university_id and p.application_number = r.application_number
			where i.confirm_started_at is null
		) c on true
		where i.id = ${token}`);
	return row ?? null;
}
