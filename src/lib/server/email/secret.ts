import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The key of unsubscribe links (unsubscribe-token.ts): UNSUBSCRIBE_SECRET when set, else 32 random
// bytes generated once into DATA_DIR/unsubscribe-secret, so links in sent emails keep working
// across restarts. Several servers on one DATABASE_URL must share it: set the variable.

export function loadUnsubscribeSecret(configured: string | undefined, dataDirectory: string): Uint8Array {
	if (configured) return Buffer.from(configured, 'utf8');
	const folder = resolve(dataDirectory);
	const file = join(folder, 'unsubscribe-secret');
	try {
		return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	// Written under a temporary name, then linked into place: link fails if another process won the
	// race, and both then read the winner's key, never a half-written file.
	mkdirSync(folder, { recursive: true });
	const temporary = `${file}.${process.pid}.${Date.now()}`;
	writeFileSync(temporary, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600 });
	try {
		linkSync(temporary, file);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	} finally {
		rmSync(temporary, { force: true });
	}
	return Buffer.from(readFileSync(file, 'utf8').trim(), 'base64url');
}
