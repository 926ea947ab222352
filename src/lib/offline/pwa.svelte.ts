import { dev } from '$app/environment';
import { saveDrafts } from './update-drafts';

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
}

/**
 * Registers /sw.js and tracks the two things the layout offers: "update available" (a new
 * worker waits; accepting saves the drafts, activates it and reloads) and "install" (the browser
 * fired beforeinstallprompt).
 */
export function progressiveApp() {
	let updateReady = $state(false);
	let installEvent = $state<InstallPromptEvent | null>(null);
	let activate: ((reload?: boolean) => Promise<void>) | undefined;

	async function start(): Promise<void> {
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			installEvent = event as InstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => (installEvent = null));
		// The worker exists in builds only (`vite dev` serves no /sw.js).
		if (dev || !('serviceWorker' in navigator)) return;
		const { registerSW } = await import('virtual:pwa-register');
		activate = registerSW({
			// After the load event: the worker's precaching must not compete with the first render.
			immediate: false,
			onNeedRefresh: () => (updateReady = true),
			onRegisteredSW(_url, registration) {
				// Browsers look for a new worker on navigations; a long-open phone tab also on return.
				document.addEventListener(
					'visibilitychange',
					() => document.visibilityState === 'visible' && void registration?.update()
				);
			}
		});
	}

	return {
		start,
		get updateReady() {
			return updateReady;
		},
		get canInstall() {
			return installEvent !== null;
		},
		async acceptUpdate() {
			saveDrafts();
			await activate?.(true);
		},
		dismissUpdate() {
			updateReady = false;
		},
		async install() {
			await installEvent?.prompt();
			installEvent = null;
		}
	};
}
