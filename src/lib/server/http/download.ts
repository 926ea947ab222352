import { attachment } from '$lib/rules/attachment';
import { todayInShanghai } from '$lib/i18n/format';

/**
 * A file to download: private to the reader (never cached by a shared cache nor the service
 * worker's copies) and named with today's date (Asia/Shanghai) so the finance office can file
 * several downloads side by side.
 */
export function downloadResponse(body: BodyInit, contentType: string, name: string, extension: string): Response {
	return new Response(body, {
		headers: {
			'content-type': contentType,
			'content-disposition': attachment(`${name}-${todayInShanghai()}.${extension}`),
			'cache-control': 'private, no-store'
		}
	});
}

export const csvType = 'text/csv; charset=utf-8';
export const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
