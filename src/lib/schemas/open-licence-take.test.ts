import { describe, expect, it } from 'vitest';
import { acceptOpenLicenceSchema, openLicenceFilterSchema } from './open-licence-take.ts';

const key = '00000000-0000-4000-8000-0000000000aa';

describe('the accept form of an open licence', () => {
	it('needs the box ticked, with its own message', () => {
		expect(acceptOpenLicenceSchema.safeParse({ acceptanceKey: key, confirmed: 'on' }).success).toBe(true);
		// The box left out altogether, as an unticked box posts the form.
		const absent = acceptOpenLicenceSchema.safeParse({ acceptanceKey: key });
		expect(absent.error?.issues.map((issue) => issue.message)).toEqual(['open_licence_error_confirm_required']);
		for (const confirmed of [undefined, '', 'off', 'yes']) {
			const result = acceptOpenLicenceSchema.safeParse({ acceptanceKey: key, confirmed });
			expect(result.success).toBe(false);
			expect(result.error?.issues.map((issue) => issue.message)).toEqual(['open_licence_error_confirm_required']);
		}
	});

	it('needs a key that is a uuid', () => {
		const result = acceptOpenLicenceSchema.safeParse({ acceptanceKey: 'x', confirmed: 'on' });
		expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['acceptanceKey']);
	});
});

describe('the filter of /open-licences', () => {
	it('reads anything malformed as no filter', () => {
		expect(openLicenceFilterSchema.parse({ institution: 'nope', page: '-3' })).toEqual({
			institution: undefined,
			page: 1
		});
		expect(openLicenceFilterSchema.parse({ institution: key, page: '2' })).toEqual({ institution: key, page: 2 });
	});
});
