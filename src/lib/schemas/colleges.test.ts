import { describe, expect, it } from 'vitest';
import { collegeSchema, universitySchema } from './colleges';

describe('names of universities and colleges', () => {
	it('refuse characters that reverse or hide text, in either language', () => {
		const universityId = '00000000-0000-4000-8000-000000000100';
		expect(collegeSchema.safeParse({ universityId, nameZh: '材料学院', nameEn: 'Materials' }).success).toBe(true);
		const reversed = collegeSchema.safeParse({ universityId, nameZh: '材料\u202e学院' });
		expect(reversed.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([
			['nameZh', 'error_hidden_characters']
		]);
		const hidden = universitySchema.safeParse({ nameZh: '缙云大学', nameEn: 'Jinyun\u200bUniversity' });
		expect(hidden.error?.issues[0].path).toEqual(['nameEn']);
	});
});
