/**
 * Quiet hours (docs/domain.md, "Alerts"): between `from` and `until`, China Standard Time, nothing
 * leaves by email or push; what falls due then waits until `until`. A window may pass midnight
 * (22:00–07:30). The database computes the same with app.after_quiet_hours
 * (supabase/migrations/20261214100300_alert_fan_out.sql); a database test compares them.
 */
const dayMs = 24 * 3600 * 1000;
// China Standard Time is UTC+8 all year (no daylight saving since 1991): plain arithmetic.
const chinaOffsetMs = 8 * 3600 * 1000;

export interface QuietHours {
	/** "HH:MM" or "HH:MM:SS", China Standard Time. */
	from: string;
	until: string;
}

/** Milliseconds since midnight of a "HH:MM[:SS]" time, or null when it is not one. */
export function timeOfDayMs(time: string): number | null {
	const match = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/.exec(time);
	if (!match) return null;
	return ((Number(match[1]) * 60 + Number(match[2])) * 60 + Number(match[3] ?? 0)) * 1000;
}

/** When a message due at `at` may leave: `at` itself, or the end of the quiet hours it falls in. */
export function afterQuietHours(at: Date, quiet: QuietHours | null): Date {
	if (!quiet) return at;
	const from = timeOfDayMs(quiet.from);
	const until = timeOfDayMs(quiet.until);
	if (from === null || until === null || from === until) return at;
	const local = at.getTime() + chinaOffsetMs;
	const now = ((local % dayMs) + dayMs) % dayMs;
	const wait = (target: number) => new Date(at.getTime() + target - now);
	if (from < until) return now >= from && now < until ? wait(until) : at;
	// The window passes midnight: quiet from `from` to the end of the day, and from midnight to `until`.
	if (now >= from) return wait(dayMs + until);
	if (now < until) return wait(until);
	return at;
}
