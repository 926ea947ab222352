import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../src/lib/server/db/pglite.ts';
import { fixtureFile } from '../support/authorization/actors.ts';
import { seedFile } from '../db/setup/fixture.ts';
import { startServer, waitUntilHealthy } from './process.ts';
import { writeFixtureFiles } from './authorization/run.ts';
import { routeMatrixSuite } from './authorization/suite.ts';
import { matrixUnsubscribeSecret } from './authorization/route-matrix.ts';

// The server seeds its new embedded database itself, from the demo seed followed by the matrix's fixture.
routeMatrixSuite('the embedded database', async () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-authz-'));
	const seed = join(dataDirectory, 'seed.sql');
	writeFileSync(seed, `${readFileSync(seedFile, 'utf8')}\n${readFileSync(fixtureFile, 'utf8')}`);
	writeFixtureFiles(dataDirectory);
	const server = await startServer(dataDirectory, { SEED_FILE: seed, UNSUBSCRIBE_SECRET: matrixUnsubscribeSecret });
	await waitUntilHealthy(server);
	return {
		server,
		dataDirectory,
		openDatabase: () => openPglite(join(dataDirectory, 'pgdata')),
		cleanUp() {
			server.child.kill('SIGKILL');
			rmSync(dataDirectory, { recursive: true, force: true });
		}
	};
});
