import { expect } from 'vitest';
import { postForm } from './http.ts';

export const listingId = '00000000-0000-4000-8001-000000000001';

/** A company expresses interest through the form and an officer converts it: the new deal's id. */
export async function openDealThroughForms(baseUrl: string, companyCookie: string, officerCookie: string): Promise<string> {
	const interest = await postForm(baseUrl, `/listings/${listingId}/interest`, companyCookie, {
		idempotencyKey: crypto.randomUUID(),
		wantedMode: 'exclusive_license',
		fieldOfUse: '',
		territory: '',
		budgetMin: '',
		budgetMax: '',
		timeline: '',
		message: 'realtime test'
	});
	expect(interest.status).toBe(303);
	const interestId = new URL(interest.headers.get('location')!, baseUrl).searchParams.get('sent')!;
	const converted = await postForm(baseUrl, '/interests?/convert', officerCookie, { interest: interestId });
	expect(converted.status).toBe(303);
	return converted.headers.get('location')!.split('/').pop()!;
}

export async function postDealMessage(baseUrl: string, cookie: string, dealId: string, body: string): Promise<void> {
	const response = await postForm(baseUrl, `/deals/${dealId}?/message`, cookie, { idempotencyKey: crypto.randomUUID(), body });
	expect(response.status).toBe(200);
}
