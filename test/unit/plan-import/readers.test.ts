/**
 * Small plans written the ways real ones arrive, through the whole import: tab-separated with
 * quoted and broken cells, Markdown pipes, HTML with spans, footnotes and lists, several
 * numbered activities in one cell, a column-number row, targets only in the text.
 */
import { describe, expect, it } from 'vitest';
import type { PlanV1 } from '../../../src/domain/plan/types.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { sampleProvince } from '../../fixtures/directories/sample-province.js';

const HEAD =
  'Số: 12/KH-UBND\n\nQuảng Trị, ngày 10 tháng 12 năm 2024\n\nKẾ HOẠCH\n\nCải cách hành chính tỉnh Quảng Trị năm 2025\n\n';

async function parse(text: string, asOf = '2025-01-01'): Promise<PlanV1> {
  return (
    await parsePlanDocument({
      bytes: new TextEncoder().encode(text),
      fileName: 'ke-hoach',
      directory: sampleProvince,
      asOf,
    })
  ).plan;
}

const TSV_HEADER = 'TT\tMục tiêu\tNhiệm vụ\tHoạt động\tKết quả/Sản phẩm\tChủ trì\tPhối hợp\tThời gian\tKinh phí';

describe('plain-text exports', () => {
  it('reads metadata and a tab-separated appendix with a quoted multi-line cell and a row broken inside a cell', async () => {
    const plan = await parse(
      HEAD +
        [
          TSV_HEADER,
          '(1)\t(2)\t(3)\t(4)\t(5)\t(6)\t(7)\t(8)\t(9)',
          'I\tCÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH\t\t\t\t\t\t\t',
          '1\tXây dựng kế hoạch\tBan hành kế hoạch\t"Xây dựng dự thảo;',
          'trình UBND tỉnh ban hành"\tKế hoạch\tSở Nội vụ\tVăn phòng UBND tỉnh\tQuý I/2025\tThường xuyên',
          '2\tTuyên truyền\tTổ chức tuyên truyền về CCHC\tViết tin bài',
          'trên Cổng thông tin\tBài viết\tSở TTTT\tUBND cấp huyện\tCả năm 2025\t50',
        ].join('\n'),
    );
    expect([plan.documentNumber, plan.issuedOn, plan.year, plan.issuer]).toEqual([
      '12/KH-UBND',
      '2024-12-10',
      2025,
      'UBND tỉnh Quảng Trị',
    ]);
    expect(plan.activities.map((a) => [a.id, a.activity, a.lead.units[0]?.unitId])).toEqual([
      ['I-1', 'Xây dựng dự thảo;\ntrình UBND tỉnh ban hành', 'so-noi-vu'],
      ['I-2', 'Viết tin bài\ntrên Cổng thông tin', 'so-tttt'],
    ]);
    expect(plan.activities[1]?.budget).toMatchObject({ kind: 'amount', amountMillionVnd: 50 });
  });

  it('gives one activity per numbered item of a cell, sharing the row', async () => {
    const plan = await parse(
      HEAD +
        [
          TSV_HEADER,
          'II\tCẢI CÁCH THỂ CHẾ\t\t\t\t\t\t\t',
          '3\tNâng cao chất lượng văn bản\tRà soát văn bản\t3.1. Xây dựng kế hoạch rà soát 3.2. Tổ chức rà soát, báo cáo kết quả\tBáo cáo\tSở Tư pháp\tCác sở, ngành\tQuý II/2025\t',
        ].join('\n'),
    );
    expect(plan.activities.map((a) => [a.id, a.number, a.activity])).toEqual([
      ['II-3.1', '3.1', 'Xây dựng kế hoạch rà soát'],
      ['II-3.2', '3.2', 'Tổ chức rà soát, báo cáo kết quả'],
    ]);
    expect(plan.activities[1]?.lead).toEqual(plan.activities[0]?.lead);
    expect(plan.activities[1]?.deadline.due).toBe('2025-06-30');
    expect(plan.activities[0]?.warnings.map((w) => w.code)).toContain('activities_split');
  });

  it('resolves a unit merged away to its successor when read after the merge', async () => {
    const plan = await parse(
      HEAD +
        [
          TSV_HEADER,
          'VII\tCHÍNH QUYỀN SỐ\t\t\t\t\t\t\t',
          '1\tChuyển đổi số\tKế hoạch\tBan hành kế hoạch\tKế hoạch\tSở TTTT\t\tQuý I/2025\t',
        ].join('\n'),
      '2025-08-01',
    );
    const unit = plan.activities[0]?.lead.units[0];
    expect(unit?.unitId).toBe('so-khcn');
    expect(unit?.note).toBeTruthy();
  });
});

describe('Markdown pipe tables', () => {
  it('reads a pipe table with the Lĩnh vực/Tiêu chí column set', async () => {
    const plan = await parse(
      HEAD +
        [
          '| TT | Lĩnh vực/Tiêu chí | Nhiệm vụ / Chỉ tiêu | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |',
          '|---|---|---|---|---|---|',
          '| **1** | **CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH** | | | | |',
          '| 1.1 | Kiểm tra CCHC | Kiểm tra ít nhất 30% cơ quan chuyên môn | Sở Nội vụ | Văn phòng UBND tỉnh | Trong năm 2025 |',
        ].join('\n'),
    );
    expect(plan.areas).toEqual([{ code: 'I', title: 'CÔNG TÁC CHỈ ĐẠO ĐIỀU HÀNH' }]);
    expect(plan.activities[0]).toMatchObject({
      id: 'I-1.1',
      task: 'Kiểm tra CCHC',
      activity: 'Kiểm tra ít nhất 30% cơ quan chuyên môn',
    });
    expect(plan.indicators[0]).toMatchObject({
      value: 30,
      unit: '%',
      comparator: '>=',
      origin: 'appendix',
      activityId: 'I-1.1',
    });
  });
});

