import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumberVi } from '../../src/domain/text/format.js';
import { body } from '../support/api.js';
import { apiClientOf, browserAvailable, launchBrowser, signInThroughPage } from '../support/browser.js';
import { DEMO_PLAN_NAME, DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
/**
 * 300 dossiers of September 2025 for the demo's units, as a provincial system's Excel export: Vietnamese
 * column names ("Mã hồ sơ", "Ngày tiếp nhận", …), dates as date cells (LibreOffice made it from the CSV
 * beside it), three rows that cannot be read.
 */
const EXPORT = join(import.meta.dirname, '../fixtures/dossiers/ho-so-thang-9.xlsx');
const SOURCE = 'Hệ thống một cửa tỉnh Quảng Trị';
const MAPPING: Record<string, string> = {
  'Mã hồ sơ': 'Mã hồ sơ',
  'Mã thủ tục hành chính': 'Mã thủ tục',
  'Lĩnh vực': 'Lĩnh vực',
  'Kênh nộp (1 trực tiếp, 2 trực tuyến, 3 bưu chính)': 'Kênh nộp',
  'Ngày nộp hồ sơ': 'Ngày nộp',
  'Ngày tiếp nhận': 'Ngày tiếp nhận',
  'Ngày hẹn trả kết quả': 'Ngày hẹn trả',
  'Ngày kết thúc xử lý': 'Ngày kết thúc xử lý',
  'Ngày trả kết quả': 'Ngày trả kết quả',
  'Ngày từ chối': 'Ngày từ chối',
  'Trạng thái hồ sơ (1–10)': 'Trạng thái',
  'Đơn vị xử lý': 'Đơn vị xử lý',
  'Hồ sơ có thành phần số hóa': 'Số hóa',
  'Thanh toán trực tuyến': 'Thanh toán trực tuyến',
  'Có phí, lệ phí': 'Có lệ phí',
  'Đã có văn bản xin lỗi (hồ sơ trễ hạn)': 'Đã xin lỗi',
};

describe.skipIf(!run)('in the browser: the coordinator imports a dossier export with a column mapping', () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // A tablet held upright: the page must work at 768 px.
    page = await browser.newPage({ viewport: { width: 768, height: 1024 }, locale: 'vi-VN' });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  /** A headline figure (FigureGrid) of the list named `list`, by its label. */
  const sourceInput = () => page.locator('input').and(page.getByLabel(/^Hệ thống nguồn/));
  const figureText = async (list: string, label: string) =>
    (
      await page
        .getByLabel(list)
        .locator('div', { has: page.getByText(label, { exact: true }) })
        .locator('dd')
        .first()
        .textContent()
    )?.trim();

  it('uploads the export: nothing can be read until its columns are mapped', async () => {
    await signInThroughPage(page, server.url, 'snv.cchc');
    await page.goto(`${server.url}/ho-so-tthc`);
    await page.getByRole('heading', { name: 'Nhập hồ sơ TTHC', level: 1 }).waitFor();
    await sourceInput().fill(SOURCE);
    await page.getByRole('button', { name: /^Tệp hồ sơ/ }).setInputFiles(EXPORT);
    await page.getByRole('button', { name: 'Tải lên và đọc thử' }).click();
    await page.getByRole('heading', { name: 'Kết quả đọc thử: ho-so-thang-9.xlsx' }).waitFor();
    expect(new URL(page.url()).searchParams.get('importId')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await figureText('Kết quả đọc tệp', 'Dòng đã đọc')).toBe('300');
    expect(await figureText('Kết quả đọc tệp', 'Dòng hợp lệ')).toBe('0');
    await page.getByRole('alert').filter({ hasText: 'Tệp chưa có trường bắt buộc: Mã hồ sơ, Kênh nộp' }).waitFor();
  });

  it('maps each field to one of the file’s own columns, saves, and the same file is read again', async () => {
    const mapping = page.getByRole('region', { name: 'Ghép cột của tệp với trường dữ liệu' });
    for (const [field, column] of Object.entries(MAPPING))
      await mapping.getByRole('combobox', { name: field, exact: true }).selectOption({ label: column });
    await page.screenshot({ path: 'test-results/dossier-import-mapping.png', fullPage: true });
    await mapping.getByRole('button', { name: 'Lưu cách đọc cột và đọc lại tệp' }).click();
    await page.getByText('Đã lưu cách đọc cột; đọc lại tệp được 297 dòng hợp lệ.').waitFor();
    await expect.poll(() => figureText('Kết quả đọc tệp', 'Dòng hợp lệ')).toBe('297');
    expect(await figureText('Kết quả đọc tệp', 'Dòng bị từ chối')).toBe('3');
    expect(await figureText('Kết quả đọc tệp', 'Cột không đọc')).toBe('0');
    // The refused rows, each with its row number and reason.
    const problems = page.getByRole('table', { name: 'Các dòng bị từ chối' });
    await problems
      .getByRole('row', { name: /^58 Đơn vị xử lý \(DonViXuLy\) không tìm thấy đơn vị "Ban Quản lý chợ Đông Hà"/ })
      .waitFor();
    await problems
      .getByRole('row', { name: /^142 Ngày tiếp nhận \(NgayTiepNhan\) ngày "31\/09\/2025 08:00:00" không đọc được/ })
      .waitFor();
    await problems.getByRole('row', { name: /^234 Mã hồ sơ \(MaHoSo\) thiếu mã hồ sơ/ }).waitFor();
    await page
      .getByRole('list', { name: 'Đơn vị xử lý không có trong danh mục' })
      .getByText('Ban Quản lý chợ Đông Hà')
      .waitFor();
    await page.screenshot({ path: 'test-results/dossier-import-preview.png', fullPage: true });
  });

  it('writes the valid rows once the coordinator accepts leaving the refused ones out, showing progress, then the result', async () => {
    await page.getByRole('button', { name: 'Ghi 297 hồ sơ' }).click();
    const dialog = page.getByRole('dialog', { name: 'Chỉ ghi các dòng hợp lệ?' });
    await dialog.getByText('3 dòng bị từ chối sẽ bị bỏ qua').waitFor();
    await dialog.getByRole('button', { name: 'Ghi 297 dòng hợp lệ' }).click();
    // Progress while the job runs (it may be quick: the result may already be there).
    await page
      .getByRole('status', { name: 'Đang ghi hồ sơ' })
      .or(page.getByRole('heading', { name: 'Đã ghi hồ sơ' }))
      .first()
      .waitFor();
    await page.getByRole('heading', { name: 'Đã ghi hồ sơ' }).waitFor({ timeout: 60_000 });
    expect(await figureText('Kết quả ghi hồ sơ', 'Hồ sơ mới')).toBe('297');
    expect(await figureText('Kết quả ghi hồ sơ', 'Hồ sơ cập nhật')).toBe('0');
    expect(await figureText('Kết quả ghi hồ sơ', 'Dòng bỏ qua')).toBe('3');
    expect(await figureText('Kết quả ghi hồ sơ', 'Đơn vị không khớp')).toBe('1');
    await page.getByRole('link', { name: 'Xem chỉ tiêu tự cập nhật ở trang Báo cáo' }).waitFor();
    // The history lists it: file, source, who, when.
    const history = page.getByRole('table', { name: 'Các lần nhập' });
    const row = history.getByRole('row').filter({ hasText: 'ho-so-thang-9.xlsx' });
    await row.getByText('Đã ghi').waitFor();
    expect(await row.textContent()).toContain(SOURCE);
    expect(await row.textContent()).toContain('Nguyễn Thị Hoa');
    expect(await row.textContent()).toMatch(/\d{2}\/\d{2}\/\d{4}/);
    expect(await row.textContent()).toContain('297 hợp lệ, 3 lỗi');
    await page.screenshot({ path: 'test-results/dossier-import-result.png', fullPage: true });
  });

  it('reads the next file of the same source with its saved mapping, and a re-import adds nothing', async () => {
    await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    await expect.poll(() => sourceInput().inputValue()).toBe(SOURCE);
    await page.getByRole('button', { name: /^Tệp hồ sơ/ }).setInputFiles(EXPORT);
    await page.getByRole('button', { name: 'Tải lên và đọc thử' }).click();
    await page.getByRole('heading', { name: 'Kết quả đọc thử: ho-so-thang-9.xlsx' }).waitFor();
    expect(await figureText('Kết quả đọc tệp', 'Dòng hợp lệ')).toBe('297');
    expect(await page.getByRole('region', { name: 'Ghép cột của tệp với trường dữ liệu' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Ghi 297 hồ sơ' }).click();
    await page
      .getByRole('dialog', { name: 'Chỉ ghi các dòng hợp lệ?' })
      .getByRole('button', { name: 'Ghi 297 dòng hợp lệ' })
      .click();
    await page.getByRole('heading', { name: 'Đã ghi hồ sơ' }).waitFor({ timeout: 60_000 });
    expect(await figureText('Kết quả ghi hồ sơ', 'Hồ sơ mới')).toBe('0');
    expect(await figureText('Kết quả ghi hồ sơ', 'Hồ sơ không đổi')).toBe('297');
  });

  /**
   * The same export moved to September of the demo's year, every dossier filed online: a target the demo
   * measures by `dossiers.online_rate` must move on the reports page with nobody typing it.
   */
  function thisYearsExport(): string {
    const year = String(DEMO_YEAR);
    const lines = readFileSync(EXPORT.replace(/\.xlsx$/, '.csv'), 'utf8')
      .trimEnd()
      .split('\n');
    const moved = lines.map((line, index) => {
      if (index === 0) return line;
      const cells = line
        .replaceAll('/2025 ', `/${year} `)
        .replace('H44-25', `H44-${year.slice(2)}`)
        .split(';');
      cells[3] = '2'; // Kênh nộp: trực tuyến
      return cells.join(';');
    });
    const file = join(mkdtempSync(join(tmpdir(), 'cchc-dossiers-')), `ho-so-thang-9-${year}.csv`);
    writeFileSync(file, moved.join('\n') + '\n');
    return file;
  }

  it('a file of this year moves the target measured by the dossiers filed online on the reports page', async () => {
    const api = await apiClientOf(page, server.url);
    const planId = (await body(await api.get('/api/plans'))).find(
      (p: { name: string }) => p.name === DEMO_PLAN_NAME,
    ).id;
    const periods: { id: string; code: string }[] = await body(await api.get(`/api/plans/${planId}/periods`));
    // The year's report: its figures are the year to date, September included.
    const period = periods.find((p) => p.code === 'Y')!;
    interface Target {
      id: string;
      subject: string;
      figure: { key: string | null; status: string | null };
      province: { value: number | null };
    }
    const target = async (id?: string): Promise<Target> => {
      const listed: Target[] = await body(await api.get(`/api/plans/${planId}/indicators?periodId=${period.id}`));
      return listed.find((t) =>
        id ? t.id === id : t.figure.key === 'dossiers.online_rate' && t.figure.status === 'confirmed',
      )!;
    };
    const before = await target();
    expect(before).toBeDefined();

    await page.getByRole('button', { name: 'Nhập tệp khác' }).click();
    await page.getByRole('button', { name: /^Tệp hồ sơ/ }).setInputFiles(thisYearsExport());
    await page.getByRole('button', { name: 'Tải lên và đọc thử' }).click();
    await page.getByRole('heading', { name: /^Kết quả đọc thử: ho-so-thang-9-\d{4}\.csv$/ }).waitFor();
    // Read with the mapping saved for the source's Excel export: the same columns, nothing mapped twice.
    expect(await figureText('Kết quả đọc tệp', 'Dòng hợp lệ')).toBe('297');
    await page.getByRole('button', { name: 'Ghi 297 hồ sơ' }).click();
    await page
      .getByRole('dialog', { name: 'Chỉ ghi các dòng hợp lệ?' })
      .getByRole('button', { name: 'Ghi 297 dòng hợp lệ' })
      .click();
    await page.getByRole('heading', { name: 'Đã ghi hồ sơ' }).waitFor({ timeout: 60_000 });
    expect(await figureText('Kết quả ghi hồ sơ', 'Hồ sơ mới')).toBe('297');

    const after = await target(before.id);
    expect(after.province.value).not.toBeNull();
    expect(after.province.value!).toBeGreaterThan(before.province.value ?? 0);
    await page.goto(`${server.url}/bao-cao?planId=${planId}&periodId=${period.id}`);
    const line = page
      .getByRole('table', { name: 'Tình trạng các chỉ tiêu' })
      .getByRole('row')
      .filter({ hasText: after.subject });
    await line
      .getByText(`${formatNumberVi(after.province.value!, 2)}%`, { exact: true })
      .first()
      .waitFor();
    await page.screenshot({ path: 'test-results/dossier-import-target.png', fullPage: true });
  });
});
