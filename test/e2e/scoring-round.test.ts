import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from '../support/browser.js';
import { DEMO_YEAR } from '../support/demo.js';
import { startServer, type RunningServer } from '../support/server.js';

const run = browserAvailable();
const ROUND_NAME = 'Chỉ số CCHC các sở năm 2025 (đợt kiểm thử)';
const SET_NAME = 'Chỉ số cải cách hành chính các sở, ban, ngành năm 2025';
/** The survey (điều tra xã hội học) criteria of the department set. */
const SURVEY_CODES = ['1.7', '2.4', '3.6', '4.5', '5.5', '6.4', '7.5', '8.1', '8.2'];

/**
 * Fills, through the API with the page's own session and CSRF token, every self-assessed leaf a unit
 * must answer, with the best result it can claim, except the leaves named in `skip` (filled in the UI).
 */
async function fillSelfAssessment(page: Page, roundId: string, unitId: string, skip: string[]): Promise<number> {
  return page.evaluate(
    async ({ roundId, unitId, skip }) => {
      type Node = {
        code: string;
        kind?: string;
        source?: string;
        method?: { type: string; measure?: string; inputs?: { name: string }[] };
        children?: Node[];
      };
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const round = (await (await fetch(`/api/scoring/rounds/${roundId}`)).json()) as { criteriaSet: { id: string } };
      const set = (await (await fetch(`/api/scoring/criteria-sets/${round.criteriaSet.id}`)).json()) as {
        content: { nodes: Node[] };
      };
      const required = (nodes: Node[], under = false): Node[] =>
        nodes.flatMap((n) => {
          const bonus = under || (n.kind !== undefined && n.kind !== 'criterion');
          if (n.method) return bonus || n.source === 'survey' ? [] : [n];
          return required(n.children ?? [], bonus);
        });
      const best = (n: Node) =>
        n.method!.type === 'yes_no'
          ? { value: true }
          : n.method!.type === 'formula'
            ? { inputs: Object.fromEntries(n.method!.inputs!.map((i) => [i.name, 100])) }
            : n.method!.type === 'manual'
              ? { value: 0.5 }
              : { value: n.method!.type === 'tiers' && n.method!.measure !== 'percent' ? 5 : 100 };
      let saved = 0;
      for (const leaf of required(set.content.nodes).filter((l) => !skip.includes(l.code))) {
        const response = await fetch(`/api/scoring/rounds/${roundId}/units/${unitId}/entries/${leaf.code}/self`, {
          method: 'PUT',
          headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
          body: JSON.stringify({ version: 0, entry: best(leaf), note: `Đã thực hiện mục ${leaf.code}` }),
        });
        if (!response.ok) throw new Error(`${leaf.code}: ${response.status} ${await response.text()}`);
        saved++;
      }
      return saved;
    },
    { roundId, unitId, skip },
  );
}

