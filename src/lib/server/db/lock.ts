import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export class DataDirectoryInUseError extends Error {
	constructor(directory: string, pid: number) {
		super(
			`The data folder ${directory} is in use by another Zhiqiao process (pid ${pid}). ` +
				`Stop that process, or give this one its own folder with DATA_DIR.`
		);
		this.name = 'DataDirectoryInUseError';
	}
}

function isLiveNodeProcess(pid: number): boolean {
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	// A reused pid after a reboot must not hold the folder forever: check it is still Node.
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('node');
	} catch {
		return true;
	}
}

/**
 * PGlite gives no error when two processes open one folder; both run, diverge, and the last
 * to close silently wins, losing committed rows. So exactly one process may hold the folder:
 * the lock file is created exclusively ('wx') and names its owner's pid. A lock left by a
 * process that died is taken over. Returns the release function.
 */
export function lockDataDirectory(directory: string): () => void {
	const lockPath = join(directory, 'zhiqiao.lock');
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			const descriptor = openSync(lockPath, 'wx');
			writeSync(descriptor, String(process.pid));
			closeSync(descriptor);
			return () => releaseLock(lockPath);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
			const owner = Number.parseInt(readFileSync(lockPath, 'utf8'), 10);
			if (Number.isInteger(owner) && owner !== process.pid && isLiveNodeProcess(owner)) {
				throw new DataDirectoryInUseError(directory, owner);
			}
			unlinkSync(lockPath);
		}
	}
	throw new Error(`Could not lock the data folder ${directory}`);
}

function releaseLock(lockPath: string): void {
	try {
		if (readFileSync(lockPath, 'utf8') === String(process.pid)) unlinkSync(lockPath);
	} catch {
		// Already gone: nothing to release.
	}
}
