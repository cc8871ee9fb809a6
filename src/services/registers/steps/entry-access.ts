/**
 * The steps every register use case shares: the entry asked for (404 otherwise), the unit the access policy
 * judges it by, and the check of its fields against the register's declaration.
 */
import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import { fieldLabel, labelledMessage } from '../../../contracts/field-labels.js';
import type { DbOrTx } from '../../../db/client.js';
import { loadEntryRow, owesFollowUpOn, type EntryRow } from '../../../db/queries/registers/register-views.js';
import { units } from '../../../db/schema/index.js';
import { registerOf, type RegisterKey } from '../../../domain/registers/index.js';
import {
  assignActionOf,
  entrySchema,
  recordActionOf,
  type RegisterDeclaration,
} from '../../../domain/registers/kit.js';
import { AppError, notFound } from '../../../domain/errors.js';
import type { ServiceContext } from '../../context.js';
import { allows, authorize, requireActor } from '../../access/authorize.js';

/** The action that records an entry of this register (domain/registers/kit.ts). */
export const recordAction = (register: RegisterKey) => recordActionOf(registerOf(register));

/** The action that gives, reviews and cancels an entry's follow-ups. */
export const assignAction = (register: RegisterKey) => assignActionOf(registerOf(register));

/** Reading an entry of `unitId`: the unit's own (or the province's), or the district's where it records them. */
export async function authorizeEntryRead(ctx: ServiceContext, register: RegisterKey, unitId: string) {
  if (registerOf(register).supervisorsRecord && (await allows(ctx, 'register.supervise', { unitId })))
    return requireActor(ctx);
  return authorize(ctx, 'register.read', { unitId });
}

export async function requireEntry(db: DbOrTx, register: RegisterKey, id: string): Promise<EntryRow> {
  const row = await loadEntryRow(db, register, id);
  if (!row) throw notFound(`mục của sổ "${registerOf(register).name.vi}"`);
  return row;
}

/**
 * The unit an entry counts as, for this actor: a unit owing a follow-up on it reads it and reports on it as its
 * own (a steering meeting's commitment); otherwise the entry's owner unit.
 */
export async function entryUnitFor(ctx: ServiceContext, entry: EntryRow): Promise<string> {
  const unitId = ctx.actor?.unitId ?? null;
  if (unitId && unitId !== entry.unitId && (await owesFollowUpOn(ctx.db, entry.id, unitId))) return unitId;
  return entry.unitId;
}

/** A refusal of one field: its label and message, and where it is in the request (shown under the field). */
export const refused = (label: string | null, message: string, path: string) =>
  new AppError(
    'VALIDATION_FAILED',
    { sentence: labelledMessage(label, message) },
    { issues: [{ path, label, message }] },
  );

/** A request's body checked again in the use case (called from the CLI or a test as well as the HTTP edge). */
export function checkedRequest<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  throw refused(fieldLabel(issue.path, { schema, place: 'body' }), issue.message, issue.path.join('.'));
}

/**
 * An entry's fields checked against the declaration (each refusal names the field by its label); file fields
 * are never typed: they keep what `kept` holds (the entry's uploads).
 */
export async function checkedFields(
  db: DbOrTx,
  declaration: RegisterDeclaration,
  input: Record<string, unknown>,
  kept: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const typed = Object.fromEntries(Object.entries(input).filter(([key]) => declaration.fields[key]?.kind !== 'file'));
  const result = entrySchema(declaration).safeParse(typed);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const key = String(issue.path[0] ?? '');
    throw refused(declaration.fields[key]?.label ?? null, issue.message, `fields.${key}`);
  }
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(result.data as Record<string, unknown>))
    if (value !== undefined && value !== null && value !== '') fields[key] = value;
  // A unit field names a unit of the directory.
  const unitKeys = Object.keys(fields).filter((key) => declaration.fields[key]?.kind === 'unit');
  if (unitKeys.length) {
    const found = new Set(
      (
        await db
          .select({ id: units.id })
          .from(units)
          .where(
            inArray(
              units.id,
              unitKeys.map((k) => fields[k] as string),
            ),
          )
      ).map((u) => u.id),
    );
    const missing = unitKeys.find((k) => !found.has(fields[k] as string));
    if (missing)
      throw refused(declaration.fields[missing]!.label, 'Không tìm thấy đơn vị đã chọn.', `fields.${missing}`);
  }
  for (const [key, spec] of Object.entries(declaration.fields))
    if (spec.kind === 'file' && kept[key] !== undefined) fields[key] = kept[key];
  return fields;
}

/** A unit of the directory (the entry's or a follow-up's owner), or a refusal naming the field. */
export async function requireUnit(db: DbOrTx, unitId: string, label: string): Promise<void> {
  const [unit] = await db.select({ id: units.id }).from(units).where(eq(units.id, unitId));
  if (!unit) throw refused(label, 'Không tìm thấy đơn vị đã chọn.', 'unitId');
}

export const auditedEntry = (row: EntryRow) => ({
  register: row.register,
  unitId: row.unitId,
  fields: row.fields,
  version: row.version,
  cancelled: row.cancelledAt !== null,
});
