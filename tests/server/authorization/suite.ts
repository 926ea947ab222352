import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/lib/server/db/port.ts';
import type { ServerProcess } from '../process.ts';
import { routeCases } from './route-matrix.ts';
import { serverRoutes } from './routes.ts';
import { checkStorage, checkStoredWrites, routeKeys, runRouteMatrix, type MatrixRun } from './run.ts';

/** A server started on a prepared database (tests/server/authorization/run.ts), and how to inspect it afterwards. */
export interface MatrixServer {
	server: ServerProcess;
	dataDirectory: string;
	/** The database the server used, opened once the server has stopped. */
	openDatabase(): Promise<Database>;
	/** Stops whatever the start made: server, cluster, folders. */
	cleanUp(): void;
}

const minutes = 60_000;

/** The route half of the authorization matrix against one server; the test files pick the database. */
export function routeMatrixSuite(driver: string, start: () => Promise<MatrixServer>): void {
	describe(`authorization matrix of the routes on ${driver}`, () => {
		let started: MatrixServer;
		let run: MatrixRun;
		const began = Date.now();
		beforeAll(async () => {
			started = await start();
		}, 3 * minutes);
		afterAll(() => started?.cleanUp());

		it('has an entry for every route that runs on the server', () => {
			expect([...new Set(routeCases.flatMap(routeKeys))].sort()).toEqual(serverRoutes());
		});

		it('answers every actor as the matrix says', { timeout: 10 * minutes }, async () => {
			run = await runRouteMatrix(started.server.url);
			expect(run.wrong).toEqual([]);
		});

		it('stored exactly the writes it allowed, and no file without its row', { timeout: minutes }, async () => {
			expect(run, 'the matrix ran').toBeDefined();
			started.server.child.kill('SIGTERM');
			expect(await started.server.exited).toBe(0);
			const database = await started.openDatabase();
			try {
				expect(await checkStoredWrites(database, run.since)).toEqual([]);
				expect(await checkStorage(database, started.dataDirectory)).toEqual({ strays: [], missing: [] });
			} finally {
				await database.close();
			}
			console.info(
				`authorization matrix, routes on ${driver}: ${run.cells} cells, ${(Date.now() - began) / 1000} s with start-up`
			);
		});
	});
}
