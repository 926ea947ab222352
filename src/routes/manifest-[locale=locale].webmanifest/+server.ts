import type { RequestHandler } from './$types';
import { webManifest } from '$lib/server/http/web-manifest';

// One manifest per language at its own URL: browsers fetch manifests without cookies.
export const GET: RequestHandler = ({ params }) =>
	new Response(JSON.stringify(webManifest(params.locale as 'zh-CN' | 'en')), {
		headers: { 'content-type': 'application/manifest+json; charset=utf-8', 'cache-control': 'public, max-age=3600' }
	});
