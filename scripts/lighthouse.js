// `npm run audit:lighthouse`: Lighthouse (mobile settings: emulated phone, simulated slow 4G and
// CPU) on the built app's home, discovery and one listing page, in Debian's Chromium. Starts the
// app on a fresh temporary database and prints each page's category scores against the targets:
// the median of `--runs N` runs (default 3), as Lighthouse advises for scores that vary run to run.
import { cpus, loadavg } from 'node:os';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromiumPath } from './lib/chromium.js';
import { firstListingPath, startApp } from './lib/start-app.js';

const runs = Number(process.argv.find((_, index) => process.argv[index - 1] === '--runs') ?? 3);
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const targets = { performance: 95, accessibility: 100, 'best-practices': 95, seo: 95 };
const flags = [
	'--headless=new',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic'
];

const { base, stop } = await startApp();
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath(), chromeFlags: flags });
let missed = false;
try {
	const paths = ['/', '/listings', await firstListingPath(base)];
	// A fresh headless Chromium spends its first seconds on its own start-up (a trace shows its
	// browser-UI renderer taking about 2 s of CPU beside the page on 2 cores), which the first
	// page measured would pay for: one discarded run first.
	await lighthouse(base + paths[0], {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	// Performance depends on what else the machine runs: the load is printed with the scores.
	console.log(`Load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`);
	console.log(
		`Lighthouse ${Object.entries(targets)
			.map(([name, target]) => `${name} ≥ ${target}`)
			.join(', ')}`
	);
	for (const path of paths) {
		await fetch(base + path); // The server's first render of a page is not what a visitor waits for.
		const results = [];
		for (let run = 0; run < runs; run++) {
			const result = await lighthouse(base + path, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: Object.keys(targets)
			});
			// A run Lighthouse could not finish (a timeout on a busy machine) has no scores: say so, leave it out.
			if (result?.lhr.runtimeError || result?.lhr.categories.performance?.score == null)
				console.log(`      run ${run + 1} failed: ${result?.lhr.runtimeError?.code ?? 'no score'}`);
			else results.push(result);
		}
		if (results.length === 0) {
			missed = true;
			continue;
		}
		const performance = results.map((candidate) => candidate?.lhr.categories.performance?.score ?? 0);
		// The run with the median performance score stands for the page (its audits are listed below).
		const result = results[performance.indexOf(median(performance))];
		let pageMissed = false;
		const scores = Object.entries(targets).map(([name, target]) => {
			const score = Math.round(median(results.map((candidate) => candidate?.lhr.categories[name]?.score ?? 0)) * 100);
			pageMissed ||= score < target;
			return `${name} ${score}${score < target ? ' ✗' : ''}`;
		});
		console.log(
			`  ${path.padEnd(52)} ${scores.join('  ')}   (performance per run: ${performance.map((score) => Math.round(score * 100)).join(', ')})`
		);
		missed ||= pageMissed;
		if (!pageMissed) continue;
		// What cost points, so a miss says where to look.
		const failing = Object.values(result?.lhr.audits ?? {}).filter(
			(audit) =>
				audit.score !== null &&
				audit.score < 0.9 &&
				audit.scoreDisplayMode !== 'informative' &&
				audit.scoreDisplayMode !== 'manual'
		);
		for (const audit of failing.slice(0, 8)) console.log(`      ${audit.id}: ${audit.displayValue ?? audit.title}`);
	}
	console.log(`Load average ${loadavg()[0].toFixed(1)} at the end`);
} finally {
	chrome.kill();
	stop();
}
process.exitCode = missed ? 1 : 0;
