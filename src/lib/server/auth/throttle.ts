import type { Executor } from '../db/port.ts';
import { sql } from '../db/sql.ts';
import { sha256Hex } from './tokens.ts';

// Counters live in the database so every server process shares them (docs/architecture.md,
// "Sign-in throttling"). Each password check counts against three keys at once:
//   device   one address guessing one account's password       5 in 15 minutes
//   address  one address trying many accounts                  30 in 15 minutes
//   account  one account guessed from anywhere                 50 in 15 minutes
// A stranger at one address meets the device limit long before the account-wide one, so they
// cannot lock the owner out; only guesses spread over ten or more addresses pause the account,
// and only for the window.
const windowMinutes = 15;
const limits = { device: 5, address: 30, account: 50 } as const;

export interface ThrottleKeys {
	device: string;
	address: string;
	account: string;
}

export function throttleKeys(email: string, ipAddress: string): ThrottleKeys {
	const accountHash = sha256Hex(email.trim().toLowerCase());
	return { device: `pair:${accountHash}:${ipAddress}`, address: `ip:${ipAddress}`, account: `account:${accountHash}` };
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

/** `throttled`: this device or address must wait; `paused`: the account is, for everyone. */
export type ThrottleVerdict = 'throttled' | 'paused' | null;

/**
 * Counts an attempt before the password is checked, so parallel guesses cannot slip past the
 * limit. Every key counts even when another already refuses, so a guesser cannot dodge one
 * counter by hitting another's limit first.
 */
export async function registerAttempt(service: Executor, keys: ThrottleKeys): Promise<ThrottleVerdict> {
	const device = await countAttempt(service, keys.device, limits.device);
	const address = await countAttempt(service, keys.address, limits.address);
	const account = await countAttempt(service, keys.account, limits.account);
	if (device || address) return 'throttled';
	return account ? 'paused' : null;
}

/**
 * After a correct password: this device starts afresh and the address gets its attempt back.
 * The account-wide count stays, so guesses spread over many addresses keep adding up.
 */
export async function registerSuccess(service: Executor, keys: ThrottleKeys): Promise<void> {
	await service.query(sql`delete from public.login_throttle where key = ${keys.device}`);
	await service.query(sql`
		update public.login_throttle set failures = greatest(failures - 1, 0) where key = ${keys.address}`);
}

/**
 * Sign-ups per address in the window (SIGNUPS_PER_ADDRESS, 20 by default): enough for a
 * classroom behind one address, not for a script.
 */
export function registerSignUp(service: Executor, ipAddress: string, limit: number): Promise<boolean> {
	return countAttempt(service, `signup:${ipAddress}`, limit);
}
