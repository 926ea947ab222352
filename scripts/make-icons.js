// `node scripts/make-icons.js`: renders the PNG app icons in static/icons/ from the bridge mark
// with Chromium, so the install icons are drawn from one source. Run after changing the mark;
// the PNGs are committed (the build does not need a browser).
import { writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath } from './lib/chromium.js';

const bridge =
	'<path d="M12 40c8-14 32-14 40 0" fill="none" stroke="#fff" stroke-width="5" stroke-linecap="round"/><path d="M20 40v10M32 34v16M44 40v10" stroke="#fff" stroke-width="4" stroke-linecap="round"/>';
// "any" and the favicon: the rounded tile. Maskable and Apple: full-bleed tile, the mark inside the
// 80 % safe zone, because the platform cuts its own shape out of it.
const rounded = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" rx="14" fill="#0f5f8c"/>${bridge}</svg>`;
const fullBleed = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#0f5f8c"/><g transform="translate(6.4 6.4) scale(0.8)">${bridge}</g></svg>`;
const icons = [
	['favicon-48.png', 48, rounded],
	['icon-192.png', 192, rounded],
	['icon-512.png', 512, rounded],
	['maskable-192.png', 192, fullBleed],
	['maskable-512.png', 512, fullBleed],
	['apple-touch-icon.png', 180, fullBleed]
];

const browser = await chromium.launch({ executablePath: chromiumPath() });
for (const [name, size, svg] of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	await page.setContent(
		`<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`
	);
	writeFileSync(`static/icons/${name}`, await page.screenshot({ omitBackground: true }));
	await page.close();
}
await browser.close();
console.log(`Wrote ${icons.length} icons to static/icons/`);
