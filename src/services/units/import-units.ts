import type { UploadedFile } from '../../files/upload-content.js';
import { inArray } from 'drizzle-orm';
import { units, unitSuccessions } from '../../db/schema/index.js';
import { addDays } from '../../domain/calendar.js';
import { AppError } from '../../domain/errors.js';
import { parseUnitRows, UNIT_COLUMN_HEADINGS, type RowError, type UnitRow } from '../../domain/units/unit-rows.js';
import { readTable, type Table } from '../../readers/tabular.js';
import { readUploadOffThread } from '../../readers/read-upload.js';
import { recordAudit } from '../../db/queries/audit/record-audit.js';
import { authorize } from '../access/authorize.js';
import type { Actor, ServiceContext } from '../context.js';
import type { Database, DbOrTx } from '../../db/client.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { ensureDefaultGroups } from '../../db/queries/units/ensure-default-groups.js';

export interface ImportUnitsResult {
  dryRun: boolean;
  created: number;
  updated: number;
  unchanged: number;
  successions: number;
}

class DryRunRollback extends Error {
  constructor(readonly result: ImportUnitsResult) {
    super('dry run');
  }
}

const rowsInvalid = (errors: RowError[]) =>
  new AppError('IMPORT_ROWS_INVALID', { count: errors.length, file: 'upload' }, { errors });

/**
 * Imports a CSV/XLSX directory, matching existing units by code. All or nothing: any row error
 * rejects the whole file. With dryRun the same checks run and nothing is kept.
 */
export async function importUnits(
  ctx: ServiceContext,
  upload: UploadedFile,
  options: { dryRun: boolean },
): Promise<ImportUnitsResult> {
  const actor = await authorize(ctx, 'units.manage', {}, 'nhập danh mục đơn vị');
  // Read in a worker with its own memory and time limits: a hostile workbook never stalls the server.
  const table = await readUploadOffThread({ kind: 'table', ...upload });
  return applyUnitTable(ctx.db, actor, table, { dryRun: options.dryRun, now: ctx.now() });
}

/** The import itself, also run by the CLI and the demo loader (actor null = the system). */
export async function applyUnitImport(
  db: Database,
  actor: Actor | null,
  bytes: Uint8Array,
  options: { dryRun: boolean; now: Date },
): Promise<ImportUnitsResult> {
  return applyUnitTable(db, actor, await readTable(bytes), options);
}

async function applyUnitTable(
  db: Database,
  actor: Actor | null,
  table: Table,
  options: { dryRun: boolean; now: Date },
): Promise<ImportUnitsResult> {
  const parsed = parseUnitRows(table.header, table.rows);
  if (parsed.errors.length) throw rowsInvalid(parsed.errors);
  if (!parsed.units.length) throw new AppError('EMPTY_FILE', { empty: 'units' });

  try {
    return await db.transaction(async (tx) => {
      const referenced = [
        ...new Set(parsed.units.flatMap((u) => [u.code, u.parentCode ?? '', ...u.successorCodes]).filter(Boolean)),
      ];
      const existing = await tx.select().from(units).where(inArray(units.code, referenced));
      const idByCode = new Map(existing.map((u) => [u.code, u.id]));
      const existingByCode = new Map(existing.map((u) => [u.code, u]));
      const inFile = new Map(parsed.units.map((u) => [u.code, u]));

      const errors: RowError[] = [];
      for (const unit of parsed.units) {
        if (unit.parentCode && !inFile.has(unit.parentCode) && !idByCode.has(unit.parentCode)) {
          errors.push({
            row: unit.row,
            column: UNIT_COLUMN_HEADINGS.parentCode,
            message: `Không có đơn vị mã "${unit.parentCode}" trong tệp hay trong danh mục.`,
          });
        }
        for (const code of unit.successorCodes) {
          if (!inFile.has(code) && !idByCode.has(code)) {
            errors.push({
              row: unit.row,
              column: UNIT_COLUMN_HEADINGS.successorCodes,
              message: `Không có đơn vị kế thừa mã "${code}".`,
            });
          }
        }
      }
      errors.push(...(await outsideProvince(tx, actor, parsed.units, existingByCode)));
      const ordered = orderParentsFirst(parsed.units, errors);
      if (errors.length) throw rowsInvalid(errors);

      const result: ImportUnitsResult = {
        dryRun: options.dryRun,
        created: 0,
        updated: 0,
        unchanged: 0,
        successions: 0,
      };
      for (const unit of ordered) {
        const values = {
          code: unit.code,
          parentId: unit.parentCode ? idByCode.get(unit.parentCode)! : null,
          kind: unit.kind,
          level: unit.level,
          name: unit.name,
          shortNames: unit.shortNames,
          aliases: unit.aliases,
          validFrom: unit.validFrom,
          validTo: unit.validTo ?? (unit.successionDate ? addDays(unit.successionDate, -1) : null),
        };
        const before = existingByCode.get(unit.code);
        if (!before) {
          const [row] = await tx.insert(units).values(values).returning();
          idByCode.set(unit.code, row!.id);
          await recordAudit(tx, actor, { action: 'unit.createByImport', entityId: row!.id, after: row! });
          result.created++;
        } else if (differs(before, values)) {
          const [row] = await tx
            .update(units)
            .set({ ...values, version: before.version + 1, updatedAt: options.now })
            .where(inArray(units.id, [before.id]))
            .returning();
          await recordAudit(tx, actor, { action: 'unit.updateByImport', entityId: before.id, before, after: row! });
          result.updated++;
        } else result.unchanged++;
      }

      for (const unit of parsed.units) {
        for (const code of unit.successorCodes) {
          const inserted = await tx
            .insert(unitSuccessions)
            .values({
              fromId: idByCode.get(unit.code)!,
              toId: idByCode.get(code)!,
              kind: unit.successionKind ?? 'merge',
              effectiveOn: unit.successionDate ?? addDays(unit.validTo!, 1),
            })
            .onConflictDoNothing()
            .returning();
          result.successions += inserted.length;
        }
      }
      await ensureDefaultGroups(tx);
      if (options.dryRun) throw new DryRunRollback(result);
      return result;
    });
  } catch (error) {
    if (error instanceof DryRunRollback) return error.result;
    throw error;
  }
}

