import { interestFields, postAction, postForm, signIn } from '../../scripts/lib/app-client.ts';
import { seededRandom } from '../../scripts/lib/seeded-random.ts';
import type { Executor } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { startHealthyServer, type ServerProcess } from './process.ts';

// The crash test (issue #16): writes a user can make, fired at the built server until it is
// killed with SIGKILL at a random moment, then a restart on the same data. A write that got a
// success answer must be stored exactly once; one that got no answer is sent again after the
// restart with its idempotency key, as the outbox would, and must then be stored exactly once.

/** A seeded deal the company and the researcher (the listing's owner) take part in. */
const dealId = '00000000-0000-4000-8004-000000000001';
/**
 * Seeded listings that take no interest from the demo company: 15, where its interest is open
 * (it takes no second one), 5, licensed exclusively, and 13, transferred (they take none at all).
 */
const takesNoInterest = new Set([5, 13, 15]);
/** Seeded published listings, for interests (each interest is withdrawn once acknowledged). */
const interestListings = Array.from({ length: 60 }, (_, index) => index + 1).filter(
	(number) => !takesNoInterest.has(number)
);
const listingId = (index: number) =>
	`00000000-0000-4000-8001-${String(interestListings[index % interestListings.length]).padStart(12, '0')}`;
const demoUserIds = {
	company: '00000000-0000-4000-8000-000000001002',
	researcher: '00000000-0000-4000-8000-000000001001'
} as const;
/** Every write's text starts with this, so the final read finds them all (and nothing else). */
const marker = 'crash-test ';

interface Write {
	kind: 'message' | 'interest';
	author: keyof typeof demoUserIds;
	key: string;
	text: string;
	listingId?: string;
	cycle: number;
	outcome?: 'acknowledged' | 'unanswered';
}

interface Cycle {
	killedAt: number;
	restartMs: number;
	writeMs: number;
}

export interface CrashRun {
	label: string;
	seed: number;
	cycles: Cycle[];
	/** Every write sent, each acknowledged in the end (the unanswered ones on their replay). */
	writes: Write[];
	/** Refusals and replays without an answer: anything here fails the test. */
	problems: string[];
	firstStartMs: number;
	startedAt: number;
	/** The server after the last restart, left running for the caller. */
	server: ServerProcess;
}

/** Sends one write; 'unanswered' when the connection died before a whole answer arrived. */
async function send(baseUrl: string, cookie: string, write: Write): Promise<'acknowledged' | 'unanswered'> {
	let status: number;
	let answer: string;
	let location: string | null;
	try {
		const response =
			write.kind === 'message'
				? await postAction(baseUrl, `/deals/${dealId}?/message`, cookie, {
						idempotencyKey: write.key,
						body: write.text
					})
				: await postForm(
						baseUrl,
						`/listings/${write.listingId}/interest`,
						cookie,
						interestFields(write.key, write.text)
					);
		status = response.status;
		location = response.headers.get('location');
		answer = await response.text();
	} catch {
		return 'unanswered';
	}
	const acknowledged =
		write.kind === 'message'
			? status === 200 && (JSON.parse(answer) as { type?: string }).type === 'success'
			: status === 303 && /^\/interests\?sent=[0-9a-f-]{36}$/.test(location ?? '');
	if (!acknowledged)
		throw new Error(`"${write.text}" was answered ${status} ${location ?? ''} ${answer.slice(0, 300)}`);
	return write.kind === 'interest' ? withdraw(baseUrl, cookie, write, location!) : 'acknowledged';
}

/**
 * A company has one open interest per listing, and the listings come round again: each interest
 * is withdrawn once acknowledged. A withdrawal cut by the kill counts as unanswered; the replay
 * (the same key finds the same interest) withdraws it again, which is allowed.
 */
async function withdraw(
	baseUrl: string,
	cookie: string,
	write: Write,
	location: string
): Promise<'acknowledged' | 'unanswered'> {
	const interest = new URL(location, baseUrl).searchParams.get('sent')!;
	let status: number;
	let answer: string;
	try {
		const response = await postAction(baseUrl, '/interests?/withdraw', cookie, { interest });
		status = response.status;
		answer = await response.text();
	} catch {
		return 'unanswered';
	}
	if (status !== 200 || (JSON.parse(answer) as { type?: string }).type !== 'success')
		throw new Error(`withdrawing "${write.text}" was answered ${status} ${answer.slice(0, 300)}`);
	return 'acknowledged';
}

/**
 * Runs `cycles` kill-and-restart cycles against the built server on one data folder (and one
 * DATABASE_URL, if given). Three streams write at once (the company's messages and interests,
 * the researcher's messages) until the kill.
 */
