import { json } from '@sveltejs/kit';
import { checkDatabase } from '$lib/server/app/runtime';
import { log } from '$lib/server/app/log';

/** For load balancers and uptime checks: 200 when the database answers, 503 when it does not. */
export async function GET() {
	try {
		await checkDatabase();
		return json({ status: 'ok', db: 'ok' }, { headers: { 'cache-control': 'no-store' } });
	} catch (error) {
		log('warn', 'health check failed', { error: error instanceof Error ? error.message : String(error) });
		return json({ status: 'error', db: 'unavailable' }, { status: 503, headers: { 'cache-control': 'no-store' } });
	}
}
