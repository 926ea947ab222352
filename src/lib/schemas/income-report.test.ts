import { describe, expect, it } from 'vitest';
import { readReportQuery, readStatementQuery } from './income-report.ts';

const id = '00000000-0000-4000-8004-000000000010';

describe('the income report URL', () => {
	it('reads the filters and the grouping', () => {
		expect(readReportQuery(new URLSearchParams(`year=2026&college=${id}&industry=automotive&group=deal`))).toEqual({
			year: 2026,
			university: null,
			college: id,
			industry: 'automotive',
			group: 'deal'
		});
	});

	it('treats a malformed filter as no filter, never an error', () => {
		expect(readReportQuery(new URLSearchParams('year=20x6&university=1&industry=x&group=zzz&college='))).toEqual({
			year: null,
			university: null,
			college: null,
			industry: null,
			group: 'year'
		});
	});
});

describe('a statement URL', () => {
	it('names a year or a deal, and at most one inventor', () => {
		expect(readStatementQuery(new URLSearchParams('year=2026&name=王芳'))).toEqual({ year: 2026, name: '王芳' });
		expect(readStatementQuery(new URLSearchParams(`deal=${id}&profile=${id}`))).toEqual({ deal: id, profile: id });
		expect(readStatementQuery(new URLSearchParams('year=2026'))).toEqual({ year: 2026 });
	});

	it('is refused when it names both or neither, or is malformed', () => {
		for (const query of [
			`year=2026&deal=${id}`,
			'name=王芳',
			`year=2026&profile=${id}&name=王芳`,
			'year=abc',
			'deal=1',
			`year=2026&name=${'长'.repeat(81)}`
		])
			expect(readStatementQuery(new URLSearchParams(query)), query).toBeNull();
	});
});
