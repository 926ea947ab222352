import type { ParsedMail } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/lib/server/db/port.ts';
import { sql } from '../../src/lib/server/db/sql.ts';
import { alertTopics } from '../../src/lib/vocabularies/alerts.ts';
import { queueOutboundMessage } from '../../src/lib/server/outbound-messages.ts';
import { unsubscribeEmail } from '../../src/lib/server/outbound-emails.ts';
import {
	inviteColleague,
	readInvitation,
	revokeInvitation,
	type InvitationMade
} from '../../src/lib/server/company-teams.ts';

function made(result: InvitationMade | { refused: string }): InvitationMade {
	if ('refused' in result) throw new Error(`invitation refused: ${result.refused}`);
	return result;
}
import { createSmtpSender, type EmailSender } from '../../src/lib/server/email/transport.ts';
import { deliverDueEmails, type EmailWorkerSettings } from '../../src/lib/server/email/worker.ts';
import { verifyUnsubscribeToken } from '../../src/lib/server/email/unsubscribe-token.ts';
import { startSmtpCatcher } from '../support/smtp-catcher.js';
import { asService, asUser, demo, driver, openTestDatabase } from './setup/database.ts';

// The email worker (src/lib/server/email/) against a real SMTP server in this process: what arrives,
// in which language, with which headers; retries, give-ups, and two workers at once.

