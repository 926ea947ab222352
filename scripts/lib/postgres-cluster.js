// A throwaway PostgreSQL cluster for tests and benchmarks: Debian's server binaries, a temp
// folder, a free loopback port. It stops when asked, and a watchdog stops it if this process
// dies first, so no server outlives the run.
import { execFileSync, spawn } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { freePort } from './free-port.js';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

export const installHint =
	'PostgreSQL server binaries were not found. Install them with: sudo apt-get install -y postgresql';

/** The bin folder of the newest PostgreSQL server installed, or null. */
export function findPostgresBinaries() {
	const root = '/usr/lib/postgresql';
	if (existsSync(root)) {
		const versions = readdirSync(root)
			.filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
			.sort((a, b) => Number(b) - Number(a));
		if (versions.length > 0) return join(root, versions[0], 'bin');
	}
	try {
		const bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
		if (existsSync(join(bin, 'initdb'))) return bin;
	} catch {
		// No pg_config on PATH.
	}
	return null;
}

/**
 * initdb refuses to run as root, so root runs the server binaries as the postgres user.
 * @param {string} command
 * @param {string[]} args
 * @returns {[string, string[]]}
 */
function asServerUser(command, args) {
	return userInfo().uid === 0 ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
}

/** @param {string} command @param {string[]} args */
function run(command, args) {
	const [file, argv] = asServerUser(command, args);
	execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'] });
}

/**
 * The same database logged in as the anonymous login role a migration creates (no password:
 * these clusters trust loopback), for `openPostgres(url, { anonymousUrl })`.
 * @param {string} url
 */
export function anonymousUrlFor(url) {
	const anonymous = new URL(url);
	anonymous.username = 'zhiqiao_anonymous';
	anonymous.password = '';
	return anonymous.toString();
}

/** @returns {Promise<{ url: string, stop: () => void }>} */
export async function startPostgresCluster() {
	const bin = findPostgresBinaries();
	if (!bin) throw new Error(installHint);
	const directory = mkdtempSync(join(tmpdir(), 'zhiqiao-pg-'));
	if (userInfo().uid === 0) {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
		chownSync(directory, uid, gid);
	}
	const dataDirectory = join(directory, 'data');
	const port = await freePort();
	run(join(bin, 'initdb'), [
		'-D',
		dataDirectory,
		'--auth=trust',
		'-U',
		'postgres',
		'-E',
		'UTF8',
		'--no-locale',
		'--no-sync'
	]);
	const serverOptions = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300`;
	run(join(bin, 'pg_ctl'), [
		'-D',
		dataDirectory,
		'-o',
		serverOptions,
		'-l',
		join(directory, 'server.log'),
		'-w',
		'start'
	]);

	const stopCommand = asServerUser(join(bin, 'pg_ctl'), ['-D', dataDirectory, '-m', 'immediate', 'stop']);
	const watchdog = spawn(
		'sh',
		[
			'-c',
			`while kill -0 ${process.pid} 2>/dev/null; do sleep 1; done; "$0" "$@" >/dev/null 2>&1; rm -rf ${directory}`,
			stopCommand[0],
			...stopCommand[1]
		],
		{ detached: true, stdio: 'ignore' }
	);
	watchdog.unref();

	let stopped = false;
	return {
		url: `postgres://postgres@127.0.0.1:${port}/postgres`,
		stop() {
			if (stopped) return;
			stopped = true;
			try {
				execFileSync(stopCommand[0], stopCommand[1], { stdio: 'ignore' });
			} finally {
				rmSync(directory, { recursive: true, force: true });
				watchdog.kill();
			}
		}
	};
}
