/**
 * One row of a patent export (CNIPA's, or an agency's such as incoPat or Patenthub) read into a
 * portfolio patent. Headers are Chinese or English; values as those exports write them. The
 * application number is checked by its check character (./patent-number.ts). Pure: the import
 * (src/lib/server/portfolio-imports.ts) reads the file and stores what this returns.
 */
import { parsePatentNumber, type PatentType } from './patent-number.ts';
import { isCalendarDate } from './calendar-date.ts';
import { withoutLoneSurrogates, withoutUnstorableCharacters } from './stored-text.ts';
import type { LegalStatus } from './patent-term.ts';

export const portfolioFields = [
	'number',
	'title',
	'type',
	'applicants',
	'inventors',
	'filedOn',
	'grantedOn',
	'status',
	'mainIpc',
	'ipc'
] as const;
export type PortfolioField = (typeof portfolioFields)[number];

/** Header names per field, compared without spaces, brackets or case. */
const headerNames: Record<PortfolioField, string[]> = {
	number: ['申请号', '专利申请号', '申请号/专利号', '专利号', 'applicationnumber', 'applicationno', 'appno', 'applno'],
	title: ['发明名称', '名称', '专利名称', '标题', '发明创造名称', 'title', 'inventiontitle'],
	type: ['专利类型', '类型', '申请类型', 'patenttype', 'type'],
	applicants: [
		'申请(专利权)人',
		'申请人',
		'专利权人',
		'当前权利人',
		'申请人/专利权人',
		'applicant',
		'applicants',
		'assignee'
	],
	inventors: ['发明(设计)人', '发明人', '设计人', '发明人/设计人', 'inventor', 'inventors'],
	filedOn: ['申请日', '申请日期', 'filingdate', 'applicationdate'],
	grantedOn: ['授权公告日', '授权日', '授权日期', '授权公告日期', 'grantdate', 'grantpublicationdate'],
	status: ['法律状态', '当前法律状态', '简单法律状态', 'legalstatus', 'status'],
	mainIpc: ['主分类号', '主ipc', 'ipc主分类号', 'mainipc', 'mainclassification'],
	ipc: ['ipc分类号', '分类号', 'ipc', 'ipc分类', 'ipccodes', 'ipcclassification']
};

const headerKey = (text: string) =>
	text
		.normalize('NFKC')
		.replace(/[\s\uFEFF()（）[\]【】*：:]/g, '')
		.toLowerCase();

const headerIndex = new Map<string, PortfolioField>(
	portfolioFields.flatMap((field) => headerNames[field].map((name) => [headerKey(name), field] as const))
);

export type ColumnMap = Partial<Record<PortfolioField, number>>;
/** Which column holds each field; `missing` names required fields without a column. */
export function mapHeaders(header: string[]): { columns: ColumnMap; missing: PortfolioField[] } {
	const columns: ColumnMap = {};
	header.forEach((cell, index) => {
		const field = headerIndex.get(headerKey(cell ?? ''));
		if (field && columns[field] === undefined) columns[field] = index;
	});
	const missing = (['number', 'title', 'filedOn'] as const).filter((field) => columns[field] === undefined);
	return { columns, missing };
}

export interface PortfolioRow {
	applicationNumber: string;
	title: string;
	patentType: PatentType;
	applicants: string[];
	inventors: string[];
	filedOn: string;
	grantedOn: string | null;
	legalStatus: LegalStatus;
	ipcCodes: string[];
}

export type RowError =
	| 'number_missing'
	| 'number_format'
	| 'number_check_character'
	| 'type_mismatch'
	| 'type_unknown'
	| 'title_missing'
	| 'title_too_long'
	| 'names_too_many'
	| 'filed_invalid'
	| 'granted_invalid'
	| 'grant_before_filing'
	| 'grant_date_missing'
	| 'status_unknown'
	| 'ipc_invalid';

export type RowResult = { ok: true; patent: PortfolioRow } | { ok: false; reason: RowError };

export const portfolioLimits = { title: 200, applicants: 20, inventors: 50, name: 200, ipcCodes: 20 } as const;

const clean = (text: string | undefined) =>
	withoutUnstorableCharacters(withoutLoneSurrogates(text ?? ''))
		.replace(/\s+/g, ' ')
		.trim();

/** 2021-03-05, 2021/3/5, 2021.03.05, 20210305, 2021年3月5日; null when empty, undefined when unreadable. */
export function parseExportDate(text: string): string | null | undefined {
	const value = clean(text).normalize('NFKC');
	if (value === '') return null;
	const match = /^(\d{4})(?:[-/.年](\d{1,2})[-/.月](\d{1,2})日?|(\d{2})(\d{2}))$/.exec(value);
	if (!match) return undefined;
	const [, year, month = match[4], day = match[5]] = match;
	const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
	return isCalendarDate(date) ? date : undefined;
}

