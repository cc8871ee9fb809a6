import { asc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DbOrTx } from '../../db/client.js';
import { units, unitSuccessions } from '../../db/schema/index.js';
import { GOVERNMENT_LEVEL_LABELS, SUCCESSION_KIND_LABELS, UNIT_KIND_LABELS } from '../../domain/units/labels.js';
import { UNIT_COLUMN_HEADINGS, type UnitColumn } from '../../domain/units/unit-rows.js';
import { writeCsv } from '../../writers/tabular.js';
import { buildTableWorkbook } from '../../writers/xlsx/table-workbook.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';
import { inProvince, provinceOfUnit } from '../../db/queries/units/province.js';

const COLUMNS = Object.keys(UNIT_COLUMN_HEADINGS) as UnitColumn[];

/** The directory in the same layout `importUnits` reads, so an export can be edited and imported back. */
export async function exportUnits(ctx: ServiceContext, format: 'csv' | 'xlsx') {
  const actor = await authorize(ctx, 'directory.read');
  return buildUnitsFile(ctx.db, format, await provinceOfUnit(ctx.db, actor.unitId));
}

/** Also used by the CLI, which acts as the system (every province's units). */
export async function buildUnitsFile(
  db: DbOrTx,
  format: 'csv' | 'xlsx',
  provinceId: string | null = null,
): Promise<{ bytes: Buffer; fileName: string; contentType: string }> {
  const parent = alias(units, 'parent');
  const rows = await db
    .select({ unit: units, parentCode: parent.code })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(inProvince(units.id, provinceId))
    .orderBy(asc(units.level), asc(units.kind), asc(units.code));
  const successor = alias(units, 'successor');
  const links = await db
    .select({
      fromId: unitSuccessions.fromId,
      code: successor.code,
      kind: unitSuccessions.kind,
      effectiveOn: unitSuccessions.effectiveOn,
    })
    .from(unitSuccessions)
    .innerJoin(successor, eq(successor.id, unitSuccessions.toId));
  const header = COLUMNS.map((c) => UNIT_COLUMN_HEADINGS[c]);
  const body = rows.map(({ unit, parentCode }) => {
    const own = links.filter((l) => l.fromId === unit.id);
    const cells: Record<UnitColumn, string> = {
      code: unit.code,
      parentCode: parentCode ?? '',
      kind: UNIT_KIND_LABELS[unit.kind],
      level: GOVERNMENT_LEVEL_LABELS[unit.level],
      name: unit.name,
      shortNames: unit.shortNames.join('; '),
      aliases: unit.aliases.join('; '),
      validFrom: unit.validFrom ?? '',
      validTo: unit.validTo ?? '',
      successorCodes: own.map((l) => l.code).join('; '),
      successionKind: own[0] ? SUCCESSION_KIND_LABELS[own[0].kind] : '',
      successionDate: own[0]?.effectiveOn ?? '',
    };
    return COLUMNS.map((c) => cells[c]);
  });
  return format === 'csv'
    ? { bytes: writeCsv(header, body), fileName: 'danh-muc-don-vi.csv', contentType: 'text/csv; charset=utf-8' }
    : {
        bytes: await buildTableWorkbook([
          { name: 'Đơn vị', columns: header.map((h) => ({ header: h, type: 'text' as const })), rows: body },
        ]),
        fileName: 'danh-muc-don-vi.xlsx',
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      };
}
