import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import webPush from 'web-push';
import { ConfigurationError, readConfig } from '../../src/lib/server/app/config.ts';
import { defaultVapidSubject, loadVapidKeys, vapidKeysFile } from '../../src/lib/server/push/vapid-keys.ts';

// Web push's VAPID keys (src/lib/server/push/vapid-keys.ts) and their settings.

describe('VAPID keys', () => {
	const folders: string[] = [];
	const folder = () => {
		const path = mkdtempSync(join(tmpdir(), 'zhiqiao-vapid-'));
		folders.push(path);
		return join(path, 'data');
	};
	afterEach(() => folders.splice(0).forEach((path) => rmSync(path, { recursive: true, force: true })));

	it('generates one pair into the data folder, whoever starts first, and keeps it across restarts', async () => {
		const DATA_DIR = folder();
		const starts = await Promise.all(Array.from({ length: 6 }, () => loadVapidKeys({ DATA_DIR })));
		expect(new Set(starts.map((keys) => keys.publicKey)).size).toBe(1);
		expect(starts[0]).toMatchObject({ subject: defaultVapidSubject, source: 'data folder' });
		const path = join(DATA_DIR, vapidKeysFile);
		expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(JSON.parse(readFileSync(path, 'utf8')).privateKey).toBe(starts[0].privateKey);
		const restarted = await loadVapidKeys({ DATA_DIR, VAPID_SUBJECT: 'mailto:ops@example.edu.cn' });
		expect(restarted).toMatchObject({ publicKey: starts[0].publicKey, subject: 'mailto:ops@example.edu.cn' });
	});

	it('takes the pair from the environment when given', async () => {
		const pair = webPush.generateVAPIDKeys();
		const config = readConfig({ VAPID_PUBLIC_KEY: pair.publicKey, VAPID_PRIVATE_KEY: pair.privateKey });
		expect(await loadVapidKeys(config)).toMatchObject({ ...pair, source: 'environment' });
	});

	it('refuses half a pair, keys of the wrong length and a subject that is no contact', () => {
		const pair = webPush.generateVAPIDKeys();
		const refused = (environment: Record<string, string>) => {
			try {
				readConfig(environment);
				return 'accepted';
			} catch (error) {
				expect(error).toBeInstanceOf(ConfigurationError);
				return (error as Error).message;
			}
		};
		expect(refused({ VAPID_PUBLIC_KEY: pair.publicKey })).toMatch(/VAPID_PRIVATE_KEY.*go together/);
		expect(refused({ VAPID_PUBLIC_KEY: pair.privateKey, VAPID_PRIVATE_KEY: pair.privateKey })).toMatch(
			/VAPID_PUBLIC_KEY must be 65 bytes/
		);
		expect(refused({ VAPID_SUBJECT: 'ops@example.edu.cn' })).toMatch(/VAPID_SUBJECT must be a mailto:/);
		expect(refused({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: 'yes' })).toMatch(/PUSH_ALLOW_LOOPBACK_ENDPOINTS must be 1 or 0/);
		expect(readConfig({}).PUSH_ALLOW_LOOPBACK_ENDPOINTS).toBe(false);
		expect(readConfig({ PUSH_ALLOW_LOOPBACK_ENDPOINTS: '1' }).PUSH_ALLOW_LOOPBACK_ENDPOINTS).toBe(true);
	});
});
