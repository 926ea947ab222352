import { createServer } from 'node:net';

// HTTP helpers for bench:realtime: sign in and write through the app's own forms.

const password = 'zhiqiao-demo-2026';

function post(base: string, path: string, cookie: string, fields: Record<string, string>): Promise<Response> {
	return fetch(`${base}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base.replace('127.0.0.1', 'localhost'), cookie, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams(fields)
	});
}

export async function signIn(base: string, email: string): Promise<string> {
	const response = await post(base, '/signin', '', { email, password });
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith('session='));
	if (!cookie) throw new Error(`sign-in as ${email} failed (${response.status})`);
	return cookie.split(';')[0];
}

/** `count` deals on the seeded listings: a company interest each, converted by the officer. */
export async function openDeals(base: string, company: string, officer: string, count: number): Promise<string[]> {
	const deals: string[] = [];
	for (let index = 0; index < count; index++) {
		const listing = `00000000-0000-4000-8001-${String((index % 60) + 1).padStart(12, '0')}`;
		const interest = await post(base, `/listings/${listing}/interest`, company, {
			idempotencyKey: crypto.randomUUID(), wantedMode: 'exclusive_license', fieldOfUse: '', territory: '', budgetMin: '', budgetMax: '', timeline: '', message: 'bench'
		});
		const interestId = new URL(interest.headers.get('location') ?? '/', base).searchParams.get('sent');
		if (!interestId) throw new Error(`interest in ${listing} refused (${interest.status})`);
		const converted = await post(base, '/interests?/convert', officer, { interest: interestId });
		deals.push(converted.headers.get('location')!.split('/').pop()!);
	}
	return deals;
}

/** Posts a deal message the way the enhanced form in the browser does (an action, no page render). */
export async function postMessage(base: string, cookie: string, deal: string, body: string): Promise<void> {
	const response = await fetch(`${base}/deals/${deal}?/message`, {
		method: 'POST',
		headers: { origin: base.replace('127.0.0.1', 'localhost'), cookie, accept: 'application/json', 'x-sveltekit-action': 'true',
			'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ idempotencyKey: crypto.randomUUID(), body })
	});
	const result = (await response.json()) as { type: string };
	if (result.type !== 'success') throw new Error(`message refused (${JSON.stringify(result)})`);
}

export function freePort(): Promise<number> {
	return new Promise((done, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => done(typeof address === 'object' && address ? address.port : 0));
		});
	});
}
