import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openPglite } from '../../../src/lib/server/db/pglite.ts';
import { prepareDatabase } from './fixture.ts';

// Creating a PGlite cluster costs seconds; migrate and seed once, then every test file starts
// from a copy of this data directory (loadDataDir), isolated from the others.
export default async function setup(project: TestProject) {
	const directory = mkdtempSync(join(tmpdir(), 'zhiqiao-pglite-'));
	const database = await openPglite();
	await prepareDatabase(database);
	const dump = await database.dumpDataDir();
	const file = join(directory, 'template.tar.gz');
	writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
	await database.close();
	project.provide('pgliteTemplate', file);
	return () => rmSync(directory, { recursive: true, force: true });
}

declare module 'vitest' {
	export interface ProvidedContext {
		pgliteTemplate: string;
		postgresUrl: string;
	}
}
