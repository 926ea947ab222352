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
	let activate: (() => Promise<void>) | undefined;

	async function start(): Promise<void> {
		window.addEventListener('beforeinstallprompt', (event) => {
			event.preventDefault();
			installEvent = event as InstallPromptEvent;
		});
		window.addEventListener('appinstalled', () => (installEvent = null));
		// The worker exists in builds only (`vite dev` serves no /sw.js).
		if (dev || !('serviceWorker' in navigator)) return;
		// After the load event: the worker's precaching must not compete with the first render.
		if (document.readyState === 'complete') await register();
		else window.addEventListener('load', () => void register(), { once: true });
	}

	// The browser's own API rather than workbox-window: the same four steps cost a first visit
	// 2.8 KB gzip of script on every page (docs/performance.md, first-load budget).
	async function register(): Promise<void> {
		const registration = await navigator.serviceWorker.register('/sw.js', { scope: '/' });
		// A worker waiting behind one that controls the page is an update; the first install is not.
		const offerWaiting = () => {
			if (registration.waiting && navigator.serviceWorker.controller) updateReady = true;
		};
		offerWaiting();
		registration.addEventListener('updatefound', () => {
			const installing = registration.installing;
			installing?.addEventListener('statechange', () => installing.state === 'installed' && offerWaiting());
		});
		// Browsers look for a new worker on navigations; a long-open phone tab also on return.
		document.addEventListener(
			'visibilitychange',
			() => document.visibilityState === 'visible' && void registration.update()
		);
		activate = async () => {
			const waiting = registration.waiting;
			if (!waiting) return;
			navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
			waiting.postMessage({ type: 'SKIP_WAITING' });
		};
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
			await activate?.();
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
