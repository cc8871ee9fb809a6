import type { RegisterListQuery } from '../../contracts/registers.js';
import { listEntries } from '../../db/queries/registers/register-views.js';
import { safeFileName } from '../../db/queries/units/document-header.js';
import { registerOf, type RegisterKey } from '../../domain/registers/index.js';
import { choiceLabel, type FieldSpec } from '../../domain/registers/kit.js';
import type { CellValue, ColumnType } from '../../writers/columns.js';
import { buildTableWorkbook } from '../../writers/xlsx/table-workbook.js';
import { XLSX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import type { ServiceContext } from '../context.js';
import { parsedFilters, visibleUnits } from './steps/visible-units.js';

const columnType = (spec: FieldSpec): ColumnType =>
  spec.kind === 'date' ? 'date' : spec.kind === 'number' ? (spec.integer ? 'integer' : 'decimal') : 'text';

function cell(spec: FieldSpec, value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  if (spec.kind === 'choice') return choiceLabel(spec, value);
  if (spec.kind === 'file') return 'Có';
  if (spec.kind === 'date' || spec.kind === 'number') return value as CellValue;
  return String(value);
}

/** The list as filtered, every entry (no paging), as an Excel table with every typed field. */
export async function exportRegisterEntries(ctx: ServiceContext, register: RegisterKey, query: RegisterListQuery) {
  const declaration = registerOf(register);
  const unitIds = await visibleUnits(ctx, register, query.unitId);
  const { items } = await listEntries(
    ctx.db,
    {
      register,
      unitIds,
      year: query.year,
      status: query.status,
      q: query.q,
      equals: parsedFilters(declaration, query.filters),
    },
    null,
  );
  const fields = Object.entries(declaration.fields);
  const bytes = await buildTableWorkbook([
    {
      name: declaration.name.vi,
      title: [declaration.name.vi.toLocaleUpperCase('vi'), ...(query.year ? [`Năm ${query.year}`] : [])],
      orientation: 'landscape',
      columns: [
        { header: 'TT', type: 'integer', width: 5 },
        { header: declaration.ownerLabel, type: 'text', width: 30 },
        ...fields.map(([, spec]) => ({ header: spec.label, type: columnType(spec) })),
        ...(declaration.followUps ? [{ header: 'Nhiệm vụ chưa xong', type: 'integer' as const }] : []),
        { header: 'Ghi chú', type: 'text' },
      ],
      rows: items.map((item, i) => [
        i + 1,
        item.unitName,
        ...fields.map(([key, spec]) => cell(spec, item.fields[key])),
        ...(declaration.followUps ? [item.openFollowUps] : []),
        item.cancelled ? `Đã hủy: ${item.cancelReason ?? ''}` : '',
      ]),
    },
  ]);
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: safeFileName(`${declaration.name.vi}${query.year ? ` ${query.year}` : ''}.xlsx`),
    contentType: XLSX_TYPE,
  };
}
