// `npm test`: every test, in the order that gives the quickest useful failure. Formatting
// (Prettier) and lint (ESLint), unit and database tests (PGlite and a throwaway PostgreSQL), a
// production build, the server process tests, then Playwright in Debian's Chromium. What the
// machine lacks is named with the command that adds it; under CI=true nothing may be missing.
import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findPostgresBinaries, installHint as postgresHint } from './lib/postgres-cluster.js';
import { chromiumPath } from './lib/chromium.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const ci = process.env.CI === 'true' || process.env.CI === '1';

// Vitest's default is the cores less one: one file at a time on two cores. A database or server
// test file often waits on a database or a server process, and each has a database of its own,
// so two at a time use the idle core (docs/performance.md, "Test suite run time").
const vitestWorkers = `--maxWorkers=${Math.max(2, availableParallelism() - 1)}`;

const missing = [];
const timings = [];

function step(name, command, args) {
	console.log(`\n▶ ${name}: ${[command, ...args].map((part) => part.replace(root + '/', '')).join(' ')}`);
	const started = Date.now();
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
	const seconds = ((Date.now() - started) / 1000).toFixed(1);
	timings.push(`${name.padEnd(28)} ${seconds.padStart(6)} s`);
	if (result.status !== 0) {
		console.error(`\n✗ ${name} failed (exit ${result.status ?? result.signal}).`);
		process.exit(result.status || 1);
	}
}

function lacking(what, hint) {
	if (ci) {
		console.error(`\n✗ ${what} is missing and CI=true requires it. ${hint}`);
		process.exit(1);
	}
	missing.push(`${what}: ${hint}`);
	console.warn(`\n⚠ Not run: ${what}. ${hint}`);
}

const started = Date.now();
step('format (prettier --check)', bin('prettier'), ['--check', '.']);
step('lint (eslint)', bin('eslint'), ['.']);

const projects = ['unit', 'db-pglite'];
if (findPostgresBinaries()) projects.push('db-postgres');
else
	lacking(
		'database tests, the two-process realtime test, the crash test on PostgreSQL, the Supabase-configuration server test, the route authorization matrix and the deal-flow end-to-end test on PostgreSQL 15',
		postgresHint
	);
step('unit + database tests', bin('vitest'), [
	'run',
	vitestWorkers,
	...projects.flatMap((project) => ['--project', project])
]);

step('production build', bin('vite'), ['build', '--logLevel', 'warn']);
// These server tests need PostgreSQL; without it the lack is reported above.
const postgresServerTests = [
	'tests/server/realtime-postgres.test.ts',
	'tests/server/crash-postgres.test.ts',
	'tests/server/web-concurrency-postgres.test.ts',
	'tests/server/push-postgres.test.ts',
	'tests/server/supabase-mode.test.ts'
];
const serverExclusions = findPostgresBinaries() ? [] : postgresServerTests.flatMap((file) => ['--exclude', file]);
// The route authorization matrix keeps two servers busy for a minute: it runs on its own, after
// the other server tests, so that their start-up timeouts never compete with it for the CPU.
const routeMatrix = ['tests/server/authorization-pglite.test.ts'];
if (findPostgresBinaries()) routeMatrix.push('tests/server/authorization-postgres.test.ts');
step('server process tests', bin('vitest'), [
	'run',
	vitestWorkers,
	'--project',
	'server',
	...serverExclusions,
	'--exclude',
	'tests/server/authorization-*.test.ts'
]);
step('route authorization matrix', bin('vitest'), ['run', '--project', 'server', ...routeMatrix]);

if (chromiumPath()) step('end-to-end tests (Chromium)', bin('playwright'), ['test']);
else lacking('end-to-end tests in Chromium', 'Install Debian’s Chromium with: sudo apt-get install -y chromium');

console.log(
	`\nTimings:\n  ${timings.join('\n  ')}\n  ${'total'.padEnd(28)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`
);
if (missing.length > 0) {
	console.warn(`\n⚠ Passed, but these were not run on this machine:\n  - ${missing.join('\n  - ')}`);
} else {
	console.log('\n✓ Every test passed.');
}
