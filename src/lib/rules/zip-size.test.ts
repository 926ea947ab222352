import { describe, expect, it } from 'vitest';
import { deflateRawSync } from 'node:zlib';
import { zipUncompressedSize } from './zip-size.ts';

// A minimal ZIP of stored entries, as any archiver writes them: local headers, then the central
// directory, then its end record.
function zipOf(files: { name: string; size: number }[]): Uint8Array {
	const parts: Buffer[] = [];
	const directory: Buffer[] = [];
	let offset = 0;
	for (const file of files) {
		const name = Buffer.from(file.name);
		const data = deflateRawSync(Buffer.alloc(file.size));
		const local = Buffer.alloc(30);
		local.writeUInt32LE(0x04034b50, 0);
		local.writeUInt32LE(data.length, 18);
		local.writeUInt32LE(file.size, 22);
		local.writeUInt16LE(name.length, 26);
		const central = Buffer.alloc(46);
		central.writeUInt32LE(0x02014b50, 0);
		central.writeUInt32LE(data.length, 20);
		central.writeUInt32LE(file.size, 24);
		central.writeUInt16LE(name.length, 28);
		central.writeUInt32LE(offset, 42);
		parts.push(local, name, data);
		directory.push(central, name);
		offset += local.length + name.length + data.length;
	}
	const directoryBytes = Buffer.concat(directory);
	const end = Buffer.alloc(22);
	end.writeUInt32LE(0x06054b50, 0);
	end.writeUInt16LE(files.length, 8);
	end.writeUInt16LE(files.length, 10);
	end.writeUInt32LE(directoryBytes.length, 12);
	end.writeUInt32LE(offset, 16);
	return new Uint8Array(Buffer.concat([...parts, directoryBytes, end]));
}

describe('the inflated size of a ZIP', () => {
	it('adds up what every entry says it takes, without inflating', () => {
		const zip = zipOf([
			{ name: 'xl/worksheets/sheet1.xml', size: 5_000_000 },
			{ name: '[Content_Types].xml', size: 1_200 }
		]);
		expect(zip.length).toBeLessThan(20_000);
		expect(zipUncompressedSize(zip)).toBe(5_001_200);
	});

	it('is unknown for what is no ZIP, or a cut one', () => {
		expect(zipUncompressedSize(new TextEncoder().encode('申请号,发明名称\n'))).toBeNull();
		const zip = zipOf([{ name: 'a.xml', size: 10 }]);
		expect(zipUncompressedSize(zip.subarray(0, zip.length - 30))).toBeNull();
		expect(zipUncompressedSize(new Uint8Array(0))).toBeNull();
	});
});
