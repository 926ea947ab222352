import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { anonymousUrlFor, startPostgresCluster } from '../../scripts/lib/postgres-cluster.js';
import { openPostgres } from '../../src/lib/server/db/postgres.ts';
import { writeDemoFiles } from '../../src/lib/server/db/seed-files.ts';
import { openLocalStorage } from '../../src/lib/server/storage/local.ts';
import { startServer, waitUntilHealthy } from './process.ts';
import { prepareMatrixDatabase, writeFixtureFiles } from './authorization/run.ts';
import { routeMatrixSuite } from './authorization/suite.ts';
import { matrixUnsubscribeSecret } from './authorization/route-matrix.ts';

// scripts/test.js leaves this file out (and says so) where PostgreSQL is not installed.
// Anonymous requests use the anonymous login role, as production may (DATABASE_ANONYMOUS_URL).
routeMatrixSuite('PostgreSQL', async () => {
	const cluster = await startPostgresCluster();
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-authz-pg-'));
	const database = openPostgres(cluster.url, { maxConnections: 1 });
	await prepareMatrixDatabase(database);
	// The demo's files, as `npm run db:seed` writes them beside a DATABASE_URL database.
	await writeDemoFiles(database, openLocalStorage(join(dataDirectory, 'files')));
	await database.close();
	writeFixtureFiles(dataDirectory);
	const server = await startServer(dataDirectory, {
		DATABASE_URL: cluster.url,
		DATABASE_ANONYMOUS_URL: anonymousUrlFor(cluster.url),
		UNSUBSCRIBE_SECRET: matrixUnsubscribeSecret
	});
	await waitUntilHealthy(server);
	return {
		server,
		dataDirectory,
		openDatabase: async () => openPostgres(cluster.url, { maxConnections: 1 }),
		cleanUp() {
			server.child.kill('SIGKILL');
			rmSync(dataDirectory, { recursive: true, force: true });
			cluster.stop();
		}
	};
});
