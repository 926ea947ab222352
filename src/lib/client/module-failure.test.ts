import { describe, expect, it } from 'vitest';
import { isModuleLoadFailure, maySelfReload, selfReloadInterval } from './module-failure';

describe('isModuleLoadFailure', () => {
	it('knows the failed-import messages of Chromium, Firefox, Safari and Vite', () => {
		for (const message of [
			'Failed to fetch dynamically imported module: http://localhost/_app/immutable/nodes/0.js',
			'error loading dynamically imported module: http://localhost/_app/immutable/nodes/0.js',
			'Importing a module script failed.',
			'Unable to preload CSS for /_app/immutable/assets/0.css'
		])
			expect(isModuleLoadFailure(new TypeError(message)), message).toBe(true);
	});
	it('leaves other errors to the error page', () => {
		expect(isModuleLoadFailure(new Error('Cannot read properties of undefined'))).toBe(false);
		expect(isModuleLoadFailure({ message: 'Failed to fetch dynamically imported module' })).toBe(false);
		expect(isModuleLoadFailure(null)).toBe(false);
	});
});

describe('maySelfReload', () => {
	const now = 1_800_000_000_000;
	it('reloads the first time, and again only after the interval', () => {
		expect(maySelfReload(null, now)).toBe(true);
		expect(maySelfReload(now - 1_000, now)).toBe(false);
		expect(maySelfReload(now - selfReloadInterval, now)).toBe(true);
	});
	it('treats an unreadable mark as none', () => {
		expect(maySelfReload(Number.NaN, now)).toBe(true);
	});
});
