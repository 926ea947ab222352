import { resolve } from 'node:path';
import type { Database } from '../../../src/lib/server/db/port.ts';
import { seedDatabase } from '../../../src/lib/server/db/seed.ts';

// The nine actors of the authorization matrix (tests/db/authorization-matrix.test.ts for the
// tables, tests/server/authorization-routes.ts for the routes), and the rows of the demo seed and
// of fixture.sql they act on. Matrix rows are grids with one column per actor, in this order:
//
//   anon res  col  re2  of2  com  co2  off  adm
//
// anon: signed out. res: the demo researcher (Jinyun University, a college). col: a second
// researcher of Jinyun, in another college. re2, of2: the researcher and the officer of Jialing
// University (fixture.sql). com: the demo company user. co2: a user of another company. off: the
// demo officer of Jinyun. adm: the platform administrator.

export const actors = ['anon', 'res', 'col', 're2', 'of2', 'com', 'co2', 'off', 'adm'] as const;
export type Actor = (typeof actors)[number];
export type SignedIn = Exclude<Actor, 'anon'>;

export const fixtureFile = resolve('tests/support/authorization/fixture.sql');

const user = (suffix: string) => `00000000-0000-4000-${suffix}`;

export const organizations = {
	jinyun: user('8000-000000000100'),
	materialsCollege: user('8000-000000000101'),
	engineeringCollege: user('8000-000000000103'),
	jialing: user('9000-000000000100'),
	jialingCollege: user('9000-000000000101'),
	company: user('8000-000000000201'),
	otherCompany: user('8000-000000000203'),
	unverifiedCompany: user('8000-000000000202'),
	agency: user('8000-000000000300')
} as const;

/** Who each actor is: their id, email, organisation, and the university they belong to, if any. */
export const people: Record<SignedIn, { id: string; email: string; organization: string; university?: string }> = {
	res: {
		id: user('8000-000000001001'),
		email: 'researcher@demo.zhiqiao.cn',
		organization: organizations.materialsCollege,
		university: organizations.jinyun
	},
	col: {
		id: user('8000-000000002001'),
		email: 'zhang.weiguo@demo.zhiqiao.cn',
		organization: organizations.engineeringCollege,
		university: organizations.jinyun
	},
	re2: {
		id: user('9000-000000001001'),
		email: 'researcher@jialing.example.edu',
		organization: organizations.jialingCollege,
		university: organizations.jialing
	},
	of2: {
		id: user('9000-000000001003'),
		email: 'officer@jialing.example.edu',
		organization: organizations.jialing,
		university: organizations.jialing
	},
	com: { id: user('8000-000000001002'), email: 'company@demo.zhiqiao.cn', organization: organizations.company },
	co2: { id: user('8000-000000002101'), email: 'zhao.wenbo@demo.zhiqiao.cn', organization: organizations.otherCompany },
	off: {
		id: user('8000-000000001003'),
		email: 'officer@demo.zhiqiao.cn',
		organization: organizations.jinyun,
		university: organizations.jinyun
	},
	adm: { id: user('8000-000000001004'), email: 'admin@demo.zhiqiao.cn', organization: organizations.agency }
};

/** A researcher of Jinyun who is none of the actors (made a company by the admin route). */
export const bystander = user('8000-000000002006');

export const listings = {
	/** The demo researcher's: published (with a public and a confidential file), a draft, a spare draft. */
	published: user('8001-000000000001'),
	draft: user('8001-000000000071'),
	spareDraft: user('9001-000000000004'),
	/** More of the demo researcher's published listings: one archived by its owner, one by the officer. */
	archivedByOwner: user('8001-000000000019'),
	archivedByOfficer: user('8001-000000000020'),
	/** The colleague's draft; a Jinyun listing of someone who is no actor, waiting for review. */
	colleagueDraft: user('9001-000000000003'),
	submitted: user('8001-000000000069'),
	/** Jialing's, by its researcher. */
	otherPublished: user('9001-000000000001'),
	/** A published listing (Jinyun's, by a researcher who is no actor) nobody has an interest in. */
	withoutInterests: user('8001-000000000003'),
	otherDraft: user('9001-000000000002')
} as const;

