import { z } from 'zod';
import { governmentLevel, successionKind, unitKind } from './units.js';

const isoOrNull = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày phải có dạng YYYY-MM-DD.')
  .nullable();

/**
 * A whole unit directory as JSON: units, named groups with their wordings, and successions. Unlike the
 * CSV/XLSX layout it can say how a province writes its groups ("UBND huyện, thành phố").
 */
export const unitDirectorySchema = z.object({
  units: z.array(
    z.object({
      id: z.string().min(1),
      code: z.string().min(1),
      parentId: z.string().nullable(),
      kind: unitKind,
      level: governmentLevel,
      name: z.string().min(1),
      shortNames: z.array(z.string()).default([]),
      aliases: z.array(z.string()).default([]),
      validFrom: isoOrNull.default(null),
      validTo: isoOrNull.default(null),
    }),
  ),
  groups: z
    .array(
      z.object({
        id: z.string().min(1),
        code: z.string().min(1),
        name: z.string().min(1),
        aliases: z.array(z.string()).default([]),
        rootId: z.string().nullable(),
        memberKinds: z.array(unitKind).min(1),
      }),
    )
    .default([]),
  successions: z
    .array(
      z.object({
        fromId: z.string(),
        toId: z.string(),
        kind: successionKind,
        effectiveOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
        note: z.string().nullable().default(null),
      }),
    )
    .default([]),
});
