import { createHmac, timingSafeEqual } from 'node:crypto';

// One-click unsubscribe links (docs/domain.md, "Email"; RFC 8058). The token names a user and what
// to stop (one topic, or the digest) and carries an HMAC-SHA256 of both under the server's
// unsubscribe secret: no database row, and nobody without the secret can make one for another
// user. Security invariant: a token is acted on only after verifyUnsubscribeToken accepted it
// (constant-time comparison of the MAC); anything malformed is null, never an exception.

export type UnsubscribeScope = { topic: string } | { digest: true };

export interface UnsubscribeRequest {
	userId: string;
	scope: UnsubscribeScope;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const topicName = /^[a-z_]{1,32}$/;

function scopeText(scope: UnsubscribeScope): string {
	return 'digest' in scope ? 'digest' : `topic:${scope.topic}`;
}

function mac(secret: Uint8Array, body: string): Buffer {
	// The label keeps these MACs apart from any other use the secret might get.
	return createHmac('sha256', secret).update(`zhiqiao-unsubscribe-v1\n${body}`).digest();
}

export function signUnsubscribeToken(secret: Uint8Array, request: UnsubscribeRequest): string {
	if (!uuid.test(request.userId)) throw new Error('Not a user id');
	if ('topic' in request.scope && !topicName.test(request.scope.topic)) throw new Error('Not a topic');
	const body = `${request.userId}.${scopeText(request.scope)}`;
	return `${Buffer.from(body).toString('base64url')}.${mac(secret, body).toString('base64url')}`;
}

export function verifyUnsubscribeToken(secret: Uint8Array, token: string): UnsubscribeRequest | null {
	if (typeof token !== 'string' || token.length > 300) return null;
	const [encodedBody, encodedMac, ...rest] = token.split('.');
	if (!encodedBody || !encodedMac || rest.length) return null;
	// Only the form signUnsubscribeToken writes: Node's decoder skips stray characters and ignores
	// a last character's spare bits, so many spellings would otherwise decode to one token.
	if (!isCanonicalBase64Url(encodedBody) || !isCanonicalBase64Url(encodedMac)) return null;
	const body = Buffer.from(encodedBody, 'base64url').toString('utf8');
	const given = Buffer.from(encodedMac, 'base64url');
	const expected = mac(secret, body);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
	const match = /^([^.]+)\.(digest|topic:([a-z_]{1,32}))$/.exec(body);
	if (!match || !uuid.test(match[1])) return null;
	return { userId: match[1], scope: match[2] === 'digest' ? { digest: true } : { topic: match[3] } };
}

function isCanonicalBase64Url(text: string): boolean {
	return /^[A-Za-z0-9_-]+$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text;
}