export const attachments = {
	publicImage: user('9005-000000000001'),
	confidential: user('9005-000000000002'),
	onDraft: user('9005-000000000003'),
	otherConfidential: user('9005-000000000004')
} as const;

/** The bytes behind each fixture file, for the server tests (its storage_key → content). */
export const fixtureFiles: Record<string, Uint8Array> = {
	'authz/listing-public.png': png(),
	'authz/listing-confidential.pdf': pdf('listing confidential'),
	'authz/draft.pdf': pdf('draft'),
	'authz/second-confidential.pdf': pdf('second confidential'),
	'authz/first-deal.pdf': pdf('first deal'),
	'authz/second-deal.pdf': pdf('second deal'),
	'authz/objection.pdf': pdf('objection evidence')
	// The demo rows' files (demo/…) are the seed's own: src/lib/server/db/seed-files.ts writes them.
};

export const interests = {
	/** Converted into the demo deal (seed). */
	converted: user('8003-000000000001'),
	/** New, the demo company's in the demo researcher's listing: each consumed by one move. */
	toReview: user('9003-000000000003'),
	toDecline: user('9003-000000000004'),
	toConvert: user('9003-000000000005'),
	toWithdraw: user('9003-000000000006'),
	declined: user('9003-000000000007'),
	/** The other company's in Jialing's listing: converted into the other deal, and a new one. */
	otherConverted: user('9003-000000000001'),
	otherNew: user('9003-000000000002')
} as const;

export const deals = {
	/** The demo researcher's listing, the demo company, Jinyun. */
	first: user('8004-000000000001'),
	/** The demo company and Jinyun, on a listing of a researcher who is no actor. */
	firstOther: user('8004-000000000002'),
	/** Jialing's listing, the other company. */
	second: user('9004-000000000001')
} as const;

export const dealDocuments = { first: user('9005-000000000011'), second: user('9005-000000000012') } as const;

export const needs = {
	open: user('8002-000000000001'),
	otherOpen: user('8002-000000000005'),
	closed: user('9002-000000000001')
} as const;

/** A notification of the demo researcher with a fixed id. */
export const researcherNotification = 900001;

/** Applies fixture.sql to a database that has the migrations and the demo seed. */
export function addAuthorizationFixture(database: Database): Promise<void> {
	return seedDatabase(database, fixtureFile);
}

/**
 * A grid row: one token per actor, in the column order above, separated by spaces. `-` is
 * "denied"; other tokens mean what the grid says they mean.
 */
export function grid(row: string): Record<Actor, string> {
	const tokens = row.trim().split(/\s+/);
	if (tokens.length !== actors.length) throw new Error(`A grid row needs ${actors.length} columns: "${row}"`);
	return Object.fromEntries(actors.map((actor, index) => [actor, tokens[index]])) as Record<Actor, string>;
}

/** The actors a grid row marks with `token`. */
export function marked(row: string, token = 'y'): Actor[] {
	const cells = grid(row);
	return actors.filter((actor) => cells[actor] === token);
}

function pdf(text: string): Uint8Array {
	return new TextEncoder().encode(`%PDF-1.4\n% ${text}\n%%EOF\n`);
}

function png(): Uint8Array {
	return Uint8Array.from(
		Buffer.from(
			'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
			'base64'
		)
	);
}

/** The demo notice in progress (its id follows from its deal: app.open_public_notice) and the fixture's open objection to it. */
export const notices = {
	running: '3825ef6e-b697-4725-852c-fd2e0754437b',
	openObjection: '00000000-0000-4000-9006-000000000001'
} as const;
