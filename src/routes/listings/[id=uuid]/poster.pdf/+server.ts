import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import * as listings from '$lib/server/listings';
import { downloadResponse } from '$lib/server/http/download';

// A printable A4 poster of a published listing for roadshows: title, pitch, university and the QR
// code of its address. pdf-lib and the font load here only (dynamic import).
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.status !== 'published') error(404, m.error_listing_not_found());
	const poster = await import('$lib/server/pdf/listing-poster');
	const bytes = await poster.buildListingPoster({
		title: listing.title,
		pitch: listing.pitch,
		institutionNameZh: listing.institutionNameZh,
		institutionNameEn: listing.institutionNameEn,
		address: `${url.origin}/listings/${listing.id}`
	});
	return downloadResponse(bytes as BodyInit, 'application/pdf', `poster-${listing.id.slice(0, 8)}`, 'pdf');
};