export async function runCrashCycles(options: {
	dataDirectory: string;
	environment?: Record<string, string>;
	cycles: number;
	label: string;
	/** Kill after a random time in this range (ms) from the first write of a cycle. */
	killAfterMs: [number, number];
	onServer: (server: ServerProcess) => void;
}): Promise<CrashRun> {
	const environment = options.environment ?? {};
	const seed = Number(process.env.CRASH_SEED ?? Date.now() % 2 ** 31);
	const random = seededRandom(seed);
	const startedAt = Date.now();
	let server = await startHealthyServer(options.dataDirectory, environment);
	options.onServer(server);
	const firstStartMs = Date.now() - startedAt;
	// Sessions are rows too: signed in once, they must survive every crash.
	const cookies = {
		company: await signIn(server.url, 'company@demo.zhiqiao.cn'),
		researcher: await signIn(server.url, 'researcher@demo.zhiqiao.cn')
	};
	const writes: Write[] = [];
	const problems: string[] = [];
	const cycles: Cycle[] = [];

	for (let cycle = 0; cycle < options.cycles; cycle++) {
		let killed = false;
		const stream = async (kind: Write['kind'], author: Write['author']) => {
			// Bounded: far more than a cycle can send before the kill.
			for (let index = 0; index < 500 && !killed; index++) {
				const key = crypto.randomUUID();
				const write: Write = {
					kind,
					author,
					key,
					text: `${marker}${options.label} cycle ${cycle} ${author} ${kind} ${index} ${key.slice(0, 8)}`,
					listingId: kind === 'interest' ? listingId(cycle * 7 + index) : undefined,
					cycle
				};
				writes.push(write);
				write.outcome = await send(server.url, cookies[author], write);
				if (write.outcome === 'unanswered') return;
			}
		};
		const writing = Date.now();
		const streams = Promise.allSettled([
			stream('message', 'company'),
			stream('message', 'researcher'),
			stream('interest', 'company')
		]);
		const [low, high] = options.killAfterMs;
		await new Promise((done) => setTimeout(done, low + random() * (high - low)));
		killed = true;
		server.child.kill('SIGKILL');
		const killedAt = Date.now();
		await server.exited;
		const writeMs = killedAt - writing;
		for (const outcome of await streams) if (outcome.status === 'rejected') problems.push(String(outcome.reason));

		const restarting = Date.now();
		server = await startHealthyServer(options.dataDirectory, environment);
		options.onServer(server);
		cycles.push({ killedAt, restartMs: Date.now() - restarting, writeMs });
		// What got no answer is sent again with the same key, as the outbox would.
		for (const write of writes.filter((write) => write.cycle === cycle && write.outcome === 'unanswered'))
			if ((await send(server.url, cookies[write.author], write)) !== 'acknowledged')
				problems.push(`the replay of "${write.text}" got no answer`);
	}
	return { label: options.label, seed, cycles, writes, problems, firstStartMs, startedAt, server };
}

export interface StoredWrite {
	line: string;
	createdAt: Date;
}

/** Every crash-test row in the database: `kind author key text`, and when its transaction began. */
export function storedWrites(db: Executor): Promise<StoredWrite[]> {
	return db.query<StoredWrite>(sql`
		select 'message ' || case author_id when ${demoUserIds.company}::uuid then 'company' else 'researcher' end
		         || ' ' || idempotency_key || ' ' || body as line, created_at as "createdAt"
		from public.deal_messages where starts_with(body, ${marker})
		union all
		select 'interest company ' || idempotency_key || ' ' || message, created_at
		from public.interests where starts_with(message, ${marker})`);
}

/**
 * Compares the rows with the writes: each write stored exactly once and nothing else. A write
 * that got no answer but was stored before its kill (its row older than the kill) was committed
 * by the first attempt and found by the replay: those are the ones the idempotency key saves.
 */
export function compare(run: CrashRun, stored: StoredWrite[]) {
	const line = (write: Write) => `${write.kind} ${write.author} ${write.key} ${write.text}`;
	const rows = new Map<string, Date[]>();
	for (const row of stored) rows.set(row.line, [...(rows.get(row.line) ?? []), new Date(row.createdAt)]);
	const problems = [...run.problems];
	let committedUnanswered = 0;
	for (const write of run.writes) {
		const found = rows.get(line(write)) ?? [];
		rows.delete(line(write));
		if (found.length !== 1) problems.push(`${write.outcome} "${write.text}" is stored ${found.length} times`);
		else if (write.outcome === 'unanswered' && found[0].getTime() < run.cycles[write.cycle].killedAt)
			committedUnanswered += 1;
	}
	for (const [extra] of rows) problems.push(`stored but never sent: ${extra}`);
	const count = (outcome: Write['outcome']) => run.writes.filter((write) => write.outcome === outcome).length;
	const restarts = run.cycles.map((cycle) => cycle.restartMs).sort((a, b) => a - b);
	const unansweredKills = new Set(run.writes.filter((write) => write.outcome === 'unanswered').map((w) => w.cycle));
	const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
	return {
		problems,
		/** The streams write until the process dies; answers the server sent just before may still be read after. */
		killsMidWrite: unansweredKills.size,
		committedUnanswered,
		summary:
			`${run.label}: ${run.cycles.length} kills (CRASH_SEED=${run.seed}), ${count('acknowledged')} writes acknowledged, ` +
			`${count('unanswered')} left without an answer by ${unansweredKills.size} kills (${committedUnanswered} of them ` +
			`committed before the kill), first start ${run.firstStartMs} ms, restart median ${restarts[restarts.length >> 1]} ms ` +
			`(max ${restarts.at(-1)}), writing ${sum(run.cycles.map((cycle) => cycle.writeMs))} ms, ` +
			`total ${Date.now() - run.startedAt} ms`
	};
}
