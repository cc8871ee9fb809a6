import type { z } from 'zod';
import type { createUnitRequest, UnitDetail } from '../../../src/contracts/units.js';

export type UnitFields = z.output<typeof createUnitRequest>;

/** What the unit form edits: the contract's fields plus the parent's name for display. */
export interface UnitFormState extends Omit<UnitFields, 'validFrom' | 'validTo'> {
  validFrom: string | null;
  validTo: string | null;
  parentName: string | null;
}

export function unitFormOf(unit: UnitDetail | undefined): UnitFormState {
  return {
    code: unit?.code ?? '',
    name: unit?.name ?? '',
    kind: unit?.kind ?? 'department',
    level: unit?.level ?? 'province',
    parentId: unit?.parentId ?? null,
    parentName: unit?.parentName ?? null,
    shortNames: unit?.shortNames ?? [],
    aliases: unit?.aliases ?? [],
    validFrom: unit?.validFrom ?? null,
    validTo: unit?.validTo ?? null,
  };
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((value, i) => value === b[i]);

/** Only the fields that differ from the unit as loaded, so a save never overwrites what it did not touch. */
export function unitChanges(before: UnitDetail, after: UnitFields): Partial<UnitFields> {
  const changes: Partial<UnitFields> = {};
  if (after.code !== before.code) changes.code = after.code;
  if (after.name !== before.name) changes.name = after.name;
  if (after.kind !== before.kind) changes.kind = after.kind;
  if (after.level !== before.level) changes.level = after.level;
  if (after.parentId !== before.parentId) changes.parentId = after.parentId;
  if (!sameList(after.shortNames, before.shortNames)) changes.shortNames = after.shortNames;
  if (!sameList(after.aliases, before.aliases)) changes.aliases = after.aliases;
  if (after.validFrom !== before.validFrom) changes.validFrom = after.validFrom;
  if (after.validTo !== before.validTo) changes.validTo = after.validTo;
  return changes;
}
