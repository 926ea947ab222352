import type { Executor } from './db/port.ts';
import { sql } from './db/sql.ts';
import type { NavigationQuery } from '../schemas/navigation.ts';
import { byKeyAscending, hasIpcChildren, tallies, type CountRow, type Tally } from '../rules/patent-navigation.ts';

// The public patent navigation map (docs/domain.md, "Patent navigation"). Counts only, through the
// SECURITY DEFINER functions of supabase/migrations/…_patent_navigation.sql: the portfolio behind
// them is its officers' alone, so no row of it ever reaches this module.

export interface UniversityTally extends Tally {
	nameZh: string;
	nameEn: string;
}

export interface NavigationMap {
	industries: Tally[];
	needs: Record<string, number>;
	ipc: Tally[];
	universities: UniversityTally[];
	years: Tally[];
	listings: { id: string; title: string; universityId: string; industry: string | null }[];
}

const listingsShown = 12;

export async function readNavigationMap(db: Executor, query: NavigationQuery): Promise<NavigationMap> {
	const [rows, listings] = await Promise.all([
		db.query<CountRow>(sql`select dimension, key, state, patents
			from app.navigation_counts(${query.industry}::public.industry, ${query.ipc}::text)`),
		query.ipc === null
			? Promise.resolve([])
			: db.query<NavigationMap['listings'][number]>(sql`select id, title, university_id as "universityId", industry
				from app.navigation_listings(${query.ipc}::text, ${query.industry}::public.industry, ${listingsShown}::int)`)
	]);
	const universityTallies = tallies(rows, 'university');
	const names = await db.query<{ id: string; nameZh: string; nameEn: string }>(sql`
		select o.id, o.name_zh as "nameZh", o.name_en as "nameEn" from public.organizations o
		where o.id = any(${universityTallies.map((tally) => tally.key)}::uuid[])`);
	const nameOf = new Map(names.map((row) => [row.id, row]));
	return {
		industries: tallies(rows, 'industry'),
		needs: Object.fromEntries(tallies(rows, 'needs').map((tally) => [tally.key, tally.total])),
		// At a main group the counters' one child is the group itself: a main group has no children.
		ipc: hasIpcChildren(query.ipc) ? tallies(rows, 'ipc') : [],
		universities: universityTallies.map((tally) => ({
			...tally,
			nameZh: nameOf.get(tally.key)?.nameZh ?? '',
			nameEn: nameOf.get(tally.key)?.nameEn ?? ''
		})),
		years: tallies(rows, 'year', byKeyAscending),
		listings
	};
}
