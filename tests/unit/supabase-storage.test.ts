import { describe, expect, it } from 'vitest';
import { openSupabaseStorage, signedUrlSeconds, supabaseBucket } from '../../src/lib/server/storage/supabase.ts';
import { recordedFetch } from '../support/recorded-fetch.ts';

// What the Storage adapter asks of Supabase Storage's API, and how it reads the answers. The
// answers are recorded in the API's shape; no Storage service runs here (README).
const url = 'https://abc.supabase.co';
const pdf = new TextEncoder().encode('%PDF-1.7 test');

function storageWith(answers: Parameters<typeof recordedFetch>[0]) {
	const api = recordedFetch(answers);
	return { api, storage: openSupabaseStorage({ url, serviceKey: 'sb_secret_test', fetch: api.fetch }) };
}

describe('Supabase Storage adapter', () => {
	it('uploads into the private bucket with the service key, never overwriting', async () => {
		const { api, storage } = storageWith({
			[`POST /storage/v1/object/${supabaseBucket}/deals/d1/f1`]: {
				status: 200,
				body: { Key: `${supabaseBucket}/deals/d1/f1`, Id: 'x' }
			}
		});
		await storage.put('deals/d1/f1', pdf, 'application/pdf');
		const [upload] = api.requests;
		expect(upload.headers.get('authorization')).toBe('Bearer sb_secret_test');
		expect(upload.headers.get('x-upsert')).toBe('false');
		expect(new TextDecoder().decode(upload.bytes)).toContain('%PDF-1.7 test');
	});

	it('reads a file back, and a missing one as null rather than an error', async () => {
		const { storage } = storageWith({
			[`GET /storage/v1/object/${supabaseBucket}/a`]: { status: 200, raw: pdf, contentType: 'application/pdf' },
			[`GET /storage/v1/object/${supabaseBucket}/gone`]: {
				status: 400,
				body: { statusCode: '404', error: 'not_found', message: 'Object not found' }
			}
		});
		expect(await storage.get('a')).toEqual(new Uint8Array(pdf));
		expect(await storage.get('gone')).toBeNull();
	});

	it('signs a URL valid for a minute, naming the download', async () => {
		const { api, storage } = storageWith({
			[`POST /storage/v1/object/sign/${supabaseBucket}/deals/d1/f1`]: {
				status: 200,
				body: { signedURL: `/object/sign/${supabaseBucket}/deals/d1/f1?token=t0k3n` }
			}
		});
		const signed = await storage.signedUrl!('deals/d1/f1', { fileName: '合同.pdf', download: true });
		expect(api.requests[0].body).toEqual({ expiresIn: signedUrlSeconds });
		expect(signedUrlSeconds).toBeLessThanOrEqual(60);
		expect(signed).toBe(
			`${url}/storage/v1/object/sign/${supabaseBucket}/deals/d1/f1?token=t0k3n&download=${encodeURIComponent('合同.pdf')}`
		);
	});

	it('removes by key', async () => {
		const { api, storage } = storageWith({
			[`DELETE /storage/v1/object/${supabaseBucket}`]: { status: 200, body: [] }
		});
		await storage.remove('listings/l1/i1');
		expect(api.requests[0].body).toEqual({ prefixes: ['listings/l1/i1'] });
	});
});
