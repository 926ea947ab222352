type Level = 'debug' | 'info' | 'warn' | 'error';

/** Structured logs: one JSON object per line, so a log shipper can parse them. */
export function log(level: Level, message: string, fields: Record<string, unknown> = {}): void {
	const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
	if (level === 'error' || level === 'warn') console.error(line);
	else console.log(line);
}
