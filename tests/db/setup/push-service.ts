import { createECDH, createDecipheriv, hkdfSync, randomBytes, type ECDH } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A push service on 127.0.0.1 for the push worker's tests: it records each message posted to it
 * and answers with the status the test chose for that path (201 unless told).
 */
export interface LocalPushService {
	origin: string;
	received: ReceivedPush[];
	answer: (path: string, status: number) => void;
	close: () => Promise<void>;
}

export interface ReceivedPush {
	path: string;
	headers: Record<string, string | string[] | undefined>;
	body: Buffer;
}

export async function startLocalPushService(): Promise<LocalPushService> {
	const received: ReceivedPush[] = [];
	const statuses = new Map<string, number>();
	const server: Server = createServer((request, response) => {
		const chunks: Buffer[] = [];
		request.on('data', (chunk: Buffer) => chunks.push(chunk));
		request.on('end', () => {
			const path = request.url ?? '/';
			received.push({ path, headers: request.headers, body: Buffer.concat(chunks) });
			response.writeHead(statuses.get(path) ?? 201).end();
		});
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		received,
		answer: (path, status) => statuses.set(path, status),
		close: () => new Promise((resolve) => server.close(() => resolve()))
	};
}

/** A browser's side of a subscription: its P-256 key pair and authentication secret. */
export interface BrowserKeys {
	ecdh: ECDH;
	p256dh: string;
	auth: string;
	authSecret: Buffer;
}

export function browserKeys(): BrowserKeys {
	const ecdh = createECDH('prime256v1');
	const publicKey = ecdh.generateKeys();
	const authSecret = randomBytes(16);
	return { ecdh, p256dh: publicKey.toString('base64url'), auth: authSecret.toString('base64url'), authSecret };
}

/**
 * Decrypts an aes128gcm push message as the browser does (RFC 8291 over RFC 8188): a header of
 * salt, record size and the sender's public key, then one record.
 */
export function decryptPush(body: Buffer, keys: BrowserKeys): string {
	const salt = body.subarray(0, 16);
	const idLength = body[20];
	const senderPublicKey = body.subarray(21, 21 + idLength);
	const record = body.subarray(21 + idLength);
	const sharedSecret = keys.ecdh.computeSecret(senderPublicKey);
	const keyInfo = Buffer.concat([
		Buffer.from('WebPush: info\0'),
		Buffer.from(keys.p256dh, 'base64url'),
		senderPublicKey
	]);
	const inputKey = Buffer.from(hkdfSync('sha256', sharedSecret, keys.authSecret, keyInfo, 32));
	const contentKey = Buffer.from(hkdfSync('sha256', inputKey, salt, Buffer.from('Content-Encoding: aes128gcm\0'), 16));
	const nonce = Buffer.from(hkdfSync('sha256', inputKey, salt, Buffer.from('Content-Encoding: nonce\0'), 12));
	const decipher = createDecipheriv('aes-128-gcm', contentKey, nonce);
	decipher.setAuthTag(record.subarray(record.length - 16));
	const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()]);
	// The last record ends with the delimiter 0x02, then zero padding.
	let end = padded.length - 1;
	while (end >= 0 && padded[end] === 0) end--;
	if (padded[end] !== 2) throw new Error('not the last record of an aes128gcm message');
	return padded.subarray(0, end).toString('utf8');
}
