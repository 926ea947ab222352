import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { demo, expectAccessible, newSignedInPage } from './helpers.ts';
import { readPdf } from '../support/pdf.ts';

// Issue #20: the officers' income report at 360 px, its filters (a GET form), the finance office's
// CSV and XLSX, and an inventor's statement as a PDF. The demo receipts are in supabase/seed.sql.

const assemblyLine = '摩托车发动机缸体柔性混线装配系统';
const engine = '混合动力专用发动机高滚流燃烧系统';
const datedName = (prefix: string, extension: string) => new RegExp(`^${prefix}-\\d{4}-\\d{2}-\\d{2}\\.${extension}$`);

/** "¥1,500,000.00" as the CSV writes it: "1500000.00". */
const plainYuan = (shown: string) => shown.replace(/[¥,\s]/g, '');

async function download(page: Page, link: string): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: link }).first().click()
	]);
	return { file, bytes: await readFile((await file.path())!) };
}

test('an officer filters the income report and downloads it as CSV and XLSX, and a statement as PDF', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await newSignedInPage(browser, demo.officer, undefined, { acceptDownloads: true });
	await expectAccessible(page, '/income');
	await expect(page.locator('nav.app-nav').getByRole('link', { name: '收益' })).toHaveAttribute('aria-current', 'page');
	await expect(page.getByRole('heading', { name: '收益报表' })).toBeVisible();

	// One industry, grouped by deal: the assembly line's assignment alone.
	await page.getByLabel('行业').selectOption({ label: '智能制造' });
	await page.getByLabel('分组方式').selectOption({ label: '按交易' });
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/industry=smart_manufacturing.*group=deal/);
	const groups = page.getByTestId('income-group');
	await expect(groups.filter({ hasText: assemblyLine })).toHaveCount(1);
	await expect(groups.filter({ hasText: engine })).toHaveCount(0);
	await expectAccessible(page, page.url().replace(/^.*?\/income/, '/income'));
	const received = plainYuan((await page.locator('section.total [data-amount="receivedFen"]').textContent())!);
	expect(received).toMatch(/^\d+\.\d{2}$/);

	// CSV: UTF-8 with a byte order mark, CRLF, Chinese headers, the filtered rows and the total.
	const csv = await download(page, '下载 CSV');
	expect(csv.file.suggestedFilename()).toMatch(datedName('income-report', 'csv'));
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.toString('utf8').slice(1).split('\r\n');
	expect(lines[0]).toContain('收款（元）');
	expect(lines.some((line) => line.includes(assemblyLine))).toBe(true);
	expect(lines.some((line) => line.includes(engine))).toBe(false);
	expect(lines.find((line) => line.startsWith('合计,'))?.split(',')[6]).toBe(received);

	// XLSX, read back with the library that wrote it: the same header and total, amounts as numbers.
	const xlsx = await download(page, '下载 Excel（XLSX）');
	expect(xlsx.file.suggestedFilename()).toMatch(datedName('income-report', 'xlsx'));
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	const header = (sheet.getRow(1).values as unknown[]).slice(1);
	const receivedColumn = header.indexOf('收款（元）') + 1;
	expect(receivedColumn).toBeGreaterThan(0);
	const total = sheet.getRow(sheet.rowCount);
	expect(total.getCell(1).value).toBe('合计');
	expect((total.getCell(receivedColumn).value as number).toFixed(2)).toBe(received);
	expect(total.getCell(receivedColumn).numFmt).toBe('#,##0.00');

	// A statement: the first inventor's year as a PDF whose font subsets draw their name.
	await expectAccessible(page, '/income/statements');
	const inventor = page.getByTestId('statement-inventor').first();
	const name = (await inventor.getByTestId('inventor-name').textContent())!.trim();
	expect(name.length).toBeGreaterThan(0);
	const [statement] = await Promise.all([
		page.waitForEvent('download'),
		inventor.getByRole('link', { name: /年度对账单 PDF/ }).click()
	]);
	expect(statement.suggestedFilename()).toMatch(/^statement-.+\.pdf$/);
	const bytes = await readFile((await statement.path())!);
	expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
	const pdf = await readPdf(bytes);
	expect(pdf.baseFonts.length).toBeGreaterThan(0);
	expect(pdf.brokenGlyphs).toBe(0);
	expect(pdf.unmapped(name)).toEqual([]);
	await page.context().close();
});

test('the report’s filters work without JavaScript; a company and a researcher get no report', async ({ browser }) => {
	const page = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await page.goto('/income');
	await page.getByLabel('分组方式').selectOption({ label: '按行业' });
	await page.getByRole('button', { name: '筛选' }).click();
	await expect(page).toHaveURL(/group=industry/);
	await expect(page.getByTestId('income-group').filter({ hasText: '智能制造' })).toHaveCount(1);
	await page.context().close();

	for (const email of [demo.company, demo.researcher]) {
		const other = await newSignedInPage(browser, email);
		expect((await other.goto('/income'))?.status()).toBe(403);
		expect((await other.request.get('/income/report.csv')).status()).toBe(403);
		await other.context().close();
	}
});
