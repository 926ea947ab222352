import { openDeal } from '../../scripts/lib/app-client.ts';

export { postDealMessage } from '../../scripts/lib/app-client.ts';

export const listingId = '00000000-0000-4000-8001-000000000001';

/** A company expresses interest through the form and an officer converts it: the new deal's id. */
export function openDealThroughForms(baseUrl: string, companyCookie: string, officerCookie: string): Promise<string> {
	return openDeal(baseUrl, companyCookie, officerCookie, listingId);
}
