import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import * as homeSummaries from '../../src/lib/server/home-summaries.ts';
import * as providerHome from '../../src/lib/server/provider-home.ts';
import { asAnon, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

describe(`home summaries on ${driver}`, () => {
	let database: Database;
	beforeAll(async () => {
		database = await openTestDatabase();
	});
	afterAll(() => database.close());

	const byKind = (cards: homeSummaries.HomeCard[]) => Object.fromEntries(cards.map((card) => [card.kind, card]));

	it('gives the demo researcher their draft, and nothing of anyone else', async () => {
		const cards = byKind(await homeSummaries.researcherHome(asUser(database, demo.researcher)));
		// The demo draft and the half-typed one, newest first.
		expect(cards.drafts.count).toBe(2);
		expect(cards.drafts.rows.map((row) => row.href)).toEqual([
			'/listings/00000000-0000-4000-8001-000000000071/edit',
			'/listings/00000000-0000-4000-8001-000000000072/edit'
		]);
		expect(cards.changes_requested).toMatchObject({ count: 0, rows: [] });
		expect(cards.new_interests.href).toBe('/interests');
	});

	it('gives the demo company its interests, deals and new matches', async () => {
		const cards = byKind(await homeSummaries.companyHome(asUser(database, demo.company)));
		expect(cards.open_interests.count).toBeGreaterThan(0);
		// The demo company's five deals in progress: one in its public notice, two signed.
		expect(cards.open_deals.count).toBe(5);
		expect(cards.open_deals.rows.every((row) => row.href.startsWith('/deals/'))).toBe(true);
		expect(cards.new_matches.count).toBeGreaterThan(0);
		expect(cards.new_matches.rows.length).toBeLessThanOrEqual(homeSummaries.rowsPerCard);
		// Its two delivered valuations and the one waiting for the firm.
		expect(cards.valuations.count).toBe(3);
		expect(cards.valuations.rows.every((row) => row.href.startsWith('/valuations/'))).toBe(true);
	});

	it('gives a valuation firm its inbox, and a bank its pledge loan inbox and no valuation card', async () => {
		const firm = byKind(await providerHome.providerHome(asUser(database, '00000000-0000-4000-8000-000000001005')));
		expect(firm.valuations.count).toBe(5);
		expect(firm.pledges).toBeUndefined();
		const bank = await providerHome.providerHome(asUser(database, '00000000-0000-4000-8000-000000001007'));
		expect(bank.map((card) => card.kind)).toEqual(['awaiting_verification', 'pledges']);
		// The application under review waits for the bank; the disbursed loan waits for its repayment.
		expect(bank[1].rows.map((row) => row.href)).toEqual(['/pledges/00000000-0000-4000-8039-000000000002']);
		const company = byKind(await homeSummaries.companyHome(asUser(database, demo.company)));
		expect(company.pledges.rows.map((row) => row.href).sort()).toEqual([
			'/pledges/00000000-0000-4000-8039-000000000001',
			'/pledges/00000000-0000-4000-8039-000000000002'
		]);
	});

	it('gives the patent agency its service case inbox, and the demo company the cases waiting for it', async () => {
		const agency = byKind(await providerHome.providerHome(asUser(database, '00000000-0000-4000-8000-000000001006')));
		// 李明远's request waiting for a quote (the quoted, delivered and closed ones wait for others).
		expect(agency.cases.count).toBe(1);
		expect(agency.cases.rows[0].href).toBe('/cases/00000000-0000-4000-8038-000000000004');
		const company = byKind(await homeSummaries.companyHome(asUser(database, demo.company)));
		// The quote to answer and the delivery to close.
		expect(company.cases.rows.map((row) => row.href).sort()).toEqual([
			'/cases/00000000-0000-4000-8038-000000000001',
			'/cases/00000000-0000-4000-8038-000000000002'
		]);
	});

	it('gives the demo officer the review queue and the overdue deal', async () => {
		const cards = byKind(await homeSummaries.officerHome(asUser(database, demo.officer), today));
		expect(cards.review_queue.count).toBeGreaterThan(0);
		expect(cards.overdue_deals.rows.map((row) => row.href)).toContain('/deals/00000000-0000-4000-8004-000000000001');
		expect(cards.notices_ending.count).toBe(0);
		// The seed's five valuations are all of Jinyun patents.
		expect(cards.valuations.count).toBe(5);
	});

	it('gives the admin the unverified organisations; other roles count none of them as work', async () => {
		const [card] = await homeSummaries.adminHome(asUser(database, demo.admin));
		expect(card.rows.map((row) => row.title)).toContain('渝新材料股份有限公司');
		// The researcher's queries through RLS: an officer's queue is empty for them.
		const officerCards = byKind(await homeSummaries.officerHome(asUser(database, demo.researcher), today));
		expect(officerCards.review_queue.count).toBe(0);
	});

	it('lists the six newest published listings for anyone', async () => {
		const listings = await homeSummaries.newestListings(asAnon(database));
		expect(listings).toHaveLength(6);
		const times = listings.map((listing) => new Date(listing.publishedAt).getTime());
		expect([...times].sort((first, second) => second - first)).toEqual(times);
	});
});
