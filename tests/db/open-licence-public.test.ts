import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import * as openLicencePublic from '../../src/lib/server/open-licence-public.ts';
import { searchListings } from '../../src/lib/server/search.ts';
import { readSearchParameters } from '../../src/lib/schemas/search.ts';
import { asAnon, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// The public side of open licences (docs/domain.md, "Open licences: the public side and taking
// one") on the demo data: two announced declarations of 缙云大学, the royalty one taken by 马骏's
// company (supabase/seed.sql).
const lumpSum = '00000000-0000-4000-800b-000000000001';
const royalty = '00000000-0000-4000-800b-000000000002';
const lumpSumListing = '00000000-0000-4000-8001-000000000032';
const royaltyListing = '00000000-0000-4000-8001-000000000012';
const demoCompany = '00000000-0000-4000-8000-000000000201';
const takingCompanyUser = '00000000-0000-4000-8000-000000002103';
const takingCompany = '00000000-0000-4000-8000-000000000200';
const otherUniversity = '00000000-0000-4000-8000-000000000300';

describe(`open licences, the public side, on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	it('lists the announced declarations to anyone, newest first, with their take-up count and no licensee', async () => {
		const { declarations, hasMore } = await openLicencePublic.listAnnouncedDeclarations(asAnon(database), { page: 1 });
		expect(hasMore).toBe(false);
		const byId = new Map(declarations.map((row) => [row.id, row]));
		expect(byId.get(lumpSum)).toMatchObject({
			listingId: lumpSumListing,
			patentNumber: 'ZL202211403110.3',
			patentType: 'invention',
			feeBasis: 'lump_sum',
			lumpSumFen: 8000000,
			announcementNumber: 'KF2026000417',
			takeUpCount: 0
		});
		expect(byId.get(royalty)).toMatchObject({ royaltyPercent: '3.00', termMonths: 60, takeUpCount: 1 });
		const days = declarations.map((row) => row.announcedOn);
		expect(days).toEqual([...days].sort().reverse());
		// The filter by university: the demo's, then another with no declaration.
		const ours = await openLicencePublic.listAnnouncedDeclarations(asAnon(database), {
			institution: demo.university,
			page: 1
		});
		expect(ours.declarations.map((row) => row.id).sort()).toEqual([lumpSum, royalty]);
		const theirs = await openLicencePublic.listAnnouncedDeclarations(asAnon(database), {
			institution: otherUniversity,
			page: 1
		});
		expect(theirs.declarations).toEqual([]);
		expect((await openLicencePublic.listAnnouncingInstitutions(asAnon(database))).map((u) => u.id)).toEqual([
			demo.university
		]);
	});

	it('narrows the catalogue to listings open for licensing, and marks their cards', async () => {
		const search = (query: string) =>
			searchListings(asAnon(database), readSearchParameters(new URLSearchParams(query)));
		const ancient = await search('q=古籍');
		expect(ancient.results.find((row) => row.id === lumpSumListing)?.openLicence).toBe(true);
		const batteries = await search('q=电池');
		expect(batteries.results.length).toBeGreaterThan(0);
		expect(batteries.results.every((row) => row.openLicence === false)).toBe(true);
		const open = await search('openLicence=1');
		expect(open.results.map((row) => row.id).sort()).toEqual([royaltyListing, lumpSumListing].sort());
		expect((await search('q=古籍&openLicence=1')).results.map((row) => row.id)).toEqual([lumpSumListing]);
		expect((await search('q=电池&openLicence=1')).results).toEqual([]);
	});

	it('tells a company its own licence only, and gives the notice to its readers only', async () => {
		const taker = asUser(database, takingCompanyUser);
		const taken = await openLicencePublic.getTakenLicence(taker, royalty, takingCompany);
		expect(taken?.dealId).toMatch(/^[0-9a-f-]{36}$/);
		expect(await openLicencePublic.getTakenLicence(asUser(database, demo.company), royalty, takingCompany)).toBeNull();
		expect(await openLicencePublic.getTakenLicence(asUser(database, demo.company), royalty, demoCompany)).toBeNull();
		const notice = await openLicencePublic.getNoticeRow(taker, taken!.dealId);
		expect(notice).toMatchObject({ patentNumber: '201810022772.3', announcementNumber: 'KF2026000418' });
		expect((await openLicencePublic.getNoticeRow(asUser(database, demo.officer), taken!.dealId))?.companyNameZh).toBe(
			notice!.companyNameZh
		);
		expect(await openLicencePublic.getNoticeRow(asUser(database, demo.company), taken!.dealId)).toBeNull();
		expect(await openLicencePublic.getDealDeclarationId(taker, taken!.dealId)).toBe(royalty);
		const [other] = await asUser(database, demo.officer).query<{ id: string }>(
			sql`select id from public.deals where open_licence_declaration_id is null limit 1`
		);
		expect(await openLicencePublic.getNoticeRow(asUser(database, demo.officer), other.id)).toBeNull();
	});
});
