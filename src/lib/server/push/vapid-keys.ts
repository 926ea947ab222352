import { randomUUID } from 'node:crypto';
import { link, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import webPush from 'web-push';

// The VAPID key pair that signs every push message (RFC 8292). A browser's subscription is bound
// to the public key it was made with: a new pair silently ends every device's push. So the pair
// comes from the environment, or is generated once into DATA_DIR and read back on every start.

export interface VapidKeys {
	publicKey: string;
	privateKey: string;
	subject: string;
	source: 'environment' | 'data folder';
}

export interface VapidSettings {
	DATA_DIR: string;
	VAPID_PUBLIC_KEY?: string;
	VAPID_PRIVATE_KEY?: string;
	VAPID_SUBJECT?: string;
}

/** Whom a push service may write to about our messages when VAPID_SUBJECT is unset. */
export const defaultVapidSubject = 'mailto:push@zhiqiao.invalid';
export const vapidKeysFile = 'vapid-keys.json';

export async function loadVapidKeys(settings: VapidSettings): Promise<VapidKeys> {
	const subject = settings.VAPID_SUBJECT ?? defaultVapidSubject;
	if (settings.VAPID_PUBLIC_KEY && settings.VAPID_PRIVATE_KEY)
		return {
			publicKey: settings.VAPID_PUBLIC_KEY,
			privateKey: settings.VAPID_PRIVATE_KEY,
			subject,
			source: 'environment'
		};
	const directory = resolve(settings.DATA_DIR);
	const path = join(directory, vapidKeysFile);
	const stored = await readStored(path);
	if (stored) return { ...stored, subject, source: 'data folder' };
	// Several processes may start at once on one folder: each writes its pair to a file of its own,
	// then links it to the shared name, which only the first succeeds in; everyone reads the winner.
	// Security invariant: the private key is readable by the server's user only (mode 0600).
	await mkdir(directory, { recursive: true });
	const generated = webPush.generateVAPIDKeys();
	const draft = join(directory, `.${vapidKeysFile}.${randomUUID()}`);
	await writeFile(draft, JSON.stringify(generated), { mode: 0o600, flag: 'wx' });
	try {
		await link(draft, path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
	} finally {
		await rm(draft, { force: true });
	}
	const kept = await readStored(path);
	if (!kept) throw new Error(`${path} holds no VAPID key pair: remove it to generate one, or set VAPID_* keys`);
	return { ...kept, subject, source: 'data folder' };
}

async function readStored(path: string): Promise<{ publicKey: string; privateKey: string } | null> {
	let text: string;
	try {
		text = await readFile(path, 'utf8');
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
		throw error;
	}
	const parsed = JSON.parse(text) as { publicKey?: unknown; privateKey?: unknown };
	if (typeof parsed.publicKey !== 'string' || typeof parsed.privateKey !== 'string')
		throw new Error(`${path} is not a VAPID key pair: remove it to generate one, or set VAPID_* keys`);
	return { publicKey: parsed.publicKey, privateKey: parsed.privateKey };
}
