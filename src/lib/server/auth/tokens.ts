import { createHash } from 'node:crypto';
import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** 20 random bytes (160 bits) from the platform CSPRNG, base32: the cookie value. */
export function generateSessionToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored session id. A leaked sessions table therefore yields no usable token. */
export function sessionIdFromToken(token: string): string {
	return sha256Hex(token);
}

/** SHA-256 of the UTF-8 text, in lowercase hex. Node's native hash: every signed-in request hashes twice. */
export function sha256Hex(text: string): string {
	return createHash('sha256').update(text, 'utf8').digest('hex');
}