describe('HTML', () => {
  it('reads rowspan, colspan, bold area titles, footnote markers and lists', async () => {
    const html = `<!DOCTYPE html><html><body>
      <p>Số: 5/KH-UBND</p><p>Quảng Trị, ngày 02 tháng 01 năm 2025</p>
      <p><b>KẾ HOẠCH</b></p><p><b>Cải cách hành chính năm 2025</b></p>
      <table>
        <thead><tr><th>TT</th><th>Mục tiêu</th><th>Hoạt động</th><th>Chủ trì</th><th>Thời gian</th></tr></thead>
        <tr><td><b>I</b></td><td colspan="4"><b>Cải cách thủ tục hành chính</b></td></tr>
        <tr><td rowspan="2">1</td><td rowspan="2">100% TTHC được công khai</td><td><ul><li>Rà soát TTHC</li><li>Công bố danh mục</li></ul></td><td>Văn phòng UBND tỉnh<sup>1</sup></td><td>Quý I/2025</td></tr>
        <tr><td>Niêm yết tại Bộ phận Một cửa</td><td>UBND cấp huyện</td><td>Thường xuyên</td></tr>
      </table>
      <p><sup>1</sup> Chủ trì theo dõi, tổng hợp.</p>
    </body></html>`;
    const plan = await parse(html);
    expect(plan.areas).toEqual([{ code: 'I', title: 'Cải cách thủ tục hành chính' }]);
    expect(plan.activities.map((a) => [a.id, a.number, a.objective, a.activity, a.lead.text])).toEqual([
      ['I-1', '1', '100% TTHC được công khai', '- Rà soát TTHC\n- Công bố danh mục', 'Văn phòng UBND tỉnh'],
      ['I-1-2', '1', '100% TTHC được công khai', 'Niêm yết tại Bộ phận Một cửa', 'UBND cấp huyện'],
    ]);
    expect(plan.activities[0]?.warnings.some((w) => w.code === 'footnote')).toBe(true);
    // The merged objective is read once, where it was printed.
    expect(plan.indicators.filter((i) => i.origin === 'appendix')).toHaveLength(1);
  });
});

describe('plans without an appendix', () => {
  it('reads the targets of "II. CÁC CHỈ TIÊU CHỦ YẾU", one per level', async () => {
    const plan = await parse(
      HEAD +
        'I. MỤC ĐÍCH, YÊU CẦU\n\nThực hiện tốt các nhiệm vụ.\n\nII. CÁC CHỈ TIÊU CHỦ YẾU\n\n' +
        '1. Cải cách thủ tục hành chính\n\n- Tỷ lệ hồ sơ giải quyết đúng hạn: cấp tỉnh 100%, cấp huyện 100%, cấp xã 95%.\n\n' +
        '- Có ít nhất 03 sáng kiến cải cách hành chính được công nhận.\n',
    );
    expect(plan.activities).toEqual([]);
    expect(plan.indicators.map((i) => [i.area, i.level, i.value])).toEqual([
      ['I', 'province', 100],
      ['I', 'district', 100],
      ['I', 'commune', 95],
      ['I', null, 3],
    ]);
  });
});

describe('column-set variants', () => {
  it('reads a two-line header with a spanning "Thời gian" and a "Nội dung công việc" column as the activity', async () => {
    const html = `<html><body><p>KẾ HOẠCH</p><p>Cải cách hành chính tỉnh Quảng Trị năm 2025</p><table>
      <tr><th rowspan="2">STT</th><th rowspan="2">Nội dung công việc</th><th rowspan="2">Đơn vị chủ trì</th><th rowspan="2">Đơn vị phối hợp</th><th colspan="2">Thời gian</th></tr>
      <tr><th>Bắt đầu</th><th>Kết thúc</th></tr>
      <tr><td>I.</td><td colspan="5"><b>Cải cách thể chế</b></td></tr>
      <tr><td>1.</td><td>Rà soát văn bản quy phạm pháp luật</td><td>Sở Tư pháp</td><td>Các sở, ngành</td><td>Tháng 01/2025</td><td>Tháng 12/2025</td></tr>
    </table></body></html>`;
    const plan = await parse(html);
    expect(plan.columns.map((c) => c.role)).toEqual([
      'number',
      'activity',
      'lead',
      'cooperating',
      'deadline',
      'deadline',
    ]);
    expect(plan.areas).toEqual([{ code: 'I', title: 'Cải cách thể chế' }]);
    expect(plan.activities).toHaveLength(1);
    expect(plan.activities[0]).toMatchObject({
      id: 'I-1',
      number: '1',
      activity: 'Rà soát văn bản quy phạm pháp luật',
    });
    expect(plan.activities[0]?.deadline.text).toBe('Tháng 01/2025 - Tháng 12/2025');
    expect(plan.activities[0]?.deadline.due).toBe('2025-12-31');
  });
});