describe(`email worker on ${driver}`, () => {
	let database: Database;
	let catcher: Awaited<ReturnType<typeof startSmtpCatcher>>;
	const senders: EmailSender[] = [];
	const secret = new Uint8Array(32).fill(3);
	const settings = (): EmailWorkerSettings => {
		const sender = createSmtpSender(catcher.url);
		senders.push(sender);
		return {
			sender,
			from: 'Zhiqiao <noreply@zhiqiao.test>',
			origin: 'https://zhiqiao.test',
			unsubscribeSecret: secret
		};
	};
	const notificationsOf = async (userId: string) =>
		(
			await database.query<{ id: number }>(
				sql`select id::int as id from public.notifications where user_id = ${userId} order by id`
			)
		).map((row) => row.id);
	const row = async (id: number) =>
		(
			await database.query<{
				sentAt: Date | null;
				givenUpAt: Date | null;
				attempts: number;
				payload: Record<string, unknown>;
				lastError: string | null;
			}>(sql`
				select sent_at as "sentAt", given_up_at as "givenUpAt", attempts, payload, last_error as "lastError"
				from app.outbound_messages where id = ${id}`)
		)[0];
	const emailFrequency = async (userId: string, topic: string) =>
		(
			await database.query<{ frequency: string }>(sql`
				select frequency from public.alert_preferences where user_id = ${userId} and topic = ${topic} and channel = 'email'`)
		)[0]?.frequency;
	// mailparser folds List-* headers into a structure: read the lines as they were sent.
	const header = (mail: ParsedMail, name: string) =>
		mail.headerLines
			.find((line) => line.key === name)
			?.line.replace(/^[^:]+:\s*/, '')
			.replace(/\r?\n\s+/g, ' ');
	const tokenOf = (mail: ParsedMail) => {
		const match = /^<https:\/\/zhiqiao\.test\/unsubscribe\/([^>]+)>$/.exec(header(mail, 'list-unsubscribe') ?? '');
		if (!match) throw new Error(`No unsubscribe link in ${header(mail, 'list-unsubscribe')}`);
		return match[1];
	};

	beforeAll(async () => {
		database = await openTestDatabase();
		catcher = await startSmtpCatcher();
	});
	afterAll(async () => {
		for (const sender of senders) sender.close();
		await catcher.stop();
		await database.close();
	});

	it('sends a notification in the recipient’s language, both parts, with a working one-click unsubscribe', async () => {
		await database.query(sql`update public.profiles set locale = 'en' where id = ${demo.company}`);
		const [notificationId] = await notificationsOf(demo.company);
		expect(notificationId).toBeDefined();
		const id = await queueOutboundMessage(database, {
			channel: 'email',
			userId: demo.company,
			kind: 'notification',
			notificationIds: [notificationId],
			payload: { topic: 'interests' }
		});
		const before = catcher.messages.length;
		expect(await deliverDueEmails(database, settings())).toEqual({ sent: 1, retried: 0, givenUp: 0 });
		const [received] = (await catcher.waitFor(before + 1)).slice(before);
		const mail = received.parsed;
		const [{ email }] = await database.query<{ email: string }>(
			sql`select email from public.profiles where id = ${demo.company}`
		);
		expect(received.envelopeTo).toEqual([email]);
		expect(mail.messageId).toBe(`<outbound-${id}@zhiqiao.test>`);
		expect(mail.subject).toMatch(/^Zhiqiao: /);
		expect(mail.text).toMatch(/^Hello .+,\n/);
		expect(mail.text).toContain('https://zhiqiao.test/notifications');
		expect(mail.html).toContain('<html lang="en">');
		expect(mail.html).toContain('Stop these emails');
		expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
		const token = tokenOf(mail);
		expect(mail.text).toContain(`https://zhiqiao.test/unsubscribe/${token}`);
		expect((await row(id)).sentAt).not.toBeNull();

		// The link's token names this user and topic; the server's unsubscribe then stops the topic.
		expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId: demo.company, scope: { topic: 'interests' } });
		expect(await unsubscribeEmail(asService(database), demo.company, 'interests')).toBe(1);
		expect(await emailFrequency(demo.company, 'interests')).toBe('never');
		expect(await unsubscribeEmail(asService(database), demo.company, 'interests')).toBe(0);
	});

	it('sends a digest in Chinese listing each notification once, and its unsubscribe stops only digests', async () => {
		const ids = await notificationsOf(demo.researcher);
		expect(ids.length).toBeGreaterThan(2);
		// Someone else's notification in the row is never told to this recipient.
		const [foreign] = await notificationsOf(demo.company);
		const id = await queueOutboundMessage(database, {
			channel: 'email',
			userId: demo.researcher,
			kind: 'digest',
			notificationIds: [...ids, foreign]
		});
		const before = catcher.messages.length;
		await deliverDueEmails(database, settings());
		const [{ parsed: mail }] = (await catcher.waitFor(before + 1)).slice(before);
		expect(mail.subject).toBe(`知桥：${ids.length} 条通知`);
		expect(mail.html).toContain('<html lang="zh-CN">');
		expect(mail.text).toContain('不再接收汇总邮件');
		const items = (mail.text ?? '').split('\n').filter((line) => line.startsWith('- '));
		expect(items).toHaveLength(ids.length);
		expect((await row(id)).sentAt).not.toBeNull();

		expect(header(mail, 'list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
		const token = tokenOf(mail);
		expect(verifyUnsubscribeToken(secret, token)).toEqual({ userId: demo.researcher, scope: { digest: true } });
		const researcher = asUser(database, demo.researcher);
		await researcher.query(sql`delete from public.alert_preferences where user_id = ${demo.researcher}`);
		await researcher.query(sql`insert into public.alert_preferences (topic, channel, frequency) values
			('deals', 'email', 'daily'), ('listings', 'email', 'weekly'), ('other', 'email', 'immediately'), ('deals', 'push', 'daily')`);
		// The two chosen digests, and saved searches and matches, whose default is a daily digest.
		expect(await unsubscribeEmail(asService(database), demo.researcher, null)).toBe(4);
		for (const topic of ['deals', 'listings', 'saved_searches', 'matches'])
			expect(await emailFrequency(demo.researcher, topic), topic).toBe('never');
		expect(await emailFrequency(demo.researcher, 'other')).toBe('immediately');
		const [push] = await database.query<{ frequency: string }>(sql`select frequency from public.alert_preferences
			where user_id = ${demo.researcher} and topic = 'deals' and channel = 'push'`);
		expect(push.frequency).toBe('daily');
		// Every topic of the vocabulary is covered: each set to a digest is stopped by the digest's link.
		for (const topic of alertTopics.values)
			await database.query(sql`insert into public.alert_preferences (user_id, topic, channel, frequency)
				values (${demo.researcher}, ${topic}, 'email', 'weekly')
				on conflict (user_id, topic, channel) do update set frequency = 'weekly'`);
		expect(await unsubscribeEmail(asService(database), demo.researcher, null)).toBe(alertTopics.values.length);
	});

	it('only the service role may unsubscribe, and only with a verified token’s user', async () => {
		await expect(unsubscribeEmail(asUser(database, demo.company), demo.researcher, 'deals')).rejects.toThrow();
		expect(await unsubscribeEmail(asService(database), crypto.randomUUID(), 'deals')).toBe(0);
	});

	it('emails a team invitation with its link in the inviter’s language, then forgets the token', async () => {
		const company = asUser(database, demo.company);
		const invited = made(
			await inviteColleague(company, 'new.colleague@example.com', crypto.randomUUID(), { emailLocale: 'en' })
		);
		expect(invited.emailed).toBe('queued');
		const [queued] = await database.query<{ id: number }>(
			sql`select id::int as id from app.outbound_messages where payload ->> 'invitationId' = ${invited.id}`
		);
		const before = catcher.messages.length;
		await deliverDueEmails(database, settings());
		const [received] = (await catcher.waitFor(before + 1)).slice(before);
		expect(received.envelopeTo).toEqual(['new.colleague@example.com']);
		expect(received.parsed.subject).toMatch(/invites you to join .+ on Zhiqiao$/);
		expect(received.parsed.text).toContain(`https://zhiqiao.test/invitations/${invited.token}`);
		expect(header(received.parsed, 'list-unsubscribe')).toBeUndefined();
		expect(await readInvitation(company, invited.token!)).toMatchObject({ status: 'pending' });
		const settled = await row(queued.id);
		expect(settled.sentAt).not.toBeNull();
		expect(settled.payload).not.toHaveProperty('token');
		expect(settled.payload).toMatchObject({ invitationId: invited.id, locale: 'en' });
	});

	it('queues an invitation email only for the inviter’s own pending invitation, once, with its real token', async () => {
		const company = asUser(database, demo.company);
		const queue = (db: typeof company, invitationId: string, token: string) =>
			db.query<{ result: string }>(
				sql`select app.queue_team_invitation_email(${invitationId}::uuid, ${token}, 'zh-CN') as result`
			);
		const plain = made(await inviteColleague(company, 'someone@example.com', crypto.randomUUID()));
		expect(plain.emailed).toBeUndefined();
		expect((await queue(company, plain.id, 'not-the-token'))[0].result).toBe('not_found');
		expect((await queue(asUser(database, demo.researcher), plain.id, plain.token!))[0].result).toBe('not_found');
		expect((await queue(company, plain.id, plain.token!))[0].result).toBe('queued');
		expect((await queue(company, plain.id, plain.token!))[0].result).toBe('already_queued');
		const bare = made(await inviteColleague(company, null, crypto.randomUUID(), { emailLocale: 'zh-CN' }));
		expect(bare.emailed).toBe('no_address');

		// Revoked before it left: given up, and the token is gone from the row.
		expect(await revokeInvitation(company, plain.id)).toBe('revoked');
		const before = catcher.messages.length;
		const count = await deliverDueEmails(database, settings());
		expect(count).toEqual({ sent: 0, retried: 0, givenUp: 1 });
		expect(catcher.messages.length).toBe(before);
		const [settled] = await database.query<{ payload: Record<string, unknown>; givenUpAt: Date | null }>(sql`
			select payload, given_up_at as "givenUpAt" from app.outbound_messages where payload ->> 'invitationId' = ${plain.id}`);
		expect(settled.givenUpAt).not.toBeNull();
		expect(settled.payload).not.toHaveProperty('token');
	});

	it('tries again later after a 4xx reply and gives up at once after a 5xx for the recipient', async () => {
		const [notificationId] = await notificationsOf(demo.officer);
		const address = (
			await database.query<{ email: string }>(sql`select email from public.profiles where id = ${demo.officer}`)
		)[0].email;
		const queue = () =>
			queueOutboundMessage(database, {
				channel: 'email',
				userId: demo.officer,
				kind: 'notification',
				notificationIds: [notificationId],
				payload: { topic: 'deals' }
			});
		const before = catcher.messages.length;
		catcher.refuse(address, 450);
		const later = await queue();
		expect(await deliverDueEmails(database, settings())).toEqual({ sent: 0, retried: 1, givenUp: 0 });
		const waiting = await row(later);
		expect(waiting).toMatchObject({ sentAt: null, givenUpAt: null, attempts: 1 });
		expect(waiting.lastError).toContain('450');

		catcher.refuse(address, 550);
		await database.query(sql`update app.outbound_messages set send_after = now() where id = ${later}`);
		expect(await deliverDueEmails(database, settings())).toEqual({ sent: 0, retried: 0, givenUp: 1 });
		expect((await row(later)).givenUpAt).not.toBeNull();
		expect(catcher.messages.length).toBe(before);
		catcher.refuse(address, null);
	});

	it('two workers at once send each row exactly once', async () => {
		const [notificationId] = await notificationsOf(demo.researcher);
		const ids = await Promise.all(
			Array.from({ length: 40 }, () =>
				queueOutboundMessage(database, {
					channel: 'email',
					userId: demo.researcher,
					kind: 'notification',
					notificationIds: [notificationId],
					payload: { topic: 'interests' }
				})
			)
		);
		const before = catcher.messages.length;
		const [first, second] = await Promise.all([
			deliverDueEmails(database, settings()),
			deliverDueEmails(database, settings())
		]);
		expect(first.sent + second.sent).toBe(40);
		const received = (await catcher.waitFor(before + 40)).slice(before);
		await new Promise((resolve) => setTimeout(resolve, 300));
		expect(catcher.messages.length).toBe(before + 40);
		expect(received.map((message) => message.parsed.messageId).sort()).toEqual(
			ids.map((id) => `<outbound-${id}@zhiqiao.test>`).sort()
		);
	});

	it('prints how long 200 queued notifications take to leave', async () => {
		const [notificationId] = await notificationsOf(demo.researcher);
		for (let index = 0; index < 200; index++)
			await queueOutboundMessage(database, {
				channel: 'email',
				userId: demo.researcher,
				kind: 'notification',
				notificationIds: [notificationId],
				payload: { topic: 'interests' }
			});
		const before = catcher.messages.length;
		const started = performance.now();
		const count = await deliverDueEmails(database, settings());
		const milliseconds = performance.now() - started;
		expect(count.sent).toBe(200);
		await catcher.waitFor(before + 200);
		console.log(
			`email worker on ${driver}: 200 emails sent to the in-process SMTP server in ${Math.round(milliseconds)} ms`
		);
	});
});
