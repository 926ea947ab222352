import { hasErrorCode, type Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import { postgresErrors } from '../contracts/database-errors.ts';

// A user's own list; RLS keeps everyone else's invisible and refuses saving what they cannot read.

export async function isSaved(db: Executor, userId: string, listingId: string): Promise<boolean> {
	const rows = await db.query(
		sql`select 1 from public.saved_listings where user_id = ${userId} and listing_id = ${listingId}`
	);
	return rows.length > 0;
}

/**
 * Idempotent: saving twice keeps one row, so a double tap or a replay changes nothing. False
 * when the listing is missing or hidden from the user: RLS refuses the row (42501), as it does
 * for someone else's draft, so the route answers 404 exactly as for a listing that does not exist.
 */
export async function saveListing(db: Executor, userId: string, listingId: string): Promise<boolean> {
	try {
		await db.query(sql`
			insert into public.saved_listings (user_id, listing_id) values (${userId}, ${listingId})
			on conflict (user_id, listing_id) do nothing`);
		return true;
	} catch (error) {
		if (hasErrorCode(error, postgresErrors.insufficientPrivilege, postgresErrors.foreignKeyViolation)) return false;
		throw error;
	}
}

export async function unsaveListing(db: Executor, userId: string, listingId: string): Promise<void> {
	await db.query(sql`delete from public.saved_listings where user_id = ${userId} and listing_id = ${listingId}`);
}

export interface SavedListing {
	id: string;
	title: string;
	pitch: string;
	status: string;
	savedAt: Date;
}

export function listSavedListings(db: Executor, userId: string): Promise<SavedListing[]> {
	return db.query<SavedListing>(sql`
		select l.id, l.title, l.pitch, l.status, s.created_at as "savedAt"
		from public.saved_listings s join public.listings l on l.id = s.listing_id
		where s.user_id = ${userId} order by s.created_at desc limit 200`);
}

export interface TeamSavedListing extends SavedListing {
	savedBy: string;
}

/** What the reader's colleagues saved (RLS: the company's members only; empty for anyone else). */
export function listTeamSavedListings(db: Executor, userId: string): Promise<TeamSavedListing[]> {
	return db.query<TeamSavedListing>(sql`
		select l.id, l.title, l.pitch, l.status, s.created_at as "savedAt",
		       app.public_display_name(s.user_id) as "savedBy"
		from public.saved_listings s join public.listings l on l.id = s.listing_id
		where s.user_id <> ${userId} order by s.created_at desc limit 200`);
}
