import type { TestProject } from 'vitest/node';
import { findPostgresBinaries, installHint, startPostgresCluster } from '../../../scripts/lib/postgres-cluster.js';
import { openPostgres } from '../../../src/lib/server/db/postgres.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';
import { prepareDatabase } from './fixture.ts';

// A throwaway PostgreSQL 15 cluster on loopback. The migrated, seeded database becomes a
// template; each test file gets its own copy (CREATE DATABASE … TEMPLATE), which is fast.
export default async function setup(project: TestProject) {
	if (!findPostgresBinaries()) throw new Error(installHint);
	const cluster = await startPostgresCluster();
	const template = openPostgres(cluster.url, { maxConnections: 1 });
	await template.query(sql`create database zhiqiao_template`);
	await template.close();
	const database = openPostgres(cluster.url.replace(/\/postgres$/, '/zhiqiao_template'), { maxConnections: 2 });
	await prepareDatabase(database);
	await database.close();
	project.provide('postgresUrl', cluster.url);
	return () => cluster.stop();
}
