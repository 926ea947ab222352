import { readFileSync } from 'node:fs';
import type { Database } from './port.ts';
import { sql } from './sql.ts';
import type { Storage } from '../storage/port.ts';
import { writeDemoFiles } from './seed-files.ts';

export const demoPassword = 'zhiqiao-demo-2026';

/** The accounts `supabase/seed.sql` creates; printed at start-up so a newcomer can sign in. */
export const demoAccounts = [
	{ role: 'researcher', email: 'researcher@demo.zhiqiao.cn' },
	{ role: 'company', email: 'company@demo.zhiqiao.cn' },
	{ role: 'officer', email: 'officer@demo.zhiqiao.cn' },
	{ role: 'admin', email: 'admin@demo.zhiqiao.cn' },
	// Staff of a valuation firm, a patent agency and a bank (issue #22).
	{ role: 'provider', email: 'valuer@demo.zhiqiao.cn' },
	{ role: 'provider', email: 'agent@demo.zhiqiao.cn' },
	{ role: 'provider', email: 'bank@demo.zhiqiao.cn' },
	// A researcher the demo officer has yet to confirm (issue #24).
	{ role: 'researcher', email: 'wu.xiaolin@demo.zhiqiao.cn' }
] as const;

export async function isEmpty(database: Database): Promise<boolean> {
	const [row] = await database.query<{ count: number }>(
		sql`select (select count(*) from public.organizations) + (select count(*) from public.profiles) as count`
	);
	return Number(row.count) === 0;
}

/**
 * Runs seed.sql in one transaction, then writes the files its rows name through `storage`
 * (seed-files.ts). Callers decide when: never implicitly on DATABASE_URL. Database tests that
 * never serve a file pass no storage.
 */
export async function seedDatabase(database: Database, seedFile: string, storage?: Storage): Promise<void> {
	const script = readFileSync(seedFile, 'utf8');
	await database.scriptTransaction((transaction) => transaction.executeScript(script));
	if (storage) await writeDemoFiles(database, storage);
}

export async function hasDemoAccounts(database: Database): Promise<boolean> {
	const emails = demoAccounts.map((account) => account.email);
	const [row] = await database.query<{ count: number }>(
		sql`select count(*) as count from public.profiles where email = any(${emails})`
	);
	return Number(row.count) > 0;
}
