import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id baseline: 19 MiB, 2 iterations, 1 lane (about 60 ms here).
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

// Verified against when the account does not exist, so the response time does not reveal it.
let unknownAccountHash: Promise<string> | undefined;

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
	unknownAccountHash ??= hashPassword(crypto.randomUUID());
	try {
		const matches = await verify(passwordHash ?? (await unknownAccountHash), password);
		return passwordHash !== null && matches;
	} catch {
		return false;
	}
}
