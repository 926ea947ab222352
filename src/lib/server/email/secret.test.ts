import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadUnsubscribeSecret } from './secret.ts';

const folder = mkdtempSync(join(tmpdir(), 'zhiqiao-secret-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('loadUnsubscribeSecret', () => {
	it('takes the configured secret', () => {
		expect(Buffer.from(loadUnsubscribeSecret('a'.repeat(40), folder)).toString()).toBe('a'.repeat(40));
	});

	it('generates 32 bytes once into the data folder, readable only by the owner, and reads them back', () => {
		const data = join(folder, 'data');
		const first = loadUnsubscribeSecret(undefined, data);
		expect(first).toHaveLength(32);
		expect(loadUnsubscribeSecret(undefined, data)).toEqual(first);
		expect(statSync(join(data, 'unsubscribe-secret')).mode & 0o777).toBe(0o600);
	});
});
