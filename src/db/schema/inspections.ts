import { date, index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { users } from './auth.js';
import { provinceColumn, units } from './units.js';

/** domain/inspections/selection.ts: INSPECTION_LEVELS. */
const INSPECTION_LEVELS = ['department', 'district', 'commune'] as const;

/**
 * The year's inspection plan for one level (departments, districts or communes): the target share, the units
 * selected (cchc proposes them, the coordinator adjusts), each with its date, and the team. The inspections
 * themselves are entries of the `inspections` register (domain/registers/inspections.ts). Never deleted:
 * cancelled with a reason.
 */
export const inspectionPlans = pgTable(
  'inspection_plans',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    year: integer('year').notNull(),
    level: text('level', { enum: INSPECTION_LEVELS }).notNull(),
    /**
     * Who inspects: null for the province (the Sở Nội vụ), or a district inspecting its own communes where the
     * three-level structure applies (its plans are of the commune level, of communes under it).
     */
    inspectorUnitId: uuid('inspector_unit_id').references(() => units.id),
    /** The province whose units it inspects: one live plan per year, level, inspector and province. */
    provinceId: provinceColumn(),
    /** The share of the level's units to inspect, in percent ("35"). */
    targetPercent: numeric('target_percent', { precision: 5, scale: 2 }).notNull(),
    title: text('title').notNull(),
    /** The team: members from several units, by name and unit. */
    team: jsonb('team').$type<{ name: string; unit: string; role: string | null }[]>().notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('inspection_plans_year_idx').on(t.year, t.level, t.inspectorUnitId)],
);

/** A unit selected in an inspection plan, with its scheduled date and why it was proposed. */
export const inspectionPlanUnits = pgTable(
  'inspection_plan_units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    planId: uuid('plan_id')
      .notNull()
      .references(() => inspectionPlans.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    scheduledOn: date('scheduled_on').notNull(),
    /** Why cchc proposed it ("Chưa được kiểm tra trong 2 năm"), or null when the coordinator added it. */
    reason: text('reason'),
    /** Taken out of the plan by the coordinator (kept, never deleted); null while selected. */
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('inspection_plan_units_unit_idx').on(t.planId, t.unitId)],
);
