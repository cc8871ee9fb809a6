/**
 * Time and peak memory to write documents: a Word report with a 250-row table, and an Excel
 * workbook with 10,000 rows. Each case runs in a fresh process (so peak RSS is its own): one
 * cold build, then warm builds. Run: npx tsx bench/documents.ts
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { CellValue } from '../src/writers/columns.js';
import { buildAdministrativeDocument } from '../src/writers/docx/administrative-document.js';
import type { AdministrativeDocument, TableRowInput } from '../src/writers/docx/administrative-document.js';
import { buildTableWorkbook } from '../src/writers/xlsx/table-workbook.js';
import type { SheetSpec } from '../src/writers/xlsx/table-workbook.js';
import { quarterlyReport } from '../test/fixtures/reports/quarterly-report.js';

const WARM_RUNS = 3;

function reportWithRows(count: number): AdministrativeDocument {
  const rows: TableRowInput[] = [];
  for (let i = 0; i < count; i++) {
    if (i % 50 === 0)
      rows.push({ section: `Nhóm ${i / 50 + 1}. Ủy ban nhân dân các xã, phường khu vực ${i / 50 + 1}` });
    rows.push([
      i + 1,
      `Ủy ban nhân dân xã Hướng Phùng số ${i + 1}`,
      60 + (i % 40),
      8 + (i % 5) / 4,
      0.6 + (i % 40) / 100,
      i % 3 ? 'Đạt' : 'Chưa đạt',
    ]);
  }
  return {
    ...quarterlyReport,
    kind: 'Báo cáo',
    title: 'Kết quả chấm điểm Chỉ số cải cách hành chính năm 2024 của các xã, phường',
    body: [
      { kind: 'heading', level: 1, text: 'Kết quả chấm điểm' },
      {
        kind: 'table',
        title: 'Bảng 1. Điểm Chỉ số CCHC năm 2024',
        columns: [
          { header: 'TT', width: 0.5, align: 'center' },
          { header: 'Đơn vị', width: 3 },
          {
            header: 'Điểm đạt được',
            columns: [
              { header: 'Tự chấm', width: 1, type: 'decimal' },
              { header: 'Điều tra XHH', width: 1, type: 'decimal' },
            ],
          },
          { header: 'Chỉ số', width: 1, type: 'percent' },
          { header: 'Xếp loại', width: 1, align: 'center' },
        ],
        rows,
      },
    ],
  };
}

function workbookWithRows(count: number): SheetSpec[] {
  const rows: CellValue[][] = [];
  for (let i = 0; i < count; i++) {
    rows.push([
      i + 1,
      `Ủy ban nhân dân xã Hướng Phùng số ${(i % 500) + 1}`,
      `Rà soát, đơn giản hóa thủ tục hành chính nội bộ lĩnh vực ${(i % 30) + 1} theo Kế hoạch của UBND tỉnh`,
      `2025-${String((i % 12) + 1).padStart(2, '0')}-28`,
      1000 + (i % 997) * 3.5,
      (i % 101) / 100,
      60 + (i % 400) / 10,
      i % 4 ? 'Hoàn thành' : 'Đang thực hiện',
    ]);
  }
  return [
    {
      name: 'Theo dõi nhiệm vụ 2025',
      title: ['TÌNH HÌNH THỰC HIỆN NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH NĂM 2025', '(Số liệu đến ngày 31/3/2025)'],
      columns: [
        { header: 'TT', type: 'integer', width: 7 },
        { header: 'Đơn vị', type: 'text', width: 32 },
        { header: 'Nhiệm vụ', type: 'text', width: 50 },
        { header: 'Hạn hoàn thành', type: 'date' },
        { header: 'Kinh phí\n(triệu đồng)', type: 'decimal', decimals: 1, total: 'sum' },
        { header: 'Tiến độ', type: 'percent', decimals: 0, total: 'average' },
        { header: 'Điểm', type: 'decimal' },
        { header: 'Trạng thái', type: 'text' },
      ],
      rows,
      totals: { label: 'Tổng cộng' },
      orientation: 'landscape',
    },
  ];
}

const cases = {
  docx: {
    label: 'DOCX, report with a 250-row table',
    file: 'report-250-rows.docx',
    build: () => buildAdministrativeDocument(reportWithRows(250)),
  },
  xlsx: {
    label: 'XLSX, one sheet of 10,000 rows × 8 columns',
    file: 'workbook-10000-rows.xlsx',
    build: () => buildTableWorkbook(workbookWithRows(10_000)),
  },
} as const;
type CaseName = keyof typeof cases;

interface Measurement {
  coldMs: number;
  warmMs: number[];
  bytes: number;
  baselineRssMb: number;
  peakRssMb: number;
}

async function measure(name: CaseName): Promise<Measurement> {
  const { build, file } = cases[name];
  const baselineRssMb = process.memoryUsage().rss / 2 ** 20;
  let start = performance.now();
  let buffer = await build();
  const coldMs = performance.now() - start;
  const warmMs: number[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    start = performance.now();
    buffer = await build();
    warmMs.push(performance.now() - start);
  }
  mkdirSync('bench/out', { recursive: true });
  writeFileSync(`bench/out/${file}`, buffer);
  // maxRSS is in kilobytes: the process's peak, the imports included.
  const peakRssMb = process.resourceUsage().maxRSS / 1024;
  return { coldMs, warmMs, bytes: buffer.length, baselineRssMb, peakRssMb };
}

const only = process.argv[2] as CaseName | undefined;
if (only) {
  process.stdout.write(JSON.stringify(await measure(only)));
} else {
  console.log(`node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'})`);
  console.log('| case | cold build | warm build (median of 3) | file size | RSS after imports | peak RSS |');
  console.log('|---|---|---|---|---|---|');
  for (const name of Object.keys(cases) as CaseName[]) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), name], {
      encoding: 'utf8',
    });
    if (child.status !== 0) throw new Error(`${name} failed: ${child.stderr}`);
    const m = JSON.parse(child.stdout) as Measurement;
    const median = [...m.warmMs].sort((a, b) => a - b)[Math.floor(m.warmMs.length / 2)] ?? 0;
    console.log(
      `| ${cases[name].label} | ${m.coldMs.toFixed(0)} ms | ${median.toFixed(0)} ms | ${(m.bytes / 1024).toFixed(0)} KiB | ${m.baselineRssMb.toFixed(0)} MiB | ${m.peakRssMb.toFixed(0)} MiB |`,
    );
  }
}
