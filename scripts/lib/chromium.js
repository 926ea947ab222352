import { existsSync } from 'node:fs';

// Debian's Chromium; CHROMIUM_PATH for anywhere else. Never a browser downloaded by Playwright:
// those downloads are blocked on the machines this project runs on.
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** @returns {string | undefined} */
export function chromiumPath() {
	return candidates.find((path) => path && existsSync(path));
}
