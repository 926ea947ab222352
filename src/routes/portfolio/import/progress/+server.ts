import { error, json } from '@sveltejs/kit';
import { importTokenSchema } from '$lib/schemas/portfolio';
import { requireRole } from '$lib/server/http/guards';
import { getImportProgress } from '$lib/server/portfolio-import-batches';
import type { RequestHandler } from './$types';

/**
 * How far a portfolio import's confirmation got, polled by /portfolio/import while it runs (a few
 * numbers, not the page's data with its row errors). Read through the officer's RLS: another
 * university's import is a 404 like a missing one.
 */
export const GET: RequestHandler = async ({ locals, url }) => {
	requireRole(locals, url, 'officer');
	const parsed = importTokenSchema.safeParse({ token: url.searchParams.get('token') ?? '' });
	if (!parsed.success) error(400, 'invalid token');
	const progress = await getImportProgress(locals.db, parsed.data.token);
	if (!progress) error(404, 'no such import');
	return json(progress, { headers: { 'cache-control': 'private, no-store' } });
};