/** Parents before children; a cycle inside the file is reported on its rows. */
function orderParentsFirst(rows: UnitRow[], errors: RowError[]): UnitRow[] {
  const byCode = new Map(rows.map((u) => [u.code, u]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: UnitRow[] = [];
  const visit = (unit: UnitRow) => {
    if (done.has(unit.code)) return;
    if (visiting.has(unit.code)) {
      errors.push({
        row: unit.row,
        column: UNIT_COLUMN_HEADINGS.parentCode,
        message: 'Quan hệ cấp trên tạo thành vòng lặp.',
      });
      return;
    }
    visiting.add(unit.code);
    const parent = unit.parentCode ? byCode.get(unit.parentCode) : undefined;
    if (parent) visit(parent);
    visiting.delete(unit.code);
    done.add(unit.code);
    ordered.push(unit);
  };
  rows.forEach(visit);
  return ordered;
}

function differs(before: Record<string, unknown>, values: Record<string, unknown>): boolean {
  return Object.entries(values).some(
    ([key, value]) => JSON.stringify(before[key] ?? null) !== JSON.stringify(value ?? null),
  );
}

/**
 * A province's coordinator imports their own province's directory only (issue #17.5): a row may not touch another
 * province's unit (as itself, its parent or its successor). Units outside every province are shared, as in the
 * policy's `withinProvince`; the system (the command line, the demo) imports any.
 */
async function outsideProvince(
  db: DbOrTx,
  actor: Actor | null,
  rows: readonly UnitRow[],
  existingByCode: ReadonlyMap<string, { provinceId: string | null }>,
): Promise<RowError[]> {
  const province = await provinceOfUnit(db, actor?.unitId ?? null);
  if (province === null) return [];
  const foreign = (code: string) => {
    const other = existingByCode.get(code)?.provinceId;
    return other !== undefined && other !== null && other !== province;
  };
  return rows.flatMap((unit) =>
    [
      [UNIT_COLUMN_HEADINGS.code, unit.code],
      [UNIT_COLUMN_HEADINGS.parentCode, unit.parentCode ?? ''],
      ...unit.successorCodes.map((code) => [UNIT_COLUMN_HEADINGS.successorCodes, code]),
    ]
      .filter(([, code]) => code && foreign(code))
      .map(([column, code]) => ({
        row: unit.row,
        column: column!,
        message: `Đơn vị mã "${code}" thuộc tỉnh khác: bạn chỉ nhập được danh mục của tỉnh mình.`,
      })),
  );
}
