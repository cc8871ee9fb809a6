/**
 * The national consolidated report (issue #17.5) as an Excel workbook: the country's figures and every province's
 * side by side for the period, then the counts every rate is made of, so each percentage can be checked against
 * its numerator and denominator (the country's being the sums of the provinces' own units).
 */
import type { NationalFiguresQuery } from '../../contracts/national.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { figureDefinition, type FigureKey } from '../../domain/figures/catalogue.js';
import type { FigureValue } from '../../domain/figures/values.js';
import { spanLabelVi } from '../../domain/service-quality/page.js';
import { formatDateVi } from '../../domain/text/format.js';
import { buildTableWorkbook, type SheetColumn, type SheetSpec } from '../../writers/xlsx/table-workbook.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import type { ServiceContext } from '../context.js';
import { getNationalFigures } from './get-national-figures.js';

/** A value as its column holds it: a rate as a ratio (Excel shows 86,44%), anything else as it is. */
const cell = (value: FigureValue | undefined) =>
  value?.value == null ? null : figureDefinition(value.key).kind === 'rate' ? value.value / 100 : value.value;

const columnOf = (key: FigureKey): SheetColumn => {
  const { kind, name, unit } = figureDefinition(key);
  return {
    header: name.vi,
    type: kind === 'rate' ? 'percent' : unit === 'points' ? 'decimal' : 'integer',
    width: 16,
  };
};

export async function exportNationalReport(ctx: ServiceContext, query: NationalFiguresQuery) {
  const view = await getNationalFigures(ctx, query);
  const keys = view.national.map((v) => v.key);
  const rates = keys.filter((key) => figureDefinition(key).kind === 'rate');
  const rows = [
    { name: 'Toàn quốc', values: view.national },
    ...view.provinces.map((p) => ({ name: p.name, values: p.values })),
  ];
  const valueOf = (values: FigureValue[], key: FigureKey) => values.find((v) => v.key === key);
  const periodLabel = `${spanLabelVi(view.span)} năm ${view.year}`;
  const title = (name: string) => [
    name,
    `${periodLabel} (${formatDateVi(view.period.from)} – ${formatDateVi(view.period.to)}); số liệu ngày ${formatDateVi(ctx.now())}`,
    'Tỷ lệ toàn quốc = tổng tử số / tổng mẫu số của các đơn vị mọi tỉnh (không lấy trung bình tỷ lệ các tỉnh)',
  ];
  const sheets: SheetSpec[] = [
    {
      name: 'Số liệu toàn quốc',
      title: title('Báo cáo tổng hợp công tác cải cách hành chính toàn quốc'),
      orientation: 'landscape',
      columns: [{ header: 'Tỉnh, thành phố', type: 'text', width: 30 }, ...keys.map(columnOf)],
      rows: rows.map((row) => [row.name, ...keys.map((key) => cell(valueOf(row.values, key)))]),
    },
    {
      name: 'Tử số, mẫu số',
      title: title('Tử số và mẫu số của các tỷ lệ'),
      orientation: 'landscape',
      columns: [
        { header: 'Tỉnh, thành phố', type: 'text', width: 30 },
        ...rates.flatMap((key): SheetColumn[] => [
          { header: `${figureDefinition(key).name.vi}\nTử số`, type: 'integer', width: 14 },
          { header: `${figureDefinition(key).name.vi}\nMẫu số`, type: 'integer', width: 14 },
        ]),
      ],
      rows: rows.map((row) => [
        row.name,
        ...rates.flatMap((key) => {
          const value = valueOf(row.values, key);
          return [value?.numerator ?? null, value?.denominator ?? null];
        }),
      ]),
    },
  ];
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(await buildTableWorkbook(sheets)),
    fileName: safeFileName(`Báo cáo tổng hợp CCHC toàn quốc - ${periodLabel}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
