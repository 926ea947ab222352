import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, open, seriousAxeViolations } from './helpers';

// The patent portfolio at 360 px (issue #23): the officer imports a CSV with one bad row (a wrong
// check character), reads the error with its row number, imports the good row, fixes the file and
// imports it again (the good row unchanged, the fixed one new), finds the patents in the portfolio,
// hands one to a researcher as a listing draft; then records a decision on an annual fee due in the watch.
const header = '申请号,发明名称,专利类型,申请(专利权)人,发明(设计)人,申请日,授权公告日,法律状态,IPC分类号';

/** Valid application numbers of this run (a fresh serial, the check character computed). */
function number(serial: number, year = 2017): string {
	const digits = `${year}${1}${String(serial).padStart(7, '0')}`;
	const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
	const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0) % 11;
	return `${digits}.${sum === 10 ? 'X' : sum}`;
}

test('an officer imports a CSV, fixes the bad row, re-imports, sees the patents, hands one over and decides a fee', async ({
	browser
}) => {
	test.setTimeout(150_000);
	const base = 9_000_000 + Math.floor(Math.random() * 900_000);
	const [good, fixed] = [number(base), number(base + 1)];
	const wrong = fixed.replace(/.$/, (check) => (check === '1' ? '2' : '1'));
	const lines = (second: string) =>
		[
			header,
			`${good},一种用于山地果园的单轨运输机控制方法,发明,缙云大学,周建华；吴婷婷,2017-02-10,2019-06-18,有权,A01D 46/30`,
			`${second},一种柑橘黄龙病早期检测方法,发明,缙云大学,李明远,2017-03-15,,实质审查,G01N 21/65`
		].join('\r\n');
	const officer = await newSignedInPage(browser, demo.officer);

	await open(officer, '/portfolio/import');
	await expectNoHorizontalOverflow(officer);
	await officer
		.getByLabel('导出文件')
		.setInputFiles({ name: '专利导出.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines(wrong)}`) });
	await officer.getByRole('button', { name: '上传并预览' }).click();
	const errors = officer.getByTestId('import-errors');
	await expect(errors).toContainText('第 3 行');
	await expect(errors).toContainText('申请号校验位不正确');
	await expectNoHorizontalOverflow(officer);
	await officer.getByRole('button', { name: '确认导入 1 件专利' }).click();
	await expect(officer.getByTestId('import-done')).toContainText('新增 1 件，更新 0 件，不变 0 件');

	await officer.getByRole('link', { name: '导入另一个文件' }).click();
	await officer
		.getByLabel('导出文件')
		.setInputFiles({ name: '专利导出.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${lines(fixed)}`) });
	await officer.getByRole('button', { name: '上传并预览' }).click();
	await expect(officer.getByTestId('import-errors')).toHaveCount(0);
	await expect(officer.getByTestId('import-preview')).toContainText('不变');
	await officer.getByRole('button', { name: '确认导入 2 件专利' }).click();
	await expect(officer.getByTestId('import-done')).toContainText('新增 1 件，更新 0 件，不变 1 件');

	await open(officer, `/portfolio?q=${good.slice(0, 12)}`);
	await expect(officer.getByTestId('portfolio-patent')).toContainText('一种用于山地果园的单轨运输机控制方法');
	// At 360 px the filter button sits right under the two selects, not 80 px further down.
	const select = (await officer.locator('select[name="status"]').boundingBox())!;
	const apply = (await officer.getByRole('button', { name: '筛选' }).boundingBox())!;
	expect(apply.y - (select.y + select.height)).toBeLessThan(32);
	// The imported patent becomes a listing draft handed to a researcher of the university.
	await officer.getByLabel(`选择 ZL${good}`).check();
	await officer.getByLabel('科研人员').selectOption({ index: 1 });
	await officer.getByRole('button', { name: '创建草稿并交给科研人员' }).click();
	await expect(officer.getByText('草稿已创建，已通知科研人员。')).toBeVisible();
	await open(officer, `/portfolio?q=CN${fixed}`);
	await expect(officer.getByTestId('portfolio-patent')).toContainText('一种柑橘黄龙病早期检测方法');
	await expect(officer.getByTestId('portfolio-patent')).toContainText(`CN${fixed}`);
	await expectNoHorizontalOverflow(officer);

	await open(officer, '/portfolio/watch');
	await expectNoHorizontalOverflow(officer);
	const undecided = officer
		.getByTestId('due-fee')
		.filter({ has: officer.getByRole('button', { name: '记录决定' }) })
		.first();
	const patentNumber = await undecided.locator('.number').textContent();
	await undecided.getByLabel('维持（缴纳年费）').check();
	await undecided.getByLabel('备注').fill('产业化前景好，继续维持');
	await undecided.getByRole('button', { name: '记录决定' }).click();
	const decided = officer.getByTestId('due-fee').filter({ hasText: patentNumber! });
	await expect(decided.getByTestId('fee-decision')).toContainText('维持（缴纳年费）');
	await expect(decided).toContainText('产业化前景好，继续维持');
	// Ten fees a page; "only undecided" leaves the decided one out.
	await expect(officer.getByTestId('due-fee')).toHaveCount(10);
	await officer.getByRole('link', { name: '只看待决定' }).click();
	await expect(officer.getByTestId('watch-counts')).toContainText('待决定');
	await expect(officer.getByTestId('due-fee').first()).toBeVisible();
	await expect(officer.getByTestId('due-fee').filter({ hasText: patentNumber! })).toHaveCount(0);
});

/** A CSV export of 10,000 patents of this run (1.9 MB; 2008, a year the seed leaves out), as an agency sends it: pending, or later granted. */
function largeExport(base: number, granted = false): Buffer {
	const lines = Array.from({ length: 10_000 }, (_, index) => {
		const month = String((index % 12) + 1).padStart(2, '0');
		const grant = granted ? `2021-${month}-20,有权` : ',实质审查';
		return `${number(base + index, 2008)},一种第 ${index} 号锂电池热管理方法,发明,缙云大学,李明远；陈思琪,2008-${month}-10,${grant},H01M 10/613`;
	});
	return Buffer.from(`\uFEFF${[header, ...lines].join('\r\n')}\r\n`);
}

// Issue #23, "progress shown for large files": on a slow phone connection the upload shows the bytes
// sent, then that the rows are being read; confirming 10,000 rows applies them in batches of 1,000
// after the answer while the page shows how many are in (with scripts: polled; without: the page
// refreshes itself), then the counts. The polls are held while axe reads the progress, so the page
// stands still under it; releasing them lets the import's own progress through to the end.
test('an officer imports 10,000 rows, sees the upload and the import progress, then the counts, with and without scripts', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const base = 1_000_000 + Math.floor(Math.random() * 8_000_000);
	const file = { name: '全部专利.csv', mimeType: 'text/csv', buffer: largeExport(base) };
	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/portfolio/import');
	// A phone's uplink: 1.9 MB at 1 MB/s takes two seconds.
	const devtools = await officer.context().newCDPSession(officer);
	await devtools.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 40,
		downloadThroughput: 4_000_000,
		uploadThroughput: 1_000_000
	});
	// A refusal comes back through the same request, shown as the plain form shows it.
	await officer
		.getByLabel('导出文件')
		.setInputFiles({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0, 1, 2, 3]) });
	await officer.getByRole('button', { name: '上传并预览' }).click();
	await expect(officer.getByRole('alert')).toContainText('无法读取该文件：请上传 CSV 或 XLSX。');
	await officer.getByLabel('导出文件').setInputFiles(file);
	await officer.getByRole('button', { name: '上传并预览' }).click();
	const status = officer.getByTestId('upload-status');
	await expect(status).toContainText(/正在上传：已上传 \d+%/);
	await expect(officer.getByRole('progressbar', { name: '上传进度' })).toBeVisible();
	await expect(status).toContainText('文件已上传，正在读取各行…');
	await expect(officer.getByTestId('import-preview')).toContainText('10,000');
	await devtools.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: 0,
		downloadThroughput: -1,
		uploadThroughput: -1
	});

	let release = () => {};
	const held = new Promise<void>((resolve) => (release = resolve));
	await officer.route('**/portfolio/import/progress?**', async (route) => {
		await held;
		await route.continue();
	});
	await officer.getByRole('button', { name: '确认导入 10,000 件专利' }).click();
	const progress = officer.getByTestId('import-progress');
	await expect(progress.getByRole('status')).toHaveText(/已导入 [\d,]+ \/ 10,000 行/);
	const bar = officer.getByRole('progressbar', { name: '导入进度' });
	await expect(bar).toHaveAttribute('max', '10000');
	expect(Number(await bar.getAttribute('value'))).toBeLessThan(10_000);
	expect(await seriousAxeViolations(officer)).toEqual([]);
	await expectNoHorizontalOverflow(officer);
	// With scripts the page polls; the refresh is for browsers without them only.
	await expect(officer.locator('meta[http-equiv="refresh"]')).toHaveCount(0);
	release();
	await expect(officer.getByTestId('import-done')).toContainText('新增 10,000 件，更新 0 件，不变 0 件', {
		timeout: 60_000
	});
	expect(await seriousAxeViolations(officer)).toEqual([]);
	await officer.context().close();

	// The same patents granted since, without scripts: a plain post, a status page that refreshes
	// itself, the counts.
	const plain = await newSignedInPage(browser, demo.officer, undefined, { javaScriptEnabled: false });
	await plain.goto('/portfolio/import');
	await plain.getByLabel('导出文件').setInputFiles({ ...file, buffer: largeExport(base, true) });
	await plain.getByRole('button', { name: '上传并预览' }).click();
	await plain.getByRole('button', { name: '确认导入 10,000 件专利' }).click();
	await expect(plain.getByRole('progressbar', { name: '导入进度' })).toBeVisible();
	// (Playwright's text assertions skip <noscript>: its text is read from the page.)
	const noscript = plain.getByTestId('import-progress').locator('noscript');
	expect(await noscript.evaluate((element) => element.textContent)).toContain('此页每 2 秒刷新一次，直到导入完成。');
	await expect(plain.locator('head meta[http-equiv="refresh"]')).toHaveAttribute('content', '2');
	await expectNoHorizontalOverflow(plain);
	await expect(plain.getByTestId('import-done')).toContainText('新增 0 件，更新 10,000 件，不变 0 件', {
		timeout: 60_000
	});
	await plain.context().close();
});
