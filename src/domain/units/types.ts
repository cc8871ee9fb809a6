/** The unit directory as the pure domain sees it: no database, just data. */

export const UNIT_KINDS = ['province', 'department', 'district', 'commune', 'other'] as const;
/** What kind of organisation a unit is (UBND tỉnh, sở/ban/ngành, UBND huyện, UBND xã, other). */
export type UnitKind = (typeof UNIT_KINDS)[number];

export const GOVERNMENT_LEVELS = ['central', 'province', 'district', 'commune'] as const;
/** The level of government a unit belongs to (a department is at province level). */
export type GovernmentLevel = (typeof GOVERNMENT_LEVELS)[number];

export const SUCCESSION_KINDS = ['merge', 'split', 'rename'] as const;
export type SuccessionKind = (typeof SUCCESSION_KINDS)[number];

export interface DirectoryUnit {
  id: string;
  code: string;
  parentId: string | null;
  kind: UnitKind;
  level: GovernmentLevel;
  name: string;
  /** Official abbreviations, e.g. "Sở TTTT", "VP UBND tỉnh". */
  shortNames: string[];
  /** Other ways people write the unit, including former names. */
  aliases: string[];
  /** Local calendar dates (YYYY-MM-DD); null means open-ended. */
  validFrom: string | null;
  validTo: string | null;
}

export interface Succession {
  fromId: string;
  toId: string;
  kind: SuccessionKind;
  effectiveOn: string;
  note: string | null;
}

/** A named group such as "UBND cấp xã": every valid unit of the listed kinds below the root. */
export interface DirectoryGroup {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  rootId: string | null;
  memberKinds: UnitKind[];
}

export interface UnitDirectory {
  units: DirectoryUnit[];
  groups: DirectoryGroup[];
  successions: Succession[];
}
