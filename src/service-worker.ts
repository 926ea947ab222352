/// <reference lib="webworker" />
// The service worker, served at /sw.js (built by SvelteKit, precache manifest injected by
// @vite-pwa/sveltekit). What it caches and for whom: see $lib/offline/cache-policy and $lib/offline/worker.
import { cleanupOutdatedCaches, precacheAndRoute } from 'workbox-precaching';
import { clientsClaim } from 'workbox-core';
import { isSignOut, offlineKind, outboxSyncTag, outdatedCaches, pageOfData } from '$lib/offline/cache-policy';
import {
	cacheOfflinePages,
	fileTappedListing,
	handleImage,
	handleNavigation,
	laterOf
} from '$lib/offline/worker/pages';
import { forgetOffline, isKept, keepOffline } from '$lib/offline/worker/kept';
import { currentSender, passSignOut } from '$lib/offline/worker/cache-scope';
import { flushOutbox } from '$lib/offline/outbox';
import { openNotification, showPush } from '$lib/offline/worker/push';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The app shell: the built JavaScript, CSS and icons.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();
self.addEventListener('install', (event) => event.waitUntil(cacheOfflinePages()));
// Copies filed by a version that kept every kind in one visited cache are no longer looked up.
self.addEventListener('activate', (event) =>
	event.waitUntil(caches.keys().then((names) => Promise.all(outdatedCaches(names).map((name) => caches.delete(name)))))
);
// The first worker takes the open pages at once; a later version waits until the user accepts
// the update prompt (SKIP_WAITING), so no page runs against a worker it was not built for.
clientsClaim();

interface SyncEvent extends ExtendableEvent {
	tag: string;
}
// Background Sync sends the outbox as the user the worker last saw signed in (none since a
// public answer: the entries wait for their author's next sign-in); flushOutbox checks with
// the server that this is still who the browser is signed in as.
self.addEventListener('sync', ((event: SyncEvent) => {
	if (event.tag === outboxSyncTag)
		event.waitUntil(currentSender().then((sender) => (sender ? flushOutbox(sender) : undefined)));
}) as EventListener);

// Web push: a message from our server becomes a notification; a tap opens its page of this app.
self.addEventListener('push', (event) => event.waitUntil(showPush(event)));
self.addEventListener('notificationclick', (event) => event.waitUntil(openNotification(event)));

self.addEventListener('fetch', (event) => {
	const { request } = event;
	const url = new URL(request.url);
	if (url.origin !== self.location.origin) return;
	// Both ways of signing out: a plain form post (a navigation) and the enhanced form (a fetch).
	if (isSignOut(url, request.method)) return event.respondWith(passSignOut(request));
	if (request.method !== 'GET') return;
	if (request.mode === 'navigate') return event.respondWith(handleNavigation(event));
	if (offlineKind(url, request.destination) === 'image') event.respondWith(handleImage(event));
	// A tap on a listing asks only for its data: the data goes to the network untouched, and the
	// worker files the page itself beside it, so the listing opens offline like a visited one.
	const tapped = pageOfData(url);
	if (tapped) laterOf(event)(fileTappedListing(tapped, laterOf(event)));
	// Anything else (API, __data.json, events, downloads) goes to the network untouched.
});

type Command = { type: 'SKIP_WAITING' } | { type: 'keep-offline' | 'forget-offline' | 'is-kept'; urls: string[] };
self.addEventListener('message', (event) => {
	const command = event.data as Command;
	if (command?.type === 'SKIP_WAITING') return void self.skipWaiting();
	const reply = (value: unknown) => event.ports[0]?.postMessage(value);
	const urls = Array.isArray((command as { urls?: unknown }).urls)
		? (command as { urls: unknown[] }).urls.filter(
				(url): url is string => typeof url === 'string' && url.startsWith('/')
			)
		: [];
	if (command?.type === 'keep-offline') event.waitUntil(keepOffline(urls).then(reply, () => reply(false)));
	if (command?.type === 'forget-offline') event.waitUntil(forgetOffline(urls).then(() => reply(true)));
	if (command?.type === 'is-kept') event.waitUntil(isKept(urls[0] ?? '').then(reply));
});
