import { m } from '$lib/paraglide/messages';

type Locale = 'zh-CN' | 'en';

// Same colours as app.html's theme-color and the icon tile.
const themeColor = '#0f5f8c';
const backgroundColor = '#ffffff';

/** The web app manifest in one language: names, shortcuts to Discover, Deals and Inbox, icons. */
export function webManifest(locale: Locale) {
	const options = { locale };
	const icon = (src: string, size: number, purpose: 'any' | 'maskable') => ({
		src,
		sizes: `${size}x${size}`,
		type: 'image/png',
		purpose
	});
	return {
		id: '/',
		lang: locale,
		name: m.pwa_name({}, options),
		short_name: m.pwa_short_name({}, options),
		description: m.pwa_description({}, options),
		start_url: '/',
		scope: '/',
		display: 'standalone',
		orientation: 'portrait',
		theme_color: themeColor,
		background_color: backgroundColor,
		categories: ['business', 'productivity'],
		icons: [
			icon('/icons/icon-192.png', 192, 'any'),
			icon('/icons/icon-512.png', 512, 'any'),
			icon('/icons/maskable-192.png', 192, 'maskable'),
			icon('/icons/maskable-512.png', 512, 'maskable')
		],
		shortcuts: [
			{ name: m.nav_discover({}, options), url: '/listings', icons: [icon('/icons/icon-192.png', 192, 'any')] },
			{ name: m.nav_deals({}, options), url: '/deals', icons: [icon('/icons/icon-192.png', 192, 'any')] },
			{ name: m.nav_inbox({}, options), url: '/notifications', icons: [icon('/icons/icon-192.png', 192, 'any')] }
		]
	};
}
