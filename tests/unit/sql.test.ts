import { describe, expect, it } from 'vitest';
import { compile, join, sql } from '$lib/server/db/sql';

describe('the sql tagged template', () => {
	it('turns every interpolation into a numbered parameter', () => {
		const name = "Robert'); drop table students;--";
		expect(compile(sql`select * from t where name = ${name} and age > ${7}`)).toEqual({
			text: 'select * from t where name = $1 and age > $2',
			values: [name, 7]
		});
	});

	it('inlines nested fragments and renumbers their parameters', () => {
		const condition = sql`b = ${2} and c = ${3}`;
		expect(compile(sql`select ${1} where ${condition} and d = ${4}`)).toEqual({
			text: 'select $1 where b = $2 and c = $3 and d = $4',
			values: [1, 2, 3, 4]
		});
	});

	it('joins fragments with a separator', () => {
		const conditions = [sql`a = ${'x'}`, sql`b = ${'y'}`, sql`c is null`];
		expect(compile(sql`where ${join(conditions, sql` and `)}`)).toEqual({
			text: 'where a = $1 and b = $2 and c is null',
			values: ['x', 'y']
		});
	});

	it('sends undefined as null and arrays as one parameter', () => {
		expect(compile(sql`select ${undefined}, ${['a', 'b']}`)).toEqual({
			text: 'select $1, $2',
			values: [null, ['a', 'b']]
		});
	});
});
