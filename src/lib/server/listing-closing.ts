import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { CooperationMode } from '../vocabularies/listing.ts';

// What a listing's deals did to it, as the public may know (docs/domain.md, "Filings after
// signing"): how many non-exclusive licences were granted, and the mode of the deal that took it
// off the market. app.listing_closing counts without revealing the parties.

export interface ListingClosing {
	licencesGranted: number;
	takenByMode: CooperationMode | null;
}

export async function getListingClosing(db: Executor, listingId: string): Promise<ListingClosing> {
	const [row] = await db.query<ListingClosing>(sql`
		select licences_granted as "licencesGranted", taken_by_mode as "takenByMode" from app.listing_closing(${listingId})`);
	return row ?? { licencesGranted: 0, takenByMode: null };
}

export interface LicensedListing {
	id: string;
	title: string;
	pitch: string;
	institutionNameZh: string;
	institutionNameEn: string;
	status: 'licensed' | 'transferred';
}

/** Listings off the market (licensed exclusively or transferred), newest first: search leaves them out. */
export function listLicensedListings(db: Executor): Promise<LicensedListing[]> {
	return db.query<LicensedListing>(sql`
		select l.id, l.title, l.pitch, o.name_zh as "institutionNameZh", o.name_en as "institutionNameEn", l.status
		from public.listings l join public.organizations o on o.id = l.institution_id
		where l.status in ('licensed', 'transferred')
		order by l.updated_at desc limit 200`);
}
