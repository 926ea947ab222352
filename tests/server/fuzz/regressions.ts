import type { App } from './setup.ts';
import type { SessionName } from './targets.ts';

// Requests that got a 500 (or no answer) before issue #16 was fixed, one or two per cause, with
// the answer each gets now. The fuzz test finds the same causes by chance; these find them always.

export interface Regression {
	cause: string;
	send: (app: App) => Promise<Response>;
	status: number;
	/** Text the answer must hold (a message key, an echoed value), or how its Location starts. */
	contains?: string[];
	location?: string;
}

type Body = Record<string, string> | FormData | { raw: string; type: string };

function post(app: App, path: string, session: SessionName, body: Body, enhanced = true): Promise<Response> {
	const headers: Record<string, string> = {
		origin: app.url.replace('127.0.0.1', 'localhost'),
		cookie: app.cookies[session],
		accept: enhanced ? 'application/json' : 'text/html'
	};
	if (enhanced) headers['x-sveltekit-action'] = 'true';
	let payload: BodyInit = body instanceof FormData ? body : new URLSearchParams(body as Record<string, string>);
	if ('raw' in body && typeof body.raw === 'string') {
		payload = body.raw;
		headers['content-type'] = body.type as string;
	}
	return fetch(app.url + path, { method: 'POST', redirect: 'manual', headers, body: payload });
}

const get = (app: App, path: string, session: SessionName) =>
	fetch(app.url + path, { redirect: 'manual', headers: { cookie: app.cookies[session] } });

const dealRoom = '00000000-0000-4000-8004-000000000001';
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
const refused = (status: number, ...keys: string[]) => [`"type":"failure","status":${status}`, ...keys];

export const regressions: Regression[] = [
	{
		cause: 'NUL in the sign-in email: refused on the field, what was typed kept',
		send: (app) => post(app, '/signin', 'anon', { email: 'a\u0000@b.cn', password: 'x' }),
		status: 200,
		contains: refused(400, 'error_unstorable_characters', 'a\\u0000@b.cn')
	},
	{
		cause: 'a control character in the display name, page rendered without JavaScript',
		send: (app) => post(app, '/account?/profile', 'researcher', { displayName: 'Li\u0007' }, false),
		status: 400,
		contains: ['含有无法保存的不可见控制字符']
	},
	{
		// Submitting checks every field; a draft save stores the typed text, the NUL dropped.
		cause: 'NUL in a listing editor row, named as the page numbers the row',
		send: (app) =>
			post(app, `/listings/${app.fixtures.ownDraft}/edit?/submit`, 'researcher', {
				'inventors.3.name': 'Li\u0000',
				'inventors.3.share': '100'
			}),
		status: 200,
		contains: refused(400, '"inventors.0.name"', 'error_unstorable_characters')
	},
	{
		cause: 'control characters in an uploaded file name are dropped, not refused',
		send: async (app) => {
			const form = new FormData();
			form.append('file', new File([png], 'scan\u0000\r\n.png'));
			await post(app, `/listings/${app.fixtures.ownDraft}/edit?/upload`, 'researcher', form);
			return get(app, `/listings/${app.fixtures.ownDraft}/edit`, 'researcher');
		},
		status: 200,
		contains: ['scan.png']
	},
	{
		cause: 'an impossible next-action date',
		send: (app) =>
			post(app, `/deals/${dealRoom}?/plan`, 'officer', {
				officerId: '',
				nextAction: 'call',
				nextActionOn: '2024-02-30'
			}),
		status: 200,
		contains: refused(400, 'error_date_invalid')
	},
	{
		cause: 'year 0 as a need deadline',
		send: (app) =>
			post(app, '/needs/new', 'company', {
				title: 't',
				problem: 'p',
				industry: 'automotive',
				budget: '',
				deadline: '0000-01-01'
			}),
		status: 200,
		contains: refused(400, 'error_date_invalid')
	},
	{
		cause: 'an impossible patent filing date',
		send: (app) =>
			post(app, `/listings/${app.fixtures.ownDraft}/edit?/submit`, 'researcher', {
				'patents.0.number': '202110420380.4',
				'patents.0.type': 'invention',
				'patents.0.legalStatus': 'pending',
				'patents.0.filedOn': '2023-02-29'
			}),
		status: 200,
		contains: refused(400, '"patents.0.filedOn"', 'error_date_invalid')
	},
	...['nope', ''].map((fileId) => ({
		cause: `removing the file "${fileId}"`,
		send: (app: App) => post(app, `/listings/${app.fixtures.ownDraft}/edit?/removeFile`, 'researcher', { fileId }),
		status: 200,
		contains: refused(404, 'error_not_found')
	})),
	{
		cause: "saving someone else's draft to the saved list",
		send: (app) => post(app, `/listings/${app.fixtures.othersDraft}?/save`, 'company', {}),
		status: 200,
		contains: refused(404, 'error_listing_not_found')
	},
	{
		cause: 'saving a listing that does not exist to the saved list',
		send: (app) => post(app, `/listings/${app.fixtures.missing}?/save`, 'company', {}),
		status: 200,
		contains: refused(404, 'error_listing_not_found')
	},
	{
		cause: 'an anonymous deal document download',
		send: (app) => get(app, `/deals/${dealRoom}/documents/${app.fixtures.missing}`, 'anon'),
		status: 303,
		location: `/signin?redirectTo=${encodeURIComponent(`/deals/${dealRoom}/documents/`)}`
	},
	{
		cause: 'NUL in the patent picker’s search (the valuation request form)',
		send: (app) => post(app, '/valuations/new?/search', 'company', { patentQuery: '\u0000', notes: '' }),
		status: 200
	},
	{
		cause: 'NUL in the admin user search (a URL parameter)',
		send: (app) => get(app, '/admin/users?q=%00', 'admin'),
		status: 200
	},
	{
		cause: 'a language switch back to a path with Chinese in it',
		send: (app) => post(app, '/locale', 'anon', { locale: 'en', redirectTo: '/中文' }, false),
		status: 303,
		location: '/%E4%B8%AD%E6%96%87'
	},
	{
		cause: 'a signed-in visit to sign-in that returns to a path with Chinese in it',
		send: (app) => get(app, `/signin?redirectTo=${encodeURIComponent('/admin/users?q=李')}`, 'company'),
		status: 303,
		location: '/admin/users?q=%E6%9D%8E'
	},
	{
		cause: 'a text/plain body',
		send: (app) => post(app, '/signin', 'anon', { raw: 'email=a@b.cn', type: 'text/plain' }),
		status: 400
	},
	{
		cause: 'a multipart body that never ends',
		send: (app) =>
			post(app, '/account?/profile', 'researcher', {
				raw: '--x\r\nContent-Disposition: form-data; name="displayName"\r\n\r\nLi',
				type: 'multipart/form-data; boundary=x'
			}),
		status: 400
	},
	{
		cause: 'a refused upload in the editor, page rendered without JavaScript',
		send: (app) =>
			post(app, `/listings/${app.fixtures.ownDraft}/edit?/upload`, 'researcher', { file: 'not a file' }, false),
		status: 400
	},
	{
		cause: 'removing a file that is not there, page rendered without JavaScript',
		send: (app) =>
			post(
				app,
				`/listings/${app.fixtures.ownDraft}/edit?/removeFile`,
				'researcher',
				{ fileId: app.fixtures.missing },
				false
			),
		status: 404
	}
];
