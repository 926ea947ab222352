// What a browser's push subscription must look like before it is stored (docs/domain.md, "Web
// push"). The database checks the same shapes (20261214300000_push_subscriptions.sql).

const maxEndpointLength = 2048;
const secureEndpoint = /^https:\/\/[^/?#@\s]+\/\S*$/;
const loopbackEndpoint = /^http:\/\/(127\.0\.0\.1|localhost)(:[0-9]{1,5})?\/\S*$/;

/**
 * Whether `endpoint` is a push service's address the server may post to: an absolute https URL.
 * Plain http to this machine's loopback only when `allowLoopback` (PUSH_ALLOW_LOOPBACK_ENDPOINTS,
 * for the tests' local push service). Security invariant: without that flag the server never
 * posts in clear text, and never to its own loopback.
 */
export function isPushEndpoint(endpoint: string, allowLoopback: boolean): boolean {
	if (endpoint.length > maxEndpointLength) return false;
	if (!secureEndpoint.test(endpoint) && !(allowLoopback && loopbackEndpoint.test(endpoint))) return false;
	return URL.canParse(endpoint);
}

const base64url = /^[A-Za-z0-9_-]+$/;

function decodedLength(value: string): number | null {
	if (!base64url.test(value) || value.length % 4 === 1) return null;
	return Math.floor((value.length * 6) / 8);
}

/** The browser's public key: an uncompressed P-256 point (65 bytes, first 0x04), base64url. */
export function isPushPublicKey(value: string): boolean {
	return decodedLength(value) === 65 && value.startsWith('B') && value.length === 87;
}

/** The browser's authentication secret: 16 bytes, base64url. */
export function isPushAuthSecret(value: string): boolean {
	return decodedLength(value) === 16 && value.length === 22 && /[AQgw]$/.test(value);
}

const browsers: Array<[RegExp, string]> = [
	[/MicroMessenger\//, 'WeChat'],
	[/EdgA?\//, 'Edge'],
	[/OPR\//, 'Opera'],
	[/SamsungBrowser\//, 'Samsung Internet'],
	[/(HuaweiBrowser|HBPC)\//, 'Huawei Browser'],
	[/Firefox\/|FxiOS\//, 'Firefox'],
	[/Chrome\/|CriOS\/|Chromium\//, 'Chrome'],
	[/Safari\//, 'Safari']
];
const systems: Array<[RegExp, string]> = [
	[/HarmonyOS|OpenHarmony/, 'HarmonyOS'],
	[/Android/, 'Android'],
	[/iPhone|iPad|iPod/, 'iOS'],
	[/Windows/, 'Windows'],
	[/Mac OS X|Macintosh/, 'macOS'],
	[/CrOS/, 'ChromeOS'],
	[/Linux/, 'Linux']
];

/**
 * A short name for a device, from its user agent ("Chrome · Android"), so its owner tells their
 * devices apart in the list. Product names, the same in every language; null when nothing is known.
 */
export function deviceLabel(userAgent: string | null | undefined): string | null {
	if (!userAgent) return null;
	const browser = browsers.find(([pattern]) => pattern.test(userAgent))?.[1];
	const system = systems.find(([pattern]) => pattern.test(userAgent))?.[1];
	const parts = [browser, system].filter(Boolean);
	return parts.length > 0 ? parts.join(' · ') : null;
}
