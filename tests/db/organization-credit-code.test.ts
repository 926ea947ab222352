import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as organizations from '../../src/lib/server/organizations.ts';
import * as audit from '../../src/lib/server/audit.ts';
import { creditCodeCheckCharacter } from '../../src/lib/rules/credit-code.ts';
import { asUser, demo, driver, openTestDatabase, sqlState } from './setup/database.ts';

const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';

describe(`organisation credit codes on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('checks codes in the database exactly as src/lib/rules/credit-code.ts does', async () => {
		// Every check character for a few bodies: exactly one is right, and it is the rule's.
		const bodies = ['91110000600037341', '12500000450400198', '91500112MA60B3PX7', '00000000000000000'];
		const candidates = bodies.flatMap((body) => [...alphabet].map((character) => body + character));
		candidates.push('', '9111000060003734IL', '91110000600037341', '91110000600037341l');
		const rows = await database.query<{ code: string; valid: boolean }>(
			sql`select code, app.credit_code_valid(code) as valid from unnest(${candidates}::text[]) as code`
		);
		for (const row of rows) {
			const rule = row.code.length === 18 && creditCodeCheckCharacter(row.code.slice(0, 17)) === row.code[17];
			expect(row.valid, row.code).toBe(rule);
		}
		expect(rows.filter((row) => row.valid)).toHaveLength(bodies.length);
	});

	it('stores the code when an admin verifies, once per code, audited', async () => {
		const admin = asUser(database, demo.admin);
		expect(
			await organizations.setVerified(
				asUser(database, demo.officer),
				demo.unverifiedCompany,
				true,
				'91500109MA5YQ7K25M'
			)
		).toEqual({ ok: false, reason: 'not_found' });
		// The university already holds this code.
		expect(await organizations.setVerified(admin, demo.unverifiedCompany, true, '125000004504001984')).toEqual({
			ok: false,
			reason: 'credit_code_taken'
		});
		expect(await organizations.setVerified(admin, demo.unverifiedCompany, true, '91500109MA5YQ7K25M')).toEqual({
			ok: true
		});
		const [stored] = await database.query<{ creditCode: string; verified: boolean }>(
			sql`select credit_code as "creditCode", verified from public.organizations where id = ${demo.unverifiedCompany}`
		);
		expect(stored).toEqual({ creditCode: '91500109MA5YQ7K25M', verified: true });
		const { events } = await audit.listAuditEvents(admin, 1);
		expect(events[0]).toMatchObject({
			entityType: 'organizations',
			after: { verified: true, credit_code: '91500109MA5YQ7K25M' }
		});
		// Withdrawing the verification keeps the code.
		expect(await organizations.setVerified(admin, demo.unverifiedCompany, false)).toEqual({ ok: true });
		const [after] = await database.query<{ creditCode: string }>(
			sql`select credit_code as "creditCode" from public.organizations where id = ${demo.unverifiedCompany}`
		);
		expect(after.creditCode).toBe('91500109MA5YQ7K25M');
	});

	it('refuses a code with a wrong check character whoever writes it', async () => {
		const admin = asUser(database, demo.admin);
		expect(
			await sqlState(
				admin.query(
					sql`update public.organizations set credit_code = '91500109MA5YQ7K25N' where id = ${demo.unverifiedCompany}`
				)
			)
		).toBe('23514');
	});
});
