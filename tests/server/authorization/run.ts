import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import type { Database } from '../../../src/lib/server/db/port.ts';
import { sql } from '../../../src/lib/server/db/sql.ts';
import { prepareDatabase } from '../../db/setup/fixture.ts';
import {
	actors,
	addAuthorizationFixture,
	fixtureFiles,
	grid,
	marked,
	people,
	type Actor
} from '../../support/authorization/actors.ts';
import { signIn } from '../http.ts';
import { routeCases, type RouteCase } from './route-matrix.ts';

// Runs tests/server/authorization/route-matrix.ts against a running server, then checks what
// reached the database and the file storage.

/** Migrations, demo seed and the matrix's fixture, as the server will find them. */
export async function prepareMatrixDatabase(database: Database): Promise<void> {
	await prepareDatabase(database);
	await addAuthorizationFixture(database);
}

/** The bytes of the fixture's files, under the data folder the server keeps files in. */
export function writeFixtureFiles(dataDirectory: string): void {
	for (const [key, bytes] of Object.entries(fixtureFiles)) {
		const path = join(dataDirectory, 'files', key);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, bytes);
	}
}

export const routeKeys = (entry: RouteCase) => [entry.route].flat();

const signInRedirect = (location: string | null) => location?.startsWith('/signin?redirectTo=') ?? false;
const pdf = new TextEncoder().encode('%PDF-1.4\n% uploaded by the authorization matrix\n%%EOF\n');

async function answer(baseUrl: string, cookie: string, entry: RouteCase, actor: Actor): Promise<[string, string]> {
	const path = typeof entry.path === 'function' ? entry.path(actor) : entry.path;
	const headers: Record<string, string> = { cookie, origin: baseUrl.replace('127.0.0.1', 'localhost') };
	if (routeKeys(entry)[0].startsWith('GET ')) {
		const controller = new AbortController();
		const response = await fetch(baseUrl + path, {
			headers: { ...headers, accept: entry.events ? 'application/json' : 'text/html' },
			redirect: 'manual',
			signal: controller.signal
		});
		const status = signInRedirect(response.headers.get('location')) ? 'in' : String(response.status);
		if (entry.stream) {
			controller.abort();
			return [status, ''];
		}
		const body = await response.text();
		if (entry.events && response.status === 200) return [JSON.parse(body).events.length > 0 ? '200' : 'nil', body];
		return [status, body];
	}
	// A form action posted as the enhanced form posts it: the answer is the action's own result.
	// An upload goes as multipart, alone unless the case posts its fields with it (a valuation report's figures).
	const body = entry.upload ? new FormData() : new URLSearchParams();
	if (body instanceof FormData && entry.upload)
		body.append('file', new File([pdf], entry.upload(actor), { type: 'application/pdf' }));
	const fields = typeof entry.fields === 'function' ? entry.fields(actor) : (entry.fields ?? {});
	if (!entry.upload || entry.uploadWithFields)
		for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
	const response = await fetch(baseUrl + path, {
		method: 'POST',
		headers: { ...headers, accept: 'application/json', 'x-sveltekit-action': 'true' },
		body,
		redirect: 'manual'
	});
	const text = await response.text();
	let result: { type?: string; status?: number; location?: string };
	try {
		result = JSON.parse(text);
	} catch {
		return [`${response.status} (not an action answer)`, text];
	}
	if (result.type === 'success') return ['200', text];
	if (result.type === 'failure') return [String(result.status), text];
	if (result.type === 'redirect') return [signInRedirect(result.location ?? null) ? 'in' : String(result.status), text];
	return [String(response.status), text];
}

export interface MatrixRun {
	wrong: string[];
	cells: number;
	since: Date;
}

/** Every case as every actor; what differs from the matrix, one line each. */
export async function runRouteMatrix(baseUrl: string): Promise<MatrixRun> {
	const cookies = await signInAll(baseUrl);
	const since = new Date();
	const wrong: string[] = [];
	let cells = 0;
	for (const entry of routeCases) {
		const expected = grid(entry.expect);
		const shown = entry.shows ? grid(entry.shows[0]) : null;
		const allowed = entry.stored ? marked(entry.stored[0]) : [];
		const refused = actors.filter((actor) => !allowed.includes(actor));
		const name = `${routeKeys(entry)[0]}${entry.what ? ` (${entry.what})` : ''}`;
		for (const actor of entry.allowedFirst ? [...allowed, ...refused] : [...refused, ...allowed]) {
			const [outcome, body] = await answer(baseUrl, cookies[actor], entry, actor);
			cells++;
			if (outcome !== expected[actor]) wrong.push(`${name} as ${actor}: expected ${expected[actor]}, got ${outcome}`);
			if (shown && body.includes(entry.shows![1]) !== (shown[actor] === 'y'))
				wrong.push(`${name} as ${actor}: ${shown[actor] === 'y' ? 'does not show' : 'shows'} ${entry.shows![1]}`);
		}
		if (entry.endsSession) Object.assign(cookies, await signInAll(baseUrl));
	}
	return { wrong, cells, since };
}

async function signInAll(baseUrl: string): Promise<Record<Actor, string>> {
	const cookies = { anon: '' } as Record<Actor, string>;
	for (const actor of actors) if (actor !== 'anon') cookies[actor] = await signIn(baseUrl, people[actor].email);
	return cookies;
}

/** The actor a `who` names: an actor, a user id, or a text holding `authz:<actor>`. */
function actorNamed(who: string): string {
	if ((actors as readonly string[]).includes(who)) return who;
	const person = Object.entries(people).find(([, value]) => value.id === who);
	if (person) return person[0];
	const marker = /authz[:-]([a-z0-9]+)/.exec(who)?.[1];
	return marker && (actors as readonly string[]).includes(marker) ? marker : `someone else (${who})`;
}

/** Per write: whose writes the database holds, where it differs from the matrix. */
export async function checkStoredWrites(database: Database, since: Date): Promise<string[]> {
	const wrong: string[] = [];
	for (const entry of routeCases) {
		if (!entry.stored) continue;
		const rows = await database.query<{ who: string | null }>(entry.stored[1](since));
		const found = [...new Set(rows.map((row) => actorNamed(String(row.who))))].sort();
		const expected = marked(entry.stored[0]).sort();
		if (found.join() !== expected.join())
			wrong.push(
				`${routeKeys(entry)[0]}: stored by ${found.join(', ') || 'nobody'}, expected ${expected.join(', ') || 'nobody'}`
			);
	}
	return wrong;
}

/** Files in storage without a row, and rows without their file: refused uploads must leave neither. */
export async function checkStorage(
	database: Database,
	dataDirectory: string
): Promise<{ strays: string[]; missing: string[] }> {
	const root = join(dataDirectory, 'files');
	const files = readdirSync(root, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile())
		.map((entry) => relative(root, join(entry.parentPath, entry.name)));
	const rows = await database.query<{ key: string }>(sql`
		select storage_key as key from public.listing_attachments union select storage_key from public.deal_documents
		union select file_key from public.notice_objections where file_key is not null
		union select evaluation_report_key from public.open_licence_declarations where evaluation_report_key is not null
		union select report_key from public.valuation_requests where report_key is not null
		union select storage_key from public.service_case_documents
		union select file_key from public.need_proposals where file_key is not null`);
	const keys = new Set(rows.map((row) => row.key));
	return { strays: files.filter((file) => !keys.has(file)), missing: [...keys].filter((key) => !files.includes(key)) };
}
