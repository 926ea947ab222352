import { readFileSync } from 'node:fs';
import type { Database } from '../db/port.ts';

/**
 * How many Server-Sent Event streams one process may hold open. Every stream is a socket, and a
 * process that runs out of descriptors fails everywhere at once: the database cannot open a file,
 * pages cannot be accepted, and clients wait without an answer. So streams are capped below the
 * process's descriptor limit and the rest of the limit is left to everything else
 * (docs/architecture.md, "Realtime port"; docs/performance.md, "Realtime at the descriptor limit").
 */

/** Where the descriptor limit came from, for the start-up log. */
export interface DescriptorLimit {
	limit: number;
	source: '/proc/self/limits' | 'assumed';
}

/**
 * Assumed where /proc/self/limits cannot be read (macOS, Windows): the usual soft limit, small
 * enough that the derived cap is safe wherever the real limit is at least this.
 */
export const assumedDescriptorLimit = 1024;

/**
 * Descriptors the database may hold. The embedded PGlite keeps each relation file it touched
 * open as a real descriptor, up to Postgres's max_files_per_process (1000, which PGlite keeps);
 * postgres.js holds at most two pools of 10 connections (owner and anonymous) and one for LISTEN.
 */
const databaseDescriptors: Record<Database['driver'], number> = { pglite: 1000, postgres: 21 };

/** Node itself: stdio, epoll, io_uring, eventfds, the libuv thread pool's pipes (25 measured). */
const processDescriptors = 64;

/** The row of /proc/self/limits, its soft limit captured (Linux pads the columns with spaces). */
const openFilesRow = /^Max open files\s+(\d+|unlimited)\s/m;

/**
 * The "Max open files" soft limit from /proc/self/limits. Node raises its soft limit to the hard
 * one at start-up, so this is read inside the server process, after that happened.
 */
export function parseOpenFilesLimit(limitsFile: string): number | null {
	const match = openFilesRow.exec(limitsFile);
	if (!match || match[1] === 'unlimited') return null;
	return Number(match[1]);
}

export function readDescriptorLimit(read = () => readFileSync('/proc/self/limits', 'utf8')): DescriptorLimit {
	try {
		const limit = parseOpenFilesLimit(read());
		if (limit !== null) return { limit, source: '/proc/self/limits' };
	} catch {
		// No procfs here: fall through to the assumption.
	}
	return { limit: assumedDescriptorLimit, source: 'assumed' };
}

/**
 * The default cap: the limit minus the database's descriptors, Node's own, and a tenth of the
 * limit for everything in flight besides streams (page requests, static files, keep-alive
 * sockets, refused streams being answered). At 20000 descriptors on PGlite that is 16936.
 * A limit too small for that formula (below about 1200 on PGlite) still gets an eighth of it,
 * so realtime works at all; `floored` says so, and the start-up log asks for a higher limit.
 */
export function defaultStreamCap(limit: number, driver: Database['driver']): { cap: number; floored: boolean } {
	const reserved = databaseDescriptors[driver] + processDescriptors + Math.ceil(limit / 10);
	const floor = Math.max(1, Math.floor(limit / 8));
	return limit - reserved >= floor ? { cap: limit - reserved, floored: false } : { cap: floor, floored: true };
}

/**
 * Seconds a refused client is asked to wait: 5 to 15, drawn per refusal so that clients refused
 * in one burst come back spread over ten seconds instead of together.
 */
export function retryAfterSeconds(random = Math.random): number {
	return 5 + Math.floor(random() * 11);
}

/** The answer to a stream beyond the cap: cheap, uncacheable, and saying when to come back. */
export function refuseStream(random = Math.random): Response {
	const seconds = retryAfterSeconds(random);
	return new Response(`Too many live streams on this server; retry in ${seconds} s.\n`, {
		status: 503,
		headers: {
			'retry-after': String(seconds),
			'content-type': 'text/plain; charset=utf-8',
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
}

/** The cap this process runs with: REALTIME_MAX_STREAMS when set, else derived from the limit. */
export function chooseStreamCap(
	configured: number | undefined,
	driver: Database['driver'],
	descriptors: DescriptorLimit = readDescriptorLimit()
): {
	maxStreams: number;
	descriptorLimit: number;
	limitSource: DescriptorLimit['source'];
	derived: boolean;
	floored: boolean;
} {
	const derived = defaultStreamCap(descriptors.limit, driver);
	return {
		maxStreams: configured ?? derived.cap,
		descriptorLimit: descriptors.limit,
		limitSource: descriptors.source,
		derived: configured === undefined,
		floored: configured === undefined && derived.floored
	};
}
