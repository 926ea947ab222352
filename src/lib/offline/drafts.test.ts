import { beforeEach, describe, expect, it, vi } from 'vitest';
import { draftValuesFromEntries } from '$lib/rules/listing-draft';
import { keepDeviceCopy, readDeviceCopy, settleDeviceCopiesOnOpen } from './drafts';

// The browser's localStorage, as the editor's device copies use it: strings under keys.
class MemoryStorage {
	private items = new Map<string, string>();
	getItem = (key: string) => this.items.get(key) ?? null;
	setItem = (key: string, value: string) => void this.items.set(key, value);
	removeItem = (key: string) => void this.items.delete(key);
	get length() {
		return this.items.size;
	}
}

const user = 'b3b0c442-98fc-4c14-9a2f-1d3d9c5c0001';
const listing = 'b3b0c442-98fc-4c14-9a2f-1d3d9c5c0002';
const draft = (title: string) => draftValuesFromEntries([['title', title]]);
const copyOf = (title: string, revision: number) => ({ values: draft(title), revision, changedAt: 1 });

let storage: MemoryStorage;
beforeEach(() => {
	storage = new MemoryStorage();
	vi.stubGlobal('localStorage', storage);
});

describe('device copies when the editor opens', () => {
	it('restores a copy typed on the revision the server still holds', () => {
		keepDeviceCopy(user, listing, copyOf('低碳曝气（未保存）', 3));
		const settled = settleDeviceCopiesOnOpen(user, listing, { values: draft('低碳曝气'), revision: 3 });
		expect(settled.restore?.values.title).toBe('低碳曝气（未保存）');
		expect(settled.offered).toBeNull();
		// Kept until a save of it is confirmed.
		expect(readDeviceCopy(user, listing)?.values.title).toBe('低碳曝气（未保存）');
	});

	it('sets a copy the server moved on from aside as offered, before anything is typed over it', () => {
		keepDeviceCopy(user, listing, copyOf('手机上写的', 3));
		const settled = settleDeviceCopiesOnOpen(user, listing, { values: draft('电脑上写的'), revision: 5 });
		expect(settled.restore).toBeNull();
		expect(settled.offered?.values.title).toBe('手机上写的');
		expect(readDeviceCopy(user, listing)).toBeNull();
		expect(readDeviceCopy(user, listing, 'offered')?.values.title).toBe('手机上写的');
	});

	it('forgets a copy the server already holds, typing or offered', () => {
		keepDeviceCopy(user, listing, copyOf('已保存', 3));
		keepDeviceCopy(user, listing, copyOf('已保存', 2), 'offered');
		const settled = settleDeviceCopiesOnOpen(user, listing, { values: draft('已保存'), revision: 4 });
		expect(settled).toEqual({ restore: null, offered: null });
		expect(storage.length).toBe(0);
	});

	it('offers an earlier offered copy again while the user has not chosen', () => {
		keepDeviceCopy(user, listing, copyOf('上次没选', 2), 'offered');
		const settled = settleDeviceCopiesOnOpen(user, listing, { values: draft('服务器上的'), revision: 4 });
		expect(settled.offered?.values.title).toBe('上次没选');
		expect(readDeviceCopy(user, listing, 'offered')?.values.title).toBe('上次没选');
	});

	it('keeps copies apart per user', () => {
		keepDeviceCopy('b3b0c442-98fc-4c14-9a2f-1d3d9c5c0003', listing, copyOf('别人的', 3));
		expect(settleDeviceCopiesOnOpen(user, listing, { values: draft(''), revision: 3 })).toEqual({
			restore: null,
			offered: null
		});
	});
});
