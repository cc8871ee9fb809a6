import { DEFAULT_GROUPS } from './default-groups.js';
import type { UnitRow } from './unit-rows.js';
import type { UnitDirectory } from './types.js';

/**
 * A directory straight from an import file's rows (for `cchc import --units FILE`), without a
 * database: codes serve as ids, and every province root gets the standard groups.
 */
export function directoryFromRows(rows: UnitRow[]): UnitDirectory {
  const units = rows.map((r) => ({
    id: r.code,
    code: r.code,
    parentId: r.parentCode,
    kind: r.kind,
    level: r.level,
    name: r.name,
    shortNames: r.shortNames,
    aliases: r.aliases,
    validFrom: r.validFrom,
    validTo: r.validTo,
  }));
  const groups = rows
    .filter((r) => r.kind === 'province')
    .flatMap((root) =>
      DEFAULT_GROUPS.map((g) => ({
        id: `${root.code}.${g.suffix}`,
        code: `${root.code}.${g.suffix}`,
        name: g.name,
        aliases: g.aliases,
        rootId: root.code,
        memberKinds: g.memberKinds,
      })),
    );
  const successions = rows.flatMap((r) =>
    r.successorCodes.map((to) => ({
      fromId: r.code,
      toId: to,
      kind: r.successionKind ?? ('merge' as const),
      effectiveOn: r.successionDate ?? r.validTo ?? '',
      note: null,
    })),
  );
  return { units, groups, successions };
}