const typeWords: [RegExp, PatentType][] = [
	[/实用新型|utility/i, 'utility_model'],
	[/外观|design/i, 'design'],
	[/发明|invention/i, 'invention']
];

const statusWords: [RegExp, LegalStatus][] = [
	[
		/无权|失效|终止|届满|驳回|撤回|放弃|无效|未缴|lapsed|expired|rejected|withdrawn|invalid|inactive|not in force|dead|ceased/i,
		'lapsed'
	],
	[/有权|授权|维持|granted|in force|active|alive/i, 'granted'],
	[/审中|在审|公开|实质审查|实审|受理|申请中|pending|published|examination/i, 'pending']
];

/** "H01M10/613 (2006.01)" → "H01M 10/613"; null when it is no IPC code. */
export function normalizeIpc(text: string): string | null {
	const value = text
		.normalize('NFKC')
		.replace(/\(.*?\)/g, '')
		.replace(/\s+/g, '')
		.toUpperCase();
	const match = /^([A-H]\d{2}[A-Z])(\d{1,4})\/(\d{2,6})$/.exec(value);
	return match ? `${match[1]} ${match[2]}/${match[3]}` : null;
}

/** Names are split before spaces are folded: some exports put one per line. */
const splitNames = (text: string | undefined) =>
	(text ?? '')
		.split(/[;；,，、|\r\n]+/)
		.map(clean)
		.filter(Boolean);

/** Reads one data row (cells in file order) with the header's column map. */
export function parsePortfolioRow(cells: string[], columns: ColumnMap): RowResult {
	const raw = (field: PortfolioField) => {
		const index = columns[field];
		return index === undefined ? '' : (cells[index] ?? '');
	};
	const cell = (field: PortfolioField) => clean(raw(field));
	const numberText = cell('number');
	if (numberText === '') return { ok: false, reason: 'number_missing' };
	const number = parsePatentNumber(numberText);
	if (!number.ok) {
		return { ok: false, reason: number.reason === 'check_character' ? 'number_check_character' : 'number_format' };
	}
	const typeText = cell('type');
	let patentType = number.type;
	if (typeText !== '') {
		const named = typeWords.find(([pattern]) => pattern.test(typeText))?.[1];
		if (!named) return { ok: false, reason: 'type_unknown' };
		if (named !== number.type) return { ok: false, reason: 'type_mismatch' };
		patentType = named;
	}
	const title = cell('title');
	if (title === '') return { ok: false, reason: 'title_missing' };
	if ([...title].length > portfolioLimits.title) return { ok: false, reason: 'title_too_long' };
	const applicants = splitNames(raw('applicants'));
	const inventors = splitNames(raw('inventors'));
	if (
		applicants.length > portfolioLimits.applicants ||
		inventors.length > portfolioLimits.inventors ||
		[...applicants, ...inventors].some((name) => name.length > portfolioLimits.name)
	) {
		return { ok: false, reason: 'names_too_many' };
	}
	const filedOn = parseExportDate(cell('filedOn'));
	if (!filedOn) return { ok: false, reason: 'filed_invalid' };
	const grantedOn = parseExportDate(cell('grantedOn'));
	if (grantedOn === undefined) return { ok: false, reason: 'granted_invalid' };
	if (grantedOn && grantedOn < filedOn) return { ok: false, reason: 'grant_before_filing' };
	const statusText = cell('status');
	let legalStatus: LegalStatus = grantedOn || number.granted ? 'granted' : 'pending';
	if (statusText !== '') {
		const named = statusWords.find(([pattern]) => pattern.test(statusText))?.[1];
		if (!named) return { ok: false, reason: 'status_unknown' };
		legalStatus = named;
	}
	if (legalStatus === 'granted' && !grantedOn) return { ok: false, reason: 'grant_date_missing' };
	const ipcTexts = [cell('mainIpc'), ...raw('ipc').split(/[;；,，|\r\n]+/)].map((code) => code.trim()).filter(Boolean);
	const ipcCodes: string[] = [];
	for (const text of ipcTexts) {
		const code = normalizeIpc(text);
		if (!code) return { ok: false, reason: 'ipc_invalid' };
		if (!ipcCodes.includes(code)) ipcCodes.push(code);
	}
	if (ipcCodes.length > portfolioLimits.ipcCodes) return { ok: false, reason: 'ipc_invalid' };
	return {
		ok: true,
		patent: {
			applicationNumber: number.applicationNumber,
			title,
			patentType,
			applicants,
			inventors,
			filedOn,
			grantedOn,
			legalStatus,
			ipcCodes
		}
	};
}
