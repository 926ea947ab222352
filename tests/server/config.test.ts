import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { startServer } from './process.ts';

describe('start-up configuration', () => {
	const dataDirectory = mkdtempSync(join(tmpdir(), 'zhiqiao-config-'));
	afterAll(() => rmSync(dataDirectory, { recursive: true, force: true }));

	it('stops a half-configured Supabase start-up at once, naming what is missing', async () => {
		const server = await startServer(dataDirectory, { PUBLIC_SUPABASE_URL: 'https://abc.supabase.co' });
		expect(await server.exited).toBe(1);
		expect(server.output()).toContain('SUPABASE_SERVICE_ROLE_KEY is required when Supabase is configured');
		expect(server.output()).toContain('DATABASE_URL is required');
	});
});
