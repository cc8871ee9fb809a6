import { sql } from 'drizzle-orm';
import { date, index, pgTable, primaryKey, text, timestamp, uuid, integer } from 'drizzle-orm/pg-core';

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull().unique(),
    parentId: uuid('parent_id'),
    kind: text('kind', { enum: ['province', 'department', 'district', 'commune', 'other'] }).notNull(),
    level: text('level', { enum: ['central', 'province', 'district', 'commune'] }).notNull(),
    /**
     * The province the unit belongs to: itself for a province, else its nearest ancestor of kind province (null
     * above or outside every province). Kept by the database (triggers of migration 0033), never written here:
     * an installation holding several provinces shows each only its own (issue #17.5).
     */
    provinceId: uuid('province_id'),
    name: text('name').notNull(),
    shortNames: text('short_names')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    aliases: text('aliases')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    validFrom: date('valid_from'),
    validTo: date('valid_to'),
    archivedAt: timestamp('archived_at', { withTimezone: true }),
    /** Optimistic concurrency: every update bumps it and must name the version it read. */
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_parent_idx').on(t.parentId), index('units_province_idx').on(t.provinceId)],
);

/**
 * The province a row belongs to (issue #17.5): a plan, a programme, a round, a survey campaign, an inspection plan,
 * a dossier import… — the creating coordinator's province. Null: outside every province (made by the system or an
 * administrator without a unit), shared as such units are.
 */
export const provinceColumn = () => uuid('province_id').references(() => units.id);

export const unitSuccessions = pgTable(
  'unit_successions',
  {
    fromId: uuid('from_id')
      .notNull()
      .references(() => units.id),
    toId: uuid('to_id')
      .notNull()
      .references(() => units.id),
    kind: text('kind', { enum: ['merge', 'split', 'rename'] }).notNull(),
    effectiveOn: date('effective_on').notNull(),
    note: text('note'),
  },
  (t) => [primaryKey({ columns: [t.fromId, t.toId] })],
);

export const unitGroups = pgTable('unit_groups', {
  id: uuid('id').primaryKey().defaultRandom(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  aliases: text('aliases')
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  rootId: uuid('root_id').references(() => units.id),
  memberKinds: text('member_kinds').array().notNull(),
});
