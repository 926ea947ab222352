import type { Executor } from '../../../src/lib/server/db/port.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';

/**
 * The people a confidence between a requester and a provider (a valuation, a service case) must
 * keep out, or let in: another company's member, the demo company's second member, and an
 * officer of a university of their own (Jialing). Each test file passes ids of its own.
 */
export async function addOutsiders(
	service: Executor,
	ids: { otherCompany: string; colleague: string; otherOfficer: string; university: string }
): Promise<void> {
	await service.query(sql`insert into public.organizations (id, kind, name_zh, name_en, verified)
		values (${ids.university}, 'university', '嘉陵大学', 'Jialing University', true)`);
	await service.query(sql`insert into auth.users (id, email) values (${ids.otherCompany}, ${`c2-${ids.otherCompany}@example.com`}),
		(${ids.colleague}, ${`c3-${ids.colleague}@example.com`}), (${ids.otherOfficer}, ${`o2-${ids.otherOfficer}@example.com`})`);
	await service.query(sql`insert into public.profiles (id, role, organization_id, display_name, email) values
		(${ids.otherCompany}, 'company', '00000000-0000-4000-8000-000000000200', '别家企业', ${`c2-${ids.otherCompany}@example.com`}),
		(${ids.colleague}, 'company', '00000000-0000-4000-8000-000000000201', '同事', ${`c3-${ids.colleague}@example.com`}),
		(${ids.otherOfficer}, 'officer', ${ids.university}, '外校专员', ${`o2-${ids.otherOfficer}@example.com`})`);
}

/** A patent nobody but its researcher and its university's officers may name: of a draft listing without a deal. */
export async function hiddenPatentOf(service: Executor, university: string): Promise<string> {
	const [{ id }] = await service.query<{ id: string }>(sql`
		select p.id from public.patents p join public.listings l on l.id = p.listing_id
		where l.status <> 'published' and l.institution_id = ${university}
		  and not exists (select 1 from public.deals d where d.listing_id = l.id) limit 1`);
	return id;
}

/** The outsiders added, and the patents the tests name: the first of a listing, and a hidden one. */
export async function confidenceFixture(
	service: Executor,
	ids: Parameters<typeof addOutsiders>[1] & { listing: string; university: string; hiddenOf: string }
): Promise<{ patent: string; hiddenPatent: string }> {
	await addOutsiders(service, ids);
	const [{ id: patent }] = await service.query<{ id: string }>(
		sql`select id from public.patents where listing_id = ${ids.listing} order by position limit 1`
	);
	return { patent, hiddenPatent: await hiddenPatentOf(service, ids.hiddenOf) };
}
