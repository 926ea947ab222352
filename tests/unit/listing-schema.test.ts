import { describe, expect, it } from 'vitest';
import { readListingForm } from '$lib/server/http/listing-form';
import { listingLimits } from '$lib/rules/listing-draft';

function form(fields: [string, string][]): FormData {
	const data = new FormData();
	for (const [name, value] of fields) data.append(name, value);
	return data;
}

const complete: [string, string][] = [
	['title', '钙钛矿太阳能电池封装材料'],
	['pitch', '湿热 2000 小时效率保持 95%'],
	['summary', '一种低水汽透过率的封装胶膜。'],
	['advantages', '效率保持 95%\n\n成本降低 30%'],
	['industry', 'new_materials'],
	['ipcCodes', 'h01l 31/048， C08J 5/18'],
	['trl', '5'],
	['cooperationModes', 'assignment'],
	['cooperationModes', 'option'],
	['negotiable', 'on'],
	['inventors.0.name', '李明远'],
	['inventors.0.share', '66.67'],
	['inventors.1.name', '赵小燕'],
	['inventors.1.share', '33.33'],
	['inventors.2.name', ''],
	['inventors.2.share', ''],
	['patents.0.number', 'ZL 2017 1060 1862.3'],
	['patents.0.type', 'invention'],
	['patents.0.legalStatus', 'granted'],
	['patents.0.filedOn', '2017-07-21'],
	['patents.0.grantedOn', '2019-03-01'],
	['patents.1.number', ''],
	['patents.1.type', 'invention'],
	['patents.1.legalStatus', 'pending']
];

describe('the listing form', () => {
	it('reads a complete listing, normalising lists and numbers and dropping blank rows', () => {
		const result = readListingForm(form(complete), { forSubmission: true });
		expect(result.ok).toBe(true);
		if (!result.ok) return;
		expect(result.data).toMatchObject({
			advantages: ['效率保持 95%', '成本降低 30%'],
			ipcCodes: ['H01L 31/048', 'C08J 5/18'],
			trl: 5,
			cooperationModes: ['assignment', 'option'],
			negotiable: true,
			askingPrice: null
		});
		expect(result.data.inventors).toHaveLength(2);
		expect(result.data.patents).toEqual([
			expect.objectContaining({ applicationNumber: '201710601862.3', legalStatus: 'granted', grantedOn: '2019-03-01' })
		]);
	});

	it('lets a draft be incomplete but not wrong', () => {
		expect(readListingForm(form([['title', '只写了标题']]), { forSubmission: false }).ok).toBe(true);
		const wrong = readListingForm(
			form([
				['trl', '12'],
				['ipcCodes', 'not-ipc']
			]),
			{ forSubmission: false }
		);
		expect(!wrong.ok && wrong.errors).toEqual({ trl: 'error_invalid', ipcCodes: 'error_ipc_invalid' });
	});

	it('reports every submission problem at once: shares, patent number, missing fields', () => {
		const fields = complete.map(([name, value]): [string, string] =>
			name === 'inventors.1.share'
				? [name, '23.33']
				: name === 'patents.0.number'
					? [name, 'CN201710601862.4']
					: [name, value]
		);
		const result = readListingForm(form(fields), { forSubmission: true });
		expect(!result.ok && result.errors).toEqual({
			'patents.0.number': 'error_patent_number_check_character',
			inventors: 'error_inventor_shares'
		});
		expect(!result.ok && result.values.title).toBe('钙钛矿太阳能电池封装材料');

		const empty = readListingForm(form([]), { forSubmission: true });
		expect(!empty.ok && Object.keys(empty.errors).sort()).toEqual(
			['askingPrice', 'cooperationModes', 'industry', 'inventors', 'patents', 'pitch', 'summary', 'title', 'trl'].sort()
		);
	});

	it('checks patent details against each other', () => {
		const patent = (overrides: Record<string, string>) =>
			readListingForm(
				form(
					Object.entries({
						'patents.0.number': 'CN201710601862.3',
						'patents.0.type': 'invention',
						'patents.0.legalStatus': 'pending',
						...overrides
					})
				),
				{ forSubmission: false }
			);
		expect(!patent({ 'patents.0.type': 'design' }).ok && patent({ 'patents.0.type': 'design' })).toMatchObject({
			errors: { 'patents.0.number': 'error_patent_number_type_mismatch' }
		});
		expect(patent({ 'patents.0.number': 'ZL201710601862.3' })).toMatchObject({
			errors: { 'patents.0.number': 'error_patent_number_granted_prefix_needs_grant' }
		});
		expect(
			patent({
				'patents.0.legalStatus': 'granted',
				'patents.0.filedOn': '2019-01-01',
				'patents.0.grantedOn': '2018-01-01'
			})
		).toMatchObject({
			errors: { 'patents.0.grantedOn': 'error_grant_before_filing' }
		});
	});

	it('requires a price unless negotiable', () => {
		const fields = complete.filter(([name]) => name !== 'negotiable');
		const result = readListingForm(form(fields), { forSubmission: true });
		expect(!result.ok && result.errors).toEqual({ askingPrice: 'error_price_or_negotiable' });
		const priced = readListingForm(form([...fields, ['askingPrice', '500000']]), { forSubmission: true });
		expect(priced.ok && priced.data.askingPrice).toBe(50_000_000); // fen
	});

	it('says 量化优势 has at most 10 lines, not that it is too long, however long the lines', () => {
		const advantages = (text: string) => readListingForm(form([['advantages', text]]), { forSubmission: false });
		const lines = (count: number, line: string) => Array.from({ length: count }, () => line).join('\r\n');
		expect(advantages(lines(11, '电耗降低 18%'))).toMatchObject({
			errors: { advantages: 'error_advantages_too_many' }
		});
		expect(advantages(lines(11, '优'.repeat(300)))).toMatchObject({
			errors: { advantages: 'error_advantages_too_many' }
		});
		// Ten lines pass, blank lines between them included; one line too long is named as such.
		expect(advantages(lines(10, '优'.repeat(300)).replaceAll('\r\n', '\r\n\r\n')).ok).toBe(true);
		expect(advantages([...lines(9, '电耗降低 18%').split('\r\n'), '优'.repeat(301)].join('\n'))).toMatchObject({
			errors: { advantages: 'error_advantage_too_long' }
		});
	});

	it('takes its limits from the one table the drafts and the editor use', () => {
		const title = (length: number) => readListingForm(form([['title', '题'.repeat(length)]]), { forSubmission: false });
		expect(title(listingLimits.title).ok).toBe(true);
		expect(title(listingLimits.title + 1)).toMatchObject({ errors: { title: 'error_too_long' } });
		const inventorName = readListingForm(
			form([
				['inventors.0.name', '名'.repeat(listingLimits.inventor.name + 1)],
				['inventors.0.share', '100']
			]),
			{ forSubmission: false }
		);
		expect(inventorName).toMatchObject({ errors: { 'inventors.0.name': 'error_too_long' } });
	});
});
