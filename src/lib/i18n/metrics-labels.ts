import { m } from '$lib/paraglide/messages';
import type { FunnelStep } from '$lib/rules/office-metrics';

/** The funnel's steps in words, for the page's charts and the tables alike. */
export const stepLabels: Record<FunnelStep, () => string> = {
	listings: m.metrics_step_listings,
	interested: m.metrics_step_interested,
	dealt: m.metrics_step_dealt,
	signed: m.metrics_step_signed
};
