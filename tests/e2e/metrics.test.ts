import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test, type Download, type Page } from '@playwright/test';
import { demo, expectAccessible, newSignedInPage } from './helpers.ts';

// Issue #23: the office metrics at 360 px. The officer changes the year with the GET form, reads
// the funnel's table, downloads it as CSV and the yearly figures as XLSX and finds the page's
// numbers in them (Chinese headers), then downloads the annual report and reads its title back
// with pdftotext. The demo's listings and deals are this year's (supabase/seed.sql).

const thisYear = Number(
	new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date())
);

async function download(page: Page, name: string, within: string): Promise<{ file: Download; bytes: Buffer }> {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByTestId(within).getByRole('link', { name }).click()
	]);
	return { file, bytes: await readFile((await file.path())!) };
}

/** A table's body as text, row by row (the row header first). */
async function tableRows(page: Page, testId: string): Promise<string[][]> {
	return page
		.getByTestId(testId)
		.locator('tbody tr')
		.evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent!.trim())));
}

test('an officer changes the year of the metrics and downloads CSV, XLSX and the annual report', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const page = await newSignedInPage(browser, demo.officer, undefined, { acceptDownloads: true });
	await expectAccessible(page, `/metrics?year=${thisYear - 1}`);
	await expect(page.getByRole('heading', { name: '办公室指标', level: 1 })).toBeVisible();
	await page.getByLabel('年份').selectOption(String(thisYear));
	await page.getByRole('button', { name: '查看' }).click();
	await expect(page).toHaveURL(new RegExp(`year=${thisYear}`));
	await expect(page.getByRole('heading', { name: `${thisYear} 年转化漏斗` })).toBeVisible();
	await expect(page.getByRole('img', { name: `${thisYear} 年转化漏斗` })).toBeVisible();

	const funnel = await tableRows(page, 'metrics-funnel');
	expect(funnel.map((row) => row[0])).toEqual(['上架成果', '收到意向', '进入洽谈', '已签约']);
	const listed = Number(funnel[0][1].replace(/,/g, ''));
	expect(listed).toBeGreaterThan(0);

	// CSV: UTF-8 with a byte order mark, Chinese headers, the numbers the table shows.
	const csv = await download(page, '下载 CSV', 'metrics-funnel');
	expect(csv.file.suggestedFilename()).toMatch(
		new RegExp(`^办公室指标-${thisYear} 年转化漏斗-\\d{4}-\\d{2}-\\d{2}\\.csv$`)
	);
	expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
	expect(lines[0]).toBe('环节,数量');
	expect(lines.slice(1).map((line) => line.split(','))).toEqual(funnel.map(([step, n]) => [step, n.replace(/,/g, '')]));

	// XLSX of the yearly figures, read back: the same header and this year's row.
	const yearly = await tableRows(page, 'metrics-yearly');
	const xlsx = await download(page, '下载 XLSX', 'metrics-yearly');
	expect(xlsx.file.suggestedFilename()).toMatch(/^办公室指标-年度指标-.+\.xlsx$/);
	const workbook = new ExcelJS.Workbook();
	await workbook.xlsx.load(xlsx.bytes as unknown as ArrayBuffer);
	const sheet = workbook.worksheets[0];
	expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
		'年份',
		'新增披露',
		'许可签约',
		'期权签约',
		'作价入股企业',
		'许可收入（元）',
		'有效许可'
	]);
	const last = sheet.getRow(sheet.rowCount);
	const shown = yearly.at(-1)!;
	expect(last.getCell(1).value).toBe(thisYear);
	expect(shown[0]).toBe(String(thisYear));
	expect(String(last.getCell(2).value)).toBe(shown[1].replace(/,/g, ''));
	expect((last.getCell(6).value as number).toFixed(2)).toBe(shown[5].replace(/[¥,]/g, ''));
	expect(last.getCell(6).value as number).toBeGreaterThan(0);

	// The annual report: an A4 PDF whose Chinese title extracts as text.
	const [report] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('link', { name: `下载 ${thisYear} 年度报告（PDF）` }).click()
	]);
	const text = execFileSync('pdftotext', [(await report.path())!, '-'], { encoding: 'utf8' });
	expect(text).toContain(`缙云大学${thisYear} 年度科技成果转化报告`);
	expect(text).toContain('上架成果');
	const fonts = execFileSync('pdffonts', [(await report.path())!], { encoding: 'utf8' });
	expect(fonts).toMatch(/[A-Z]{6}\+NotoSansSC-Regular/);
	await page.context().close();
});
