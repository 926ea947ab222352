import { describe, expect, it } from 'vitest';
import { ConfigurationError, readConfig } from '../../src/lib/server/app/config.ts';

const anonKey = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoiYW5vbiJ9.c2lnbmF0dXJl';
const serviceKey = 'eyJhbGciOiJIUzI1NiJ9.eyJyb2xlIjoic2VydmljZV9yb2xlIn0.c2lnbmF0dXJl';
const databaseUrl = 'postgresql://postgres.abc:secret@aws-0-ap-southeast-1.pooler.supabase.com:5432/postgres';

function message(environment: Record<string, string>): string {
	try {
		readConfig(environment);
		return 'accepted';
	} catch (error) {
		expect(error).toBeInstanceOf(ConfigurationError);
		return (error as Error).message;
	}
}

describe('configuration', () => {
	it('runs embedded with nothing set', () => {
		const config = readConfig({});
		expect(config).toMatchObject({ DATA_DIR: '.data', supabase: null });
		expect(config.DATABASE_URL).toBeUndefined();
	});

	it('accepts a whole Supabase configuration, with the older anon key or a publishable key', () => {
		const base = {
			PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
			SUPABASE_SERVICE_ROLE_KEY: serviceKey,
			DATABASE_URL: databaseUrl
		};
		expect(readConfig({ ...base, PUBLIC_SUPABASE_ANON_KEY: anonKey }).supabase).toEqual({
			url: 'https://abc.supabase.co',
			publicKey: anonKey,
			serviceKey
		});
		expect(readConfig({ ...base, PUBLIC_SUPABASE_PUBLISHABLE_KEY: 'sb_publishable_x1' }).supabase?.publicKey).toBe(
			'sb_publishable_x1'
		);
	});

	it('stops on a partial Supabase configuration, naming each missing variable', () => {
		const text = message({ PUBLIC_SUPABASE_URL: 'https://abc.supabase.co' });
		expect(text).toContain('PUBLIC_SUPABASE_ANON_KEY is required');
		expect(text).toContain('SUPABASE_SERVICE_ROLE_KEY is required');
		expect(text).toContain('DATABASE_URL is required');
		expect(message({ SUPABASE_SERVICE_ROLE_KEY: serviceKey })).toContain('PUBLIC_SUPABASE_URL is required');
	});

	it('stops on malformed values, naming the variable', () => {
		expect(message({ DATABASE_URL: 'mysql://x' })).toContain('DATABASE_URL must be a postgres://');
		expect(
			message({
				PUBLIC_SUPABASE_URL: 'abc.supabase.co',
				PUBLIC_SUPABASE_ANON_KEY: anonKey,
				SUPABASE_SERVICE_ROLE_KEY: serviceKey,
				DATABASE_URL: databaseUrl
			})
		).toContain('PUBLIC_SUPABASE_URL must be the project URL');
		expect(
			message({
				PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
				PUBLIC_SUPABASE_ANON_KEY: 'not-a-key',
				SUPABASE_SERVICE_ROLE_KEY: serviceKey,
				DATABASE_URL: databaseUrl
			})
		).toContain('PUBLIC_SUPABASE_ANON_KEY must be the anon key');
	});

	it('takes an anonymous login to the same database only alongside DATABASE_URL', () => {
		const anonymousUrl = 'postgresql://zhiqiao_anonymous:secret@db.abc.supabase.co:5432/postgres';
		expect(readConfig({ DATABASE_URL: databaseUrl, DATABASE_ANONYMOUS_URL: anonymousUrl }).DATABASE_ANONYMOUS_URL).toBe(
			anonymousUrl
		);
		expect(message({ DATABASE_ANONYMOUS_URL: anonymousUrl })).toContain('DATABASE_ANONYMOUS_URL needs DATABASE_URL');
		expect(message({ DATABASE_URL: databaseUrl, DATABASE_ANONYMOUS_URL: 'zhiqiao_anonymous@db' })).toContain(
			'DATABASE_ANONYMOUS_URL must be a postgres://'
		);
	});

	it('takes a cap on realtime streams as a whole number of at least 1, derived when unset', () => {
		expect(readConfig({}).REALTIME_MAX_STREAMS).toBeUndefined();
		expect(readConfig({ REALTIME_MAX_STREAMS: '' }).REALTIME_MAX_STREAMS).toBeUndefined();
		expect(readConfig({ REALTIME_MAX_STREAMS: ' 5000 ' }).REALTIME_MAX_STREAMS).toBe(5000);
		for (const bad of ['0', '-3', '2.5', 'many', 'Infinity'])
			expect(message({ REALTIME_MAX_STREAMS: bad })).toContain('REALTIME_MAX_STREAMS must be a whole number');
	});

	it('allows 20 sign-ups per address unless SIGNUPS_PER_ADDRESS says otherwise', () => {
		expect(readConfig({}).SIGNUPS_PER_ADDRESS).toBe(20);
		expect(readConfig({ SIGNUPS_PER_ADDRESS: ' ' }).SIGNUPS_PER_ADDRESS).toBe(20);
		expect(readConfig({ SIGNUPS_PER_ADDRESS: '300' }).SIGNUPS_PER_ADDRESS).toBe(300);
		for (const bad of ['0', '-1', '1.5', 'lots'])
			expect(message({ SIGNUPS_PER_ADDRESS: bad })).toContain('SIGNUPS_PER_ADDRESS must be a whole number');
	});

	it('refuses the service_role key in the variable that is sent to browsers', () => {
		expect(
			message({
				PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
				PUBLIC_SUPABASE_ANON_KEY: serviceKey,
				SUPABASE_SERVICE_ROLE_KEY: serviceKey,
				DATABASE_URL: databaseUrl
			})
		).toContain('PUBLIC_SUPABASE_ANON_KEY holds the service_role key');
	});
});

describe('email configuration', () => {
	it('takes an smtp:// or smtps:// URL with ORIGIN, and a sender', () => {
		const config = readConfig({
			SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com:465',
			MAIL_FROM: '知桥 Zhiqiao <noreply@zhiqiao.example>',
			ORIGIN: 'https://zhiqiao.example'
		});
		expect(config).toMatchObject({
			SMTP_URL: 'smtps://mailer:p%40ss@smtp.example.com:465',
			ORIGIN: 'https://zhiqiao.example'
		});
		expect(readConfig({}).SMTP_URL).toBeUndefined();
	});

	it('names what is wrong', () => {
		expect(() => readConfig({ SMTP_URL: 'http://smtp.example.com', ORIGIN: 'https://a.example' })).toThrow(
			/SMTP_URL must be/
		);
		expect(() => readConfig({ SMTP_URL: 'smtp://smtp.example.com' })).toThrow(/SMTP_URL needs ORIGIN/);
		expect(() => readConfig({ MAIL_FROM: 'Zhiqiao\r\nBcc: x@y.z <a@b.c>' })).toThrow(/MAIL_FROM must be/);
		expect(() => readConfig({ ORIGIN: 'https://zhiqiao.example/app' })).toThrow(/ORIGIN must be/);
		expect(() => readConfig({ UNSUBSCRIBE_SECRET: 'short' })).toThrow(/UNSUBSCRIBE_SECRET must be/);
	});
});
