import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPglite } from '../../src/lib/server/db/pglite.ts';
import { startServer, waitUntilHealthy } from './process.ts';
import { prepareMatrixDatabase, writeFixtureFiles } from './authorization/run.ts';
import { routeMatrixSuite } from './authorization/suite.ts';

// The server's embedded database is prepared here before it starts (it then finds it seeded).
routeMatrixSuite('the embedded database', async () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-authz-'));
	const database = await openPglite(join(dataDirectory, 'pgdata'));
	await prepareMatrixDatabase(database);
	await database.close();
	writeFixtureFiles(dataDirectory);
	const server = await startServer(dataDirectory);
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
