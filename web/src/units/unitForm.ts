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
