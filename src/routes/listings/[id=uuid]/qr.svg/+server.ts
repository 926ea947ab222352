import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import * as listings from '$lib/server/listings';
import { qrMatrix } from '$lib/server/qr';
import { qrPath } from '$lib/rules/qr-path';

// The QR code of a published listing's address, for sharing at roadshows. Only published
// listings have one (RLS shows a draft to its owner, but a draft's address leads nobody anywhere).
export const GET: RequestHandler = async ({ locals, params, url }) => {
	const listing = await listings.getListing(locals.db, params.id);
	if (!listing || listing.status !== 'published') error(404, m.error_listing_not_found());
	const matrix = qrMatrix(`${url.origin}/listings/${listing.id}`);
	const size = matrix.length;
	const svg =
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" shape-rendering="crispEdges">` +
		`<rect width="${size}" height="${size}" fill="#fff"/><path d="${qrPath(matrix)}" fill="#000"/></svg>`;
	// The address never changes; a day's caching spares the server at a fair where many scan one poster.
	return new Response(svg, { headers: { 'content-type': 'image/svg+xml', 'cache-control': 'public, max-age=86400' } });
};
