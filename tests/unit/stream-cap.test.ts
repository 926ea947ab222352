import { describe, expect, it } from 'vitest';
import {
	chooseStreamCap,
	defaultStreamCap,
	parseOpenFilesLimit,
	readDescriptorLimit,
	refuseStream,
	retryAfterSeconds
} from '../../src/lib/server/realtime/stream-cap.ts';

// As Linux prints it (columns padded with spaces), trimmed to the neighbouring rows.
const limitsFile = `Limit                     Soft Limit           Hard Limit           Units
Max processes             95764                95764                processes
Max open files            20000                20000                files
Max locked memory         8388608              8388608              bytes
`;

describe('realtime stream cap', () => {
	it('reads the soft "Max open files" limit, and assumes 1024 where there is no procfs', () => {
		expect(parseOpenFilesLimit(limitsFile)).toBe(20000);
		expect(parseOpenFilesLimit(limitsFile.replace('20000                20000', '4096                 1048576'))).toBe(
			4096
		);
		expect(
			parseOpenFilesLimit(limitsFile.replace('20000                20000', 'unlimited            unlimited'))
		).toBe(null);
		expect(readDescriptorLimit(() => limitsFile)).toEqual({ limit: 20000, source: '/proc/self/limits' });
		expect(
			readDescriptorLimit(() => {
				throw new Error('ENOENT');
			})
		).toEqual({ limit: 1024, source: 'assumed' });
	});

	it('leaves the database, Node and a tenth of the limit to everything but streams', () => {
		// 20000 − 1000 PGlite files − 64 for Node − 2000 in flight; PostgreSQL needs 21 sockets instead.
		expect(defaultStreamCap(20000, 'pglite')).toEqual({ cap: 16936, floored: false });
		expect(defaultStreamCap(20000, 'postgres')).toEqual({ cap: 17915, floored: false });
		expect(defaultStreamCap(1024, 'postgres')).toEqual({ cap: 836, floored: false });
		// Too small a limit for the formula still allows an eighth of it.
		expect(defaultStreamCap(1024, 'pglite')).toEqual({ cap: 128, floored: true });
	});

	it('takes REALTIME_MAX_STREAMS over the derived cap', () => {
		const descriptors = { limit: 20000, source: '/proc/self/limits' } as const;
		expect(chooseStreamCap(undefined, 'pglite', descriptors)).toMatchObject({ maxStreams: 16936, derived: true });
		expect(chooseStreamCap(5, 'pglite', descriptors)).toMatchObject({ maxStreams: 5, derived: false, floored: false });
	});

	it('asks refused clients to return after 5 to 15 seconds, spread at random', async () => {
		expect(retryAfterSeconds(() => 0)).toBe(5);
		expect(retryAfterSeconds(() => 0.999)).toBe(15);
		const refusal = refuseStream(() => 0.5);
		expect(refusal.status).toBe(503);
		expect(refusal.headers.get('retry-after')).toBe('10');
		expect(refusal.headers.get('cache-control')).toBe('no-store');
		expect(await refusal.text()).toContain('retry in 10 s');
	});
});
