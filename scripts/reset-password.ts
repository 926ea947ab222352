// `npm run user:reset-password -- <email>`: gives an embedded-mode account a new random
// password and signs it out everywhere. The operator hands the password over; the user changes
// it on /account. With Supabase configured, reset passwords from the sign-in page (by email) or
// the Supabase dashboard instead. The embedded database admits one process: stop the server first.
import { randomInt } from 'node:crypto';
import { readConfig } from '../src/lib/server/app/config.ts';
import { openDatabase } from '../src/lib/server/db/open.ts';
import { executorForRole } from '../src/lib/server/db/request-role.ts';
import { resetPassword } from '../src/lib/server/auth/local-identity.ts';

const email = process.argv[2]?.trim();
if (!email) {
	console.error('Usage: npm run user:reset-password -- <email>');
	process.exit(2);
}

// 4 groups of 4 from an alphabet without look-alikes (0/O, 1/l/I): about 80 bits.
const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
const password = Array.from({ length: 4 }, () =>
	Array.from({ length: 4 }, () => alphabet[randomInt(alphabet.length)]).join('')
).join('-');

try {
	const config = readConfig(process.env);
	if (config.supabase)
		throw new Error('Supabase Auth holds the passwords: use “Forgot your password?” or the Supabase dashboard.');
	const opened = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDirectory: config.DATA_DIR });
	try {
		const changed = await resetPassword(executorForRole(opened.database, { role: 'service_role' }), email, password);
		if (!changed) throw new Error(`No account uses ${email}.`);
		console.log(
			`New password for ${email}: ${password}\nEvery session of this account has ended. Ask the user to change it on /account.`
		);
	} finally {
		await opened.close();
	}
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
