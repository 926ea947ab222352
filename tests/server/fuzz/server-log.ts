/**
 * What the app logged that nobody expects: JSON lines at level warn or error (`log` in
 * src/lib/server/app/log.ts, `handleError` in src/hooks.server.ts), and anything else written
 * that looks like a stack trace or an uncaught error, which `log` never writes.
 */
export function unexpectedErrors(output: string): string[] {
	return output.split('\n').filter((line) => {
		if (line.startsWith('{')) {
			try {
				const entry = JSON.parse(line) as { level?: string };
				return entry.level === 'error' || entry.level === 'warn';
			} catch {
				return true;
			}
		}
		return /error|exception|^\s+at /i.test(line);
	});
}
