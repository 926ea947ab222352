import { expect, test } from '@playwright/test';
import { demo, expectNoHorizontalOverflow, newSignedInPage, open } from './helpers';

// The patent portfolio at 360 px (issue #23): the officer imports a CSV with one bad row (a wrong
// check character), reads the error with its row number, imports the good row, fixes the file and
// imports it again (the good row unchanged, the fixed one new), finds the patents in the portfolio,
// hands one to a researcher as a listing draft; then records a decision on an annual fee due in the watch.
const header = '申请号,发明名称,专利类型,申请(专利权)人,发明(设计)人,申请日,授权公告日,法律状态,IPC分类号';

/** Valid application numbers of this run (a fresh serial, the check character computed). */
function number(serial: number): string {
	const digits = `2017${1}${String(serial).padStart(7, '0')}`;
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
