import { m } from '../paraglide/messages.js';
import { defineVocabulary, type ValueOf } from './define.ts';

// Public notice and objections. SQL: public.pricing_method, notice_status, objection_status.

/** How the price was found: negotiated (协议定价), exchange listing (挂牌交易), auction (拍卖). */
export const pricingMethods = /* @__PURE__ */ defineVocabulary({
	negotiated: m.pricing_method_negotiated,
	exchange_listing: m.pricing_method_exchange_listing,
	auction: m.pricing_method_auction
});
export type PricingMethod = ValueOf<typeof pricingMethods>;

export const noticeStatuses = /* @__PURE__ */ defineVocabulary({
	in_progress: m.notice_status_in_progress,
	objection_pending: m.notice_status_objection_pending,
	passed: m.notice_status_passed,
	withdrawn: m.notice_status_withdrawn
});
export type NoticeStatus = ValueOf<typeof noticeStatuses>;

export const objectionStatuses = /* @__PURE__ */ defineVocabulary({
	open: m.objection_status_open,
	dismissed: m.objection_status_dismissed,
	upheld: m.objection_status_upheld
});
export type ObjectionStatus = ValueOf<typeof objectionStatuses>;
