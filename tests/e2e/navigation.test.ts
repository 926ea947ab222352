import { expect, test, type Page } from '@playwright/test';
import {
	demo,
	expectAccessible,
	expectNoHorizontalOverflow,
	newSignedInPage,
	open,
	seriousAxeViolations,
	switchLanguage
} from './helpers';

// The public patent navigation map at 360 px (issue #23): a visitor walks it from an industry down
// the IPC hierarchy to a listing, with the tables beside the charts; an officer imports a patent of
// a section the demo portfolio lacks and the next anonymous visitor (the page is cached) sees it.
const header = '申请号,发明名称,专利类型,申请(专利权)人,发明(设计)人,申请日,授权公告日,法律状态,IPC分类号';

function number(serial: number): string {
	const digits = `2019${1}${String(serial).padStart(7, '0')}`;
	const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5];
	const sum = [...digits].reduce((total, digit, index) => total + Number(digit) * weights[index], 0) % 11;
	return `${digits}.${sum === 10 ? 'X' : sum}`;
}

/** The "available" count of an IPC node in the map's table, 0 when the node is not there. */
async function availableIn(page: Page, node: string): Promise<number> {
	const row = page
		.getByTestId('navigation-ipc')
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader', { name: node }) });
	if ((await row.count()) === 0) return 0;
	return Number((await row.getByRole('cell').first().textContent())!.replace(/\D/g, ''));
}

test('a visitor walks the map from an industry down the IPC classes to a listing', async ({ page }) => {
	test.setTimeout(90_000);
	await expectAccessible(page, '/navigation');
	await expectNoHorizontalOverflow(page);
	await expect(page.getByRole('heading', { level: 1, name: '专利导航' })).toBeVisible();
	await expect(page.getByTestId('navigation-industry').getByRole('rowheader', { name: '能源与环保' })).toBeVisible();

	await page.getByRole('navigation', { name: '按行业筛选' }).getByRole('link', { name: '能源与环保' }).click();
	await expect(page).toHaveURL(/industry=energy_environment/);
	await expect(page.getByRole('link', { name: '查看能源与环保的全部成果' })).toHaveAttribute(
		'href',
		'/listings?industry=energy_environment'
	);
	// The companies' needs of that industry only.
	await page.getByRole('link', { name: '查看企业需求' }).click();
	await expect(page).toHaveURL(/\/needs\?industry=energy_environment$/);
	await expect(page.getByText('能源与环保领域的公开需求。')).toBeVisible();
	await page.goBack();
	await page.getByTestId('navigation-ipc').getByRole('link', { name: 'H 电学' }).click();
	await expect(page.getByRole('navigation', { name: 'IPC 分类位置' })).toContainText('H 电学');
	await page.getByTestId('navigation-ipc').getByRole('link', { name: 'H01', exact: true }).click();
	await page.getByTestId('navigation-ipc').getByRole('link', { name: 'H01M', exact: true }).click();
	await expect(page).toHaveURL(/ipc=H01M/);
	expect(await seriousAxeViolations(page)).toEqual([]);
	await expectNoHorizontalOverflow(page);

	const listings = page.getByTestId('navigation-listings');
	await expect(listings.getByRole('link').first()).toBeVisible();
	const title = (await listings.getByRole('link').first().textContent())!;
	await listings.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
});

test('the map reads in English too', async ({ page }) => {
	await open(page, '/');
	await switchLanguage(page, 'en');
	await expectAccessible(page, '/navigation?ipc=H');
	await expect(page.getByRole('heading', { level: 1, name: 'Patent navigation' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Breakdown of H Electricity' })).toBeVisible();
});

test('a patent an officer imports appears on the next anonymous visit', async ({ browser, page }) => {
	test.setTimeout(90_000);
	await open(page, '/navigation?ipc=D06');
	const before = await availableIn(page, 'D06M');

	const officer = await newSignedInPage(browser, demo.officer);
	await open(officer, '/portfolio/import');
	const patent = number(8_000_000 + Math.floor(Math.random() * 900_000));
	const file = [
		header,
		`${patent},一种石墨烯改性抗菌纺织面料的整理方法,发明,缙云大学,陈思远,2019-04-02,2021-08-10,有权,D06M 15/00`
	];
	await officer.getByLabel('导出文件').setInputFiles({
		name: '纺织专利.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(`\uFEFF${file.join('\r\n')}\r\n`)
	});
	await officer.getByRole('button', { name: '上传并预览' }).click();
	await officer.getByRole('button', { name: '确认导入 1 件专利' }).click();
	await expect(officer.getByTestId('import-done')).toContainText('新增 1 件');

	await open(page, '/navigation?ipc=D06');
	expect(await availableIn(page, 'D06M')).toBe(before + 1);
	// The import holds no listing: the portfolio's titles never reach the public page.
	await expect(page.locator('body')).not.toContainText('一种石墨烯改性抗菌纺织面料的整理方法');
});
