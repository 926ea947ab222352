// `npm run size`: the JavaScript a first visit loads, per page. Starts the built app, opens each
// page in a fresh Chromium profile at 360×740, waits until the network is idle (hydration and
// the service worker's registration included) and sums the gzip size of every script the page
// itself fetched. The service worker's own precaching is not the page's and is not counted.
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium.js';
import { startApp } from './lib/start-app.js';

const budgetKb = 60;
const pages = ['/', '/listings'];
const { base, stop } = await startApp();
const browser = await chromium.launch({
	executablePath: chromiumPath(),
	args: [
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run',
		'--disable-quic'
	]
});
let over = false;
try {
	console.log(`JavaScript loaded on a first visit (budget ${budgetKb} KB gzip per page):`);
	for (const path of pages) {
		const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'zh-CN' });
		const page = await context.newPage();
		const scripts = [];
		page.on('response', (response) => {
			if (response.request().resourceType() === 'script')
				scripts.push(
					response
						.body()
						.then((body) => ({ url: response.url(), raw: body.length, gzip: gzipSync(body, { level: 9 }).length }))
				);
		});
		await page.goto(base + path, { waitUntil: 'networkidle' });
		const files = await Promise.all(scripts);
		const gzip = files.reduce((sum, file) => sum + file.gzip, 0) / 1024;
		const raw = files.reduce((sum, file) => sum + file.raw, 0) / 1024;
		over ||= gzip > budgetKb;
		console.log(
			`  ${path.padEnd(10)} ${gzip.toFixed(1).padStart(6)} KB gzip (${raw.toFixed(1)} KB raw, ${files.length} files) ${gzip > budgetKb ? '✗ over budget' : '✓'}`
		);
		if (process.argv.includes('--files'))
			for (const file of files.sort((a, b) => b.gzip - a.gzip))
				console.log(`      ${(file.gzip / 1024).toFixed(1).padStart(6)} KB  ${new URL(file.url).pathname}`);
		await context.close();
	}
} finally {
	await browser.close();
	stop();
}
process.exitCode = over ? 1 : 0;
