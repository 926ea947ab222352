import { describe, expect, it } from 'vitest';
import { objectionSchema, pricingSchema } from './notice.ts';

describe('notice schemas', () => {
	it('asks an exchange or auction price for the exchange and its number, even when the fields are absent', () => {
		expect(
			pricingSchema.safeParse({ pricingMethod: 'exchange_listing', exchangeName: '重庆科技要素交易中心' }).success
		).toBe(false);
		expect(
			pricingSchema.safeParse({ pricingMethod: 'auction', exchangeName: ' ', exchangeReference: 'A-1' }).success
		).toBe(false);
		expect(
			pricingSchema.parse({ pricingMethod: 'auction', exchangeName: ' 交易中心 ', exchangeReference: 'A-1' })
		).toEqual({
			pricingMethod: 'auction',
			exchangeName: '交易中心',
			exchangeReference: 'A-1'
		});
		// A negotiated price keeps no exchange, whatever was typed.
		expect(pricingSchema.parse({ pricingMethod: 'negotiated', exchangeName: 'x' })).toEqual({
			pricingMethod: 'negotiated',
			exchangeName: null,
			exchangeReference: null
		});
	});

	it('takes a phone number or an email as contact, and grounds up to 4,000 characters', () => {
		const objection = { name: '周工', grounds: '理由', idempotencyKey: crypto.randomUUID() };
		for (const contact of ['13800138000', '023-6510 2000', '+86 138 0013 8000', 'zhou@example.cn'])
			expect(objectionSchema.safeParse({ ...objection, contact }).success).toBe(true);
		for (const contact of ['', '找我', '12', 'zhou@'])
			expect(objectionSchema.safeParse({ ...objection, contact }).success).toBe(false);
		expect(
			objectionSchema.safeParse({ ...objection, contact: '13800138000', grounds: '😀'.repeat(4000) }).success
		).toBe(true);
		const tooLong = objectionSchema.safeParse({ ...objection, contact: '13800138000', grounds: '长'.repeat(4001) });
		expect(tooLong.error?.issues[0].message).toBe('error_grounds_too_long');
	});

	it('takes an objection only with the key of the form it was typed in', () => {
		const objection = { name: '周工', contact: '13800138000', grounds: '理由' };
		expect(objectionSchema.safeParse(objection).success).toBe(false);
		expect(objectionSchema.safeParse({ ...objection, idempotencyKey: 'again' }).success).toBe(false);
		expect(objectionSchema.safeParse({ ...objection, idempotencyKey: crypto.randomUUID() }).success).toBe(true);
	});
});
