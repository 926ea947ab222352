// The app spoken to over HTTP as a browser would: sign in, post forms and form actions, read
// Server-Sent Events. Used by bench:realtime and the server process tests.

export const demoPassword = 'zhiqiao-demo-2026';

/** A post with the headers a same-origin browser sends; redirects are not followed. */
function post(
	baseUrl: string,
	path: string,
	cookie: string,
	fields: Record<string, string>,
	headers: Record<string, string>
): Promise<Response> {
	return fetch(`${baseUrl}${path}`, {
		method: 'POST',
		redirect: 'manual',
		headers: {
			origin: baseUrl.replace('127.0.0.1', 'localhost'),
			cookie,
			'content-type': 'application/x-www-form-urlencoded',
			...headers
		},
		body: new URLSearchParams(fields)
	});
}

/** A form post as a browser without scripts sends it: the answer is a page or a redirect. */
export function postForm(
	baseUrl: string,
	path: string,
	cookie: string,
	fields: Record<string, string>
): Promise<Response> {
	return post(baseUrl, path, cookie, fields, { accept: 'text/html' });
}

/** Posts a form action as an enhanced form in the browser does: the answer is an ActionResult in JSON. */
export function postAction(
	baseUrl: string,
	path: string,
	cookie: string,
	fields: Record<string, string>
): Promise<Response> {
	return post(baseUrl, path, cookie, fields, { accept: 'application/json', 'x-sveltekit-action': 'true' });
}

function sessionCookie(response: Response, what: string): string {
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith('session='));
	if (!cookie) throw new Error(`${what} failed with ${response.status}`);
	return cookie.split(';')[0];
}

export async function signIn(baseUrl: string, email: string): Promise<string> {
	return sessionCookie(
		await postForm(baseUrl, '/signin', '', { email, password: demoPassword }),
		`sign-in as ${email}`
	);
}

/** Registers a new company account (its own new company) and returns its session cookie. */
export async function signUpCompany(baseUrl: string): Promise<string> {
	const email = `outsider-${crypto.randomUUID().slice(0, 8)}@example.com`;
	const response = await postForm(baseUrl, '/signup', '', {
		email,
		password: demoPassword,
		displayName: 'Outsider',
		role: 'company',
		companyName: 'Outsider Ltd',
		locale: 'en'
	});
	return sessionCookie(response, 'sign-up');
}

/** The interest form as a company sends it: an exclusive licence, a message, nothing else filled in. */
export function interestFields(idempotencyKey: string, message: string): Record<string, string> {
	return {
		idempotencyKey,
		wantedMode: 'exclusive_license',
		fieldOfUse: '',
		territory: '',
		budgetMin: '',
		budgetMax: '',
		timeline: '',
		message
	};
}

/** A company expresses interest in the listing through its form and an officer converts it: the deal's id. */
export async function openDeal(
	baseUrl: string,
	companyCookie: string,
	officerCookie: string,
	listingId: string
): Promise<string> {
	const interest = await postForm(
		baseUrl,
		`/listings/${listingId}/interest`,
		companyCookie,
		interestFields(crypto.randomUUID(), 'opened over HTTP')
	);
	const interestId = new URL(interest.headers.get('location') ?? '/', baseUrl).searchParams.get('sent');
	if (interest.status !== 303 || !interestId) throw new Error(`interest in ${listingId} refused (${interest.status})`);
	const converted = await postForm(baseUrl, '/interests?/convert', officerCookie, { interest: interestId });
	const location = converted.headers.get('location');
	if (converted.status !== 303 || !location?.startsWith('/deals/'))
		throw new Error(`conversion refused (${converted.status})`);
	return location.split('/').pop()!;
}

/** Posts a deal message as the enhanced form in the browser does (a form action, no page render). */
export async function postDealMessage(baseUrl: string, cookie: string, dealId: string, body: string): Promise<void> {
	const response = await postAction(baseUrl, `/deals/${dealId}?/message`, cookie, {
		idempotencyKey: crypto.randomUUID(),
		body
	});
	const result = (await response.json()) as { type: string };
	if (result.type !== 'success') throw new Error(`message refused (${JSON.stringify(result)})`);
}

/** The complete events at the start of an SSE text buffer (comments skipped), and what is left. */
export function takeEvents(buffer: string): { events: { id: number; data: string }[]; rest: string } {
	const events: { id: number; data: string }[] = [];
	let rest = buffer;
	let end: number;
	while ((end = rest.indexOf('\n\n')) >= 0) {
		const block = rest.slice(0, end);
		rest = rest.slice(end + 2);
		const id = /^id: (\d+)$/m.exec(block)?.[1];
		const data = /^data: (.*)$/m.exec(block)?.[1];
		if (id && data) events.push({ id: Number(id), data });
	}
	return { events, rest };
}