// Each case fills or appraises whole sheets in the page: on a shared, loaded machine one takes about a minute.
describe.skipIf(!run)(
  'in the browser: a departments’ assessment round from opening to published ranking',
  { timeout: 180_000 },
  () => {
    let server: RunningServer;
    let browser: Browser;
    let page: Page;
    let scratch: string;
    let roundUrl = '';
    let unitIds: Record<'stp' | 'snv', string>;

    beforeAll(async () => {
      scratch = await mkdtemp(join(tmpdir(), 'cchc-scoring-e2e-'));
      server = await startServer();
      browser = await launchBrowser();
      page = await browser.newPage({ viewport: { width: 1440, height: 1000 }, locale: 'vi-VN', acceptDownloads: true });
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (scratch) await rm(scratch, { recursive: true, force: true });
    });

    const signInAs = async (username: string) => {
      if (await page.getByRole('button', { name: /Đăng xuất/ }).count()) {
        await page.getByRole('button', { name: /Đăng xuất/ }).click();
        await page.getByRole('heading', { name: 'Đăng nhập' }).waitFor();
      }
      await page.getByLabel('Tên đăng nhập').fill(username);
      await page.getByLabel('Mật khẩu').fill('Demo@cchc2025');
      await page.getByRole('button', { name: 'Đăng nhập' }).click();
      await page.getByRole('link', { name: 'Chấm điểm', exact: true }).waitFor();
    };
    const openRound = async () => {
      await page.goto(roundUrl);
      await page.getByRole('heading', { name: ROUND_NAME, level: 1 }).waitFor();
    };
    const openSheet = async (unit: string) => {
      await openRound();
      // The round's link to the sheet, followed by its address: under CI load a click on the link while the round's
      // figures were still rendering was once lost (the sheet's heading never came within a minute).
      const href = await page.getByRole('link', { name: `Phiếu chấm điểm của ${unit}` }).getAttribute('href');
      await page.goto(new URL(href!, server.url).href);
      await page.getByRole('heading', { name: `Phiếu chấm điểm: ${unit}`, level: 1 }).waitFor();
    };
    const leaf = (code: string) => page.getByRole('article', { name: `Tiêu chí ${code}`, exact: true });
    /** Clicks an action that asks first, and confirms in the dialog that says what will happen. */
    const confirmed = async (button: string | RegExp, title: string | RegExp) => {
      await page.getByRole('button', { name: button }).click();
      const dialog = page.getByRole('dialog', { name: title });
      await dialog.getByRole('button', { name: button }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    const advance = async (button: string, stage: string) => {
      await confirmed(button, `${button}?`);
      await page.locator('.mantine-Badge-root', { hasText: stage }).first().waitFor();
    };

    it('lets the coordinator open a round of three departments, assign the council and open the self-assessment', async () => {
      await page.goto(server.url);
      await signInAs('snv.cchc');
      await page.getByRole('link', { name: 'Chấm điểm', exact: true }).click();
      await page.getByRole('heading', { name: 'Chấm điểm Chỉ số CCHC', level: 1 }).waitFor();
      // The demo's two rounds, of the year of the demo plan (this year), are listed, open for self-assessment.
      await page
        .getByRole('table', { name: 'Các đợt đánh giá' })
        .getByRole('link', { name: `Chỉ số CCHC các sở, ban, ngành năm ${DEMO_YEAR}` })
        .waitFor();

      await page.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
      const dialog = page.getByRole('dialog', { name: 'Mở đợt đánh giá mới' });
      await dialog.getByRole('combobox', { name: 'Bộ tiêu chí' }).click();
      await page.getByRole('option', { name: new RegExp(`^${SET_NAME}`) }).click();
      await dialog.getByLabel('Tên đợt đánh giá').fill(ROUND_NAME);
      await dialog.getByRole('checkbox', { name: 'Sở Tư pháp', exact: true }).check();
      await dialog.getByRole('checkbox', { name: 'Sở Nội vụ', exact: true }).check();
      // The Sở Tài chính never submits: the council scores what it left empty.
      await dialog.getByRole('checkbox', { name: 'Sở Tài chính', exact: true }).check();
      await dialog.getByRole('button', { name: 'Mở đợt (dự thảo)' }).click();
      await page.getByRole('heading', { name: ROUND_NAME, level: 1 }).waitFor();
      roundUrl = page.url();

      await page.getByRole('button', { name: 'Phân công Hội đồng' }).click();
      const council = page.getByRole('dialog', { name: 'Phân công Hội đồng' });
      await council.getByRole('combobox', { name: 'Thành viên' }).click();
      await page.getByRole('option', { name: /thamdinh/ }).click();
      await council.getByRole('button', { name: 'Giao mọi lĩnh vực cho thành viên đầu tiên' }).click();
      await council.getByRole('button', { name: 'Lưu' }).click();
      await page
        .getByRole('table', { name: 'Hội đồng thẩm định' })
        .getByText('Lê Thị Thu (Hội đồng thẩm định)')
        .waitFor();
      await advance('Mở tự đánh giá', 'Tự đánh giá');

      const rows = await page
        .getByRole('table', { name: 'Đơn vị được đánh giá' })
        .getByRole('link')
        .evaluateAll((links) => links.map((a) => [a.textContent, a.getAttribute('href')?.split('/').pop()]));
      unitIds = {
        stp: rows.find(([name]) => name === 'Sở Tư pháp')![1]!,
        snv: rows.find(([name]) => name === 'Sở Nội vụ')![1]!,
      };

      // The Sở Nội vụ (the coordinator's own unit) answers everything and submits.
      const roundId = roundUrl.split('/').pop()!;
      expect(await fillSelfAssessment(page, roundId, unitIds.snv, [])).toBeGreaterThan(50);
      await openSheet('Sở Nội vụ');
      await confirmed('Gửi kết quả tự đánh giá', 'Gửi kết quả tự đánh giá?');
      await page.getByText('Đã gửi kết quả tự đánh giá. Đơn vị không sửa được nữa.').waitFor();

      // Survey points for both departments, from a spreadsheet uploaded on the round page.
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('Điều tra');
      sheet.addRow(['Mã đơn vị', 'Mã tiêu chí', 'Điểm']);
      for (const code of SURVEY_CODES) for (const unit of ['QT.STP', 'QT.SNV']) sheet.addRow([unit, code, '1,5']);
      const surveyFile = join(scratch, 'dieu-tra.xlsx');
      await writeFile(surveyFile, Buffer.from(await book.xlsx.writeBuffer()));
      await openRound();
      await page.getByLabel('Tệp điểm điều tra').setInputFiles(surveyFile);
      await page.getByText('Đã lưu 18 điểm (0 không đổi).').waitFor();
    });

    it('lets the Sở Tư pháp self-score, with a note and an evidence file given in the page, and submit', async () => {
      await signInAs('stp.baocao');
      const roundId = roundUrl.split('/').pop()!;
      await fillSelfAssessment(page, roundId, unitIds.stp, ['1.1.1', '1.4.2']);
      await openSheet('Sở Tư pháp');

      // Submitting asks first and lists what is unanswered; confirmed with two criteria unanswered, it is refused and says why.
      await page.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
      const asked = page.getByRole('dialog', { name: 'Gửi kết quả tự đánh giá?' });
      await asked
        .getByRole('list', { name: 'Chưa tự chấm (2 tiêu chí):' })
        .getByText(/^1\.4\.2\. /)
        .waitFor();
      await asked.getByRole('button', { name: 'Gửi kết quả tự đánh giá' }).click();
      await page.getByRole('alert').filter({ hasText: 'Còn 2 tiêu chí chưa tự chấm: 1.1.1, 1.4.2.' }).waitFor();

      const first = leaf('1.1.1');
      await first.getByRole('radio', { name: 'Đạt', exact: true }).check();
      await first.getByText('Điểm: 0,5').waitFor();
      await first.getByLabel('Ghi chú mục 1.1.1').fill('Kế hoạch số 12/KH-STP ngày 15/01/2025');
      // Save as you go: moving on to the next criterion saves this one, and says so.
      const second = leaf('1.4.2');
      await second.getByLabel('Tự chấm mục 1.4.2').fill('100');
      await first.getByText('Đã lưu', { exact: true }).waitFor();
      await second.getByText('Điểm: 1').waitFor();
      // "Lưu tất cả" saves what is left in one request.
      await page.getByRole('button', { name: 'Lưu tất cả (1)' }).click();
      await page.getByText('Đã lưu 1 tiêu chí.').waitFor();
      await second.getByText('Chưa lưu').waitFor({ state: 'detached' });
      expect(await first.getByLabel('Ghi chú mục 1.1.1').inputValue()).toBe('Kế hoạch số 12/KH-STP ngày 15/01/2025');
      const evidence = join(scratch, 'ke-hoach-cchc-2025.pdf');
      await writeFile(
        evidence,
        '%PDF-1.4\n% Kế hoạch CCHC năm 2025 của Sở Tư pháp\ntrailer<<>>\nstartxref\n0\n%%EOF\n',
      );
      await first.getByLabel('Tải lên tệp kiểm chứng mục 1.1.1').setInputFiles(evidence);
      await first.getByRole('link', { name: 'ke-hoach-cchc-2025.pdf' }).waitFor();
      // A wrong file is withdrawn with a reason (the same dialog as a task's evidence) and stays apart, as history.
      const wrong = join(scratch, 'tai-nham.pdf');
      await writeFile(wrong, '%PDF-1.4\n% Tệp tải nhầm\ntrailer<<>>\nstartxref\n0\n%%EOF\n');
      await first.getByLabel('Tải lên tệp kiểm chứng mục 1.1.1').setInputFiles(wrong);
      await first.getByRole('button', { name: 'Rút tệp “tai-nham.pdf”' }).click();
      const withdrawing = page.getByRole('dialog', { name: 'Rút tệp “tai-nham.pdf”' });
      await withdrawing.getByLabel('Lý do').fill('Tải nhầm tệp của mục khác.');
      await withdrawing.getByRole('button', { name: 'Rút tệp' }).click();
      await first
        .getByRole('list', { name: 'Tệp đã rút' })
        .getByText(/tai-nham\.pdf: rút lúc .* Lý do: Tải nhầm tệp của mục khác\./)
        .waitFor();
      expect(await first.getByRole('link', { name: 'tai-nham.pdf' }).count()).toBe(0);

      await confirmed('Gửi kết quả tự đánh giá', 'Gửi kết quả tự đánh giá?');
      await page.getByText('Đã gửi kết quả tự đánh giá. Đơn vị không sửa được nữa.').waitFor();
      await page.getByText('Đã gửi tự đánh giá', { exact: true }).waitFor();
      await leaf('1.1.1').scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/scoring-unit-sheet.png' });
    });

    it('lets the appraiser deduct one criterion with a reason, accept the rest, and score 0 what a unit left empty', async () => {
      await signInAs('snv.cchc');
      await openRound();
      // One click no longer moves the round: the dialog says who has not submitted, and Cancel changes nothing.
      const roundId = roundUrl.split('/').pop()!;
      const stage = () =>
        page.evaluate(
          async (id) => ((await (await fetch(`/api/scoring/rounds/${id}`)).json()) as { status: string }).status,
          roundId,
        );
      await page.getByRole('button', { name: 'Chuyển sang thẩm định' }).click();
      const asked = page.getByRole('dialog', { name: 'Chuyển sang thẩm định?' });
      await asked.getByText('Đã gửi kết quả tự đánh giá: 2/3 đơn vị.').waitFor();
      expect(
        await asked
          .getByRole('list', { name: /^Chưa gửi \(1 đơn vị\)/ })
          .getByRole('listitem')
          .allTextContents(),
      ).toEqual(['Sở Tài chính']);
      await asked.getByText('Không thể quay lại giai đoạn trước.').waitFor();
      await asked.getByRole('button', { name: 'Hủy' }).click();
      await asked.waitFor({ state: 'detached' });
      expect(await stage()).toBe('self_assessment');
      await advance('Chuyển sang thẩm định', 'Thẩm định');
      expect(await stage()).toBe('appraisal');

      await signInAs('thamdinh');
      await openSheet('Sở Tư pháp');
      const deducted = leaf('1.4.2');
      await deducted.getByRole('button', { name: 'Điều chỉnh mục 1.4.2' }).click();
      await deducted.getByLabel('Giá trị thẩm định mục 1.4.2').fill('50');
      await deducted
        .getByLabel('Lý do điều chỉnh mục 1.4.2')
        .fill('Tài liệu kiểm chứng chỉ chứng minh 50% kế hoạch tuyên truyền đã thực hiện.');
      await deducted.getByRole('button', { name: 'Lưu điều chỉnh mục 1.4.2' }).click();
      await deducted.getByText('bị trừ 0,5').waitFor();
      await confirmed('Chấp nhận các tiêu chí còn lại', 'Chấp nhận các tiêu chí còn lại?');
      await page.getByText(/Đã chấp nhận \d+ tiêu chí theo kết quả tự chấm; còn 0 tiêu chí/).waitFor();

      await openSheet('Sở Nội vụ');
      await confirmed('Chấp nhận các tiêu chí còn lại', 'Chấp nhận các tiêu chí còn lại?');
      await page.getByText(/còn 0 tiêu chí/).waitFor();

      await openSheet('Sở Tài chính');
      await confirmed(/^Chấm 0 điểm \d+ tiêu chí đơn vị bỏ trống$/, 'Chấm 0 điểm các tiêu chí đơn vị bỏ trống?');
      await page
        .getByText(/^Đã chấm 0 điểm \d+ tiêu chí đơn vị bỏ trống\. Cần điều chỉnh từng mục: —\.$/)
        .waitFor({ timeout: 45_000 });
      await leaf('1.6')
        .getByText(/lý do: Đơn vị không tự chấm/)
        .waitFor();
    });

    it('lets the Sở Tư pháp explain the deduction in the page', async () => {
      await signInAs('snv.cchc');
      await openRound();
      await advance('Mở vòng giải trình', 'Giải trình');

      await signInAs('stp.baocao');
      await openSheet('Sở Tư pháp');
      const deducted = leaf('1.4.2');
      await deducted.getByText(/Thẩm định: 50 % → 0,5 điểm/).waitFor();
      await deducted
        .getByRole('textbox', { name: 'Giải trình mục 1.4.2' })
        .fill('Sở đã thực hiện 8/10 nội dung tuyên truyền; bổ sung báo cáo kết quả tuyên truyền.');
      await deducted.getByLabel('Tên tài liệu dẫn chiếu mục 1.4.2').fill('Báo cáo kết quả tuyên truyền CCHC');
      await deducted
        .getByLabel('Địa chỉ tài liệu mục 1.4.2')
        .fill('https://stp.quangtri.gov.vn/bao-cao-tuyen-truyen.pdf');
      await deducted.getByRole('button', { name: 'Thêm đường dẫn' }).click();
      await deducted.getByRole('link', { name: 'Báo cáo kết quả tuyên truyền CCHC' }).waitFor();
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith('/entries/1.4.2/explanation') && r.status() === 200),
        deducted.getByRole('button', { name: 'Gửi giải trình mục 1.4.2' }).click(),
      ]);
      // Only a deducted criterion can be explained.
      expect(await leaf('1.1.1').getByRole('textbox', { name: 'Giải trình mục 1.1.1' }).count()).toBe(0);
    });

    it('restores part of the deduction in the final appraisal; the chair approves; the coordinator publishes', async () => {
      await signInAs('snv.cchc');
      await openRound();
      await advance('Chuyển sang thẩm định lại', 'Thẩm định lại');

      await signInAs('thamdinh');
      await openRound();
      // Approval before the explanation is decided is refused with the server's reason.
      await confirmed('Hội đồng thông qua kết quả', 'Hội đồng thông qua kết quả?');
      await page.getByRole('alert').filter({ hasText: 'Còn 1 nội dung giải trình chưa được thẩm định lại.' }).waitFor();

      await openSheet('Sở Tư pháp');
      const explained = leaf('1.4.2');
      await explained.getByText(/Giải trình: Sở đã thực hiện 8\/10/).waitFor();
      await explained.getByRole('button', { name: 'Điều chỉnh mục 1.4.2' }).click();
      await explained.getByLabel('Giá trị thẩm định mục 1.4.2').fill('80');
      await explained
        .getByLabel('Lý do điều chỉnh mục 1.4.2')
        .fill('Chấp nhận một phần giải trình: báo cáo bổ sung hợp lệ.');
      await explained.getByRole('button', { name: 'Lưu điều chỉnh mục 1.4.2' }).click();
      await explained.getByText(/Thẩm định lại: 80 % → 0,8 điểm/).waitFor();

      await openRound();
      await advance('Hội đồng thông qua kết quả', 'Hội đồng đã thông qua');
      await signInAs('snv.cchc');
      await openRound();
      await advance('Công bố kết quả', 'Đã công bố');
    });

    it('shows the published ranking and exports the results table that Excel opens', async () => {
      await page.getByText('Kết quả chính thức').waitFor();
      const ranking = page.getByRole('table', { name: 'Xếp hạng: Các sở, ban, ngành' });
      await ranking.getByRole('link', { name: 'Sở Tư pháp' }).waitFor();
      const rows = await ranking
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')),
        );
      // The Sở Nội vụ lost nothing; the Sở Tư pháp lost 0,2 on 1.4.2.
      expect(rows.map((r) => [r[0], r[1]])).toEqual([
        ['1/3', 'Sở Nội vụ'],
        ['2/3', 'Sở Tư pháp'],
        ['3/3', 'Sở Tài chính'],
      ]);
      await page
        .getByRole('table', { name: 'Điểm bị mất theo tiêu chí' })
        .getByText(/^8\.1\. Chỉ số hài lòng/)
        .waitFor();
      await page.getByRole('heading', { name: 'Kết quả và xếp hạng' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: 'test-results/scoring-results.png' });

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('link', { name: 'Xuất bảng kết quả (Excel)' }).click(),
      ]);
      const file = join(scratch, 'ket-qua.xlsx');
      await download.saveAs(file);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await readFile(file)).buffer as ArrayBuffer);
      const departments = book.worksheets.find((w) => w.name === 'Các sở, ban, ngành')!;
      const cells = (departments.getSheetValues() as unknown[][])
        .filter(Boolean)
        .map((r) => r.filter((c) => c !== undefined && c !== null));
      expect(cells.find((r) => r.includes('Sở Tư pháp'))?.[0]).toBe(2);
      expect(cells.find((r) => r.includes('Sở Nội vụ'))?.[0]).toBe(1);
    });
  },
);
