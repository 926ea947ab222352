import { describe, expect, it } from 'vitest';
import { mapHeaders, normalizeIpc, parseExportDate, parsePortfolioRow } from './portfolio-row.ts';

const chinese = [
	'申请号',
	'发明名称',
	'专利类型',
	'申请(专利权)人',
	'发明(设计)人',
	'申请日',
	'授权公告日',
	'法律状态',
	'主分类号',
	'IPC分类号'
];
const { columns } = mapHeaders(chinese);
const row = (overrides: Partial<Record<number, string>> = {}) => {
	const cells = [
		'CN201710601862.3',
		'一种动力电池热管理系统',
		'发明',
		'缙云大学；缙云新能源研究院',
		'李明、王芳',
		'2017/7/21',
		'2019年3月5日',
		'有权',
		'H01M10/613',
		'H01M 10/613(2014.01); H01M 10/625'
	];
	for (const [index, value] of Object.entries(overrides)) cells[Number(index)] = value ?? '';
	return parsePortfolioRow(cells, columns);
};

describe('portfolio export headers', () => {
	it('maps Chinese and English headers, and names the required ones missing', () => {
		expect(mapHeaders(chinese).missing).toEqual([]);
		const english = mapHeaders(['Application Number', 'Title', 'Filing Date', 'Legal Status', 'IPC']);
		expect(english.columns).toEqual({ number: 0, title: 1, filedOn: 2, status: 3, ipc: 4 });
		expect(mapHeaders(['\uFEFF申请号', '名称']).missing).toEqual(['filedOn']);
	});
});

describe('portfolio export rows', () => {
	it('reads a CNIPA row: number checked and normalised, names split, dates read, IPC main first', () => {
		expect(row()).toEqual({
			ok: true,
			patent: {
				applicationNumber: '201710601862.3',
				title: '一种动力电池热管理系统',
				patentType: 'invention',
				applicants: ['缙云大学', '缙云新能源研究院'],
				inventors: ['李明', '王芳'],
				filedOn: '2017-07-21',
				grantedOn: '2019-03-05',
				legalStatus: 'granted',
				ipcCodes: ['H01M 10/613', 'H01M 10/625']
			}
		});
	});

	it('refuses a wrong check character, a bad number and a type the number contradicts', () => {
		expect(row({ 0: '201710601862.4' })).toEqual({ ok: false, reason: 'number_check_character' });
		expect(row({ 0: '2017106018' })).toEqual({ ok: false, reason: 'number_format' });
		expect(row({ 0: '' })).toEqual({ ok: false, reason: 'number_missing' });
		expect(row({ 2: '实用新型' })).toEqual({ ok: false, reason: 'type_mismatch' });
		expect(row({ 2: '植物新品种' })).toEqual({ ok: false, reason: 'type_unknown' });
	});

	it('refuses missing titles, bad dates, a grant before filing and a granted patent without its date', () => {
		expect(row({ 1: ' ' })).toEqual({ ok: false, reason: 'title_missing' });
		expect(row({ 1: '题'.repeat(201) })).toEqual({ ok: false, reason: 'title_too_long' });
		expect(row({ 5: '2017-02-30' })).toEqual({ ok: false, reason: 'filed_invalid' });
		expect(row({ 5: '' })).toEqual({ ok: false, reason: 'filed_invalid' });
		expect(row({ 6: 'soon' })).toEqual({ ok: false, reason: 'granted_invalid' });
		expect(row({ 6: '2016-01-01' })).toEqual({ ok: false, reason: 'grant_before_filing' });
		expect(row({ 6: '' })).toEqual({ ok: false, reason: 'grant_date_missing' });
		expect(row({ 9: 'H01M' })).toEqual({ ok: false, reason: 'ipc_invalid' });
		expect(row({ 7: '不明' })).toEqual({ ok: false, reason: 'status_unknown' });
	});

	it("maps CNIPA's statuses onto pending, granted and lapsed", () => {
		const status = (text: string, granted = '2019-03-05') => {
			const result = row({ 7: text, 6: granted });
			return result.ok ? result.patent.legalStatus : result.reason;
		};
		expect(status('未缴年费专利权终止')).toBe('lapsed');
		expect(status('期限届满')).toBe('lapsed');
		expect(status('驳回', '')).toBe('lapsed');
		expect(status('实质审查', '')).toBe('pending');
		expect(status('Granted')).toBe('granted');
		// Patsnap-style words: not matched as 'active' or 'in force'.
		expect(status('Inactive')).toBe('lapsed');
		expect(status('Not in force')).toBe('lapsed');
		expect(status('Active')).toBe('granted');
		expect(status('', '')).toBe('pending');
	});

	it('reads the dates exports write', () => {
		expect(parseExportDate('20210305')).toBe('2021-03-05');
		expect(parseExportDate('2021.3.5')).toBe('2021-03-05');
		expect(parseExportDate('２０２１－０３－０５')).toBe('2021-03-05');
		expect(parseExportDate('')).toBeNull();
		expect(parseExportDate('05/03/2021')).toBeUndefined();
		expect(normalizeIpc('g06f17/30')).toBe('G06F 17/30');
	});
});
