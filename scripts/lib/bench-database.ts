import { resolve } from 'node:path';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { applyMigrations, readMigrations } from '../../src/lib/server/db/migrate.ts';
import { seedDatabase } from '../../src/lib/server/db/seed.ts';
import { listingSearchVector, refreshSearchIndex, searchIndexVersion } from '../../src/lib/server/listing-index.ts';
import { generateListings } from './synthetic-listings.ts';

/** Migrates and seeds an empty database, then bulk-loads `listingCount` synthetic listings. */
export async function loadSyntheticListings(database: Database, listingCount: number): Promise<void> {
	const started = performance.now();
	await applyMigrations(database, readMigrations(resolve('supabase/migrations')));
	await seedDatabase(database, resolve('supabase/seed.sql'));
	await refreshSearchIndex(database);
	const batchSize = 1000;
	for (let offset = 0; offset < listingCount; offset += batchSize) {
		const rows = generateListings(offset, Math.min(batchSize, listingCount - offset));
		const vectors = rows.map((row) =>
			listingSearchVector({
				...row,
				advantages: [],
				applications: '',
				ipcCodes: [],
				patentTitles: [],
				inventorNames: []
			})
		);
		await database.query(sql`
			insert into public.listings (id, owner_id, institution_id, status, title, pitch, summary, industry, trl, cooperation_modes,
			                             published_at, search_vector, search_version)
			select id, '00000000-0000-4000-8000-000000001001', '00000000-0000-4000-8000-000000000100', 'published', title, pitch, summary,
			       industry::public.industry, trl, string_to_array(modes, ',')::public.cooperation_mode[],
			       now() - make_interval(mins => age), vector::tsvector, ${searchIndexVersion}
			from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.title)}::text[], ${rows.map((row) => row.pitch)}::text[],
			            ${rows.map((row) => row.summary)}::text[], ${rows.map((row) => row.industry)}::text[], ${rows.map((row) => row.trl)}::int[],
			            ${rows.map((row) => row.modes.join(','))}::text[], ${rows.map((row) => row.ageMinutes)}::int[],
			            ${vectors}::text[])
			     as t(id, title, pitch, summary, industry, trl, modes, age, vector)`);
		await database.query(sql`
			insert into public.patents (listing_id, position, application_number, patent_type, legal_status)
			select id, 0, number, type::public.patent_type, status::public.patent_legal_status
			from unnest(${rows.map((row) => row.id)}::uuid[], ${rows.map((row) => row.patentNumber)}::text[],
			            ${rows.map((row) => row.patentType)}::text[], ${rows.map((row) => row.legalStatus)}::text[]) as t(id, number, type, status)`);
		if ((offset / batchSize) % 10 === 9) process.stdout.write(`  loaded ${offset + batchSize}\r`);
	}
	// What autovacuum would have done by the time anyone searches: statistics, visibility map, merged GIN pending list.
	await database.query(sql`vacuum analyze`);
	const seconds = (performance.now() - started) / 1000;
	console.log(
		`  loaded ${listingCount} listings in ${seconds.toFixed(1)} s (${Math.round(listingCount / seconds)} rows/s)`
	);
}
