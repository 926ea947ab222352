import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './scripts/lib/chromium.js';

// The built app on a fresh embedded database, served at http://localhost (the session cookie
// is Secure everywhere else, and ORIGIN must match for form posts).
if (!existsSync('build/index.js')) throw new Error('No build found: run `npm run build` first (npm test does).');
const port = Number(process.env.E2E_PORT ?? 4173);
const baseURL = `http://localhost:${port}`;

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.test.ts',
	fullyParallel: false,
	workers: 1,
	retries: 0,
	reporter: process.env.CI ? 'list' : [['list']],
	timeout: 60_000,
	expect: { timeout: 10_000 },
	use: {
		baseURL,
		locale: 'zh-CN',
		viewport: { width: 360, height: 740 },
		trace: 'retain-on-failure',
		launchOptions: {
			executablePath: chromiumPath(),
			// Keep Chromium from calling home: those connections are blocked here anyway.
			args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic']
		}
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 } }],
	webServer: {
		command: 'node tests/e2e/server.js',
		url: `${baseURL}/api/health`,
		env: { E2E_PORT: String(port) },
		reuseExistingServer: false,
		timeout: 120_000,
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
