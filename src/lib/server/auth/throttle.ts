import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';

// Counters live in the database so every server process shares them.
const windowMinutes = 15;
const limits = { account: 5, ip: 30 } as const;

export function throttleKeys(email: string, ipAddress: string) {
	const accountHash = encodeHexLowerCase(sha256(new TextEncoder().encode(email.trim().toLowerCase())));
	return { account: `account:${accountHash}`, ip: `ip:${ipAddress}` };
}

async function countAttempt(service: Executor, key: string, limit: number): Promise<boolean> {
	const [row] = await service.query<{ blocked: boolean }>(sql`
		insert into public.login_throttle as t (key, failures, window_started_at)
		values (${key}, 1, now())
		on conflict (key) do update set
			failures = case when t.window_started_at < now() - make_interval(mins => ${windowMinutes})
				then 1 else t.failures + 1 end,
			window_started_at = case when t.window_started_at < now() - make_interval(mins => ${windowMinutes})
				then now() else t.window_started_at end
		returning failures > ${limit} or coalesce(blocked_until > now(), false) as blocked`);
	if (row.blocked) {
		await service.query(sql`
			update public.login_throttle set blocked_until = greatest(blocked_until, now() + make_interval(mins => ${windowMinutes}))
			where key = ${key} and (blocked_until is null or blocked_until <= now())`);
	}
	return row.blocked;
}

/**
 * Counts an attempt before the password is checked, so parallel guesses cannot slip past the
 * limit. True when the account or the address has used up its attempts for the window.
 */
export async function registerAttempt(service: Executor, keys: { account: string; ip: string }): Promise<boolean> {
	const accountBlocked = await countAttempt(service, keys.account, limits.account);
	const ipBlocked = await countAttempt(service, keys.ip, limits.ip);
	return accountBlocked || ipBlocked;
}

/** After a correct password: the account starts afresh and the address gets its attempt back. */
export async function registerSuccess(service: Executor, keys: { account: string; ip: string }): Promise<void> {
	await service.query(sql`delete from public.login_throttle where key = ${keys.account}`);
	await service.query(sql`
		update public.login_throttle set failures = greatest(failures - 1, 0) where key = ${keys.ip}`);
}
