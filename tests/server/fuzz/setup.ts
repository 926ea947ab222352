import fc from 'fast-check';
import { postForm, signIn, signUpCompany } from '../http.ts';
import type { Fixtures, SessionName } from './targets.ts';

export interface App {
	url: string;
	cookies: Record<SessionName, string>;
	fixtures: Fixtures;
}

/** The sessions and rows the fuzz test works with, made through the app's own forms. */
export async function prepareApp(url: string, seed: number): Promise<App> {
	const demo = (name: string) => signIn(url, `${name}@demo.zhiqiao.cn`);
	const cookies: Record<SessionName, string> = {
		researcher: await demo('researcher'),
		company: await demo('company'),
		officer: await demo('officer'),
		admin: await demo('admin'),
		// The demo valuation firm's staff (issue #22).
		provider: await demo('valuer'),
		otherResearcher: await signUpResearcher(url),
		otherCompany: await signUpCompany(url),
		// Their own accounts: a changed password or a sign-out must not end a demo session.
		passwordChanger: await signUpCompany(url),
		leaver: await signUpCompany(url),
		anon: '',
		forged: `session=${'0'.repeat(43)}`
	};
	const draft = async (cookie: string) => {
		const created = await postForm(url, '/my/listings?/create', cookie, {});
		return /^\/listings\/([0-9a-f-]{36})\/edit$/.exec(created.headers.get('location') ?? '')![1];
	};
	const fixtures: Fixtures = {
		ownDraft: await draft(cookies.researcher),
		draftToSubmit: await draft(cookies.researcher),
		draftsToDelete: [await draft(cookies.researcher), await draft(cookies.researcher)],
		othersDraft: await draft(cookies.otherResearcher),
		missing: fc.sample(fc.uuid({ version: 4 }), { seed, numRuns: 1 })[0]
	};
	return { url, cookies, fixtures };
}

/** A researcher at the demo university's first college: a colleague, not the owner. */
async function signUpResearcher(url: string): Promise<string> {
	const response = await postForm(url, '/signup', '', {
		email: `colleague-${crypto.randomUUID().slice(0, 8)}@example.com`,
		password: 'zhiqiao-demo-2026',
		displayName: 'Colleague',
		role: 'researcher',
		universityId: '00000000-0000-4000-8000-000000000100',
		organizationId: '00000000-0000-4000-8000-000000000101',
		locale: 'en'
	});
	const cookie = response.headers.getSetCookie().find((value) => value.startsWith('session='));
	if (!cookie) throw new Error(`researcher sign-up failed with ${response.status}`);
	return cookie.split(';')[0];
}
