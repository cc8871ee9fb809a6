import { z } from 'zod';
import { uuid } from './common.js';

const year = z.coerce
  .number({ error: 'Năm phải là một số.' })
  .int('Năm phải là số nguyên.')
  .min(2000, 'Năm phải từ 2000 trở đi.')
  .max(2100, 'Năm phải trước 2100.');

/** Next year's plan made from a plan: what it will hold, for the confirmation. */
export const nextYearPlanPreview = z.object({
  fromPlan: z.object({ id: uuid, name: z.string(), year: z.number().int() }),
  name: z.string(),
  year: z.number().int(),
  activities: z.number().int(),
  assignments: z.number().int(),
  indicators: z.number().int(),
  deadlinesToSet: z.number().int(),
  programme: z.object({ id: uuid, name: z.string() }).nullable(),
  existing: z.object({ id: uuid, name: z.string(), year: z.number().int() }).nullable(),
});

export const nextYearPlanRequest = z.object({
  name: z.string().trim().max(300, 'Tên kế hoạch dài quá: tối đa 300 ký tự.').optional(),
});

export const nextYearPlanResult = z.object({
  planId: uuid,
  name: z.string(),
  year: z.number().int(),
  activities: z.number().int(),
  assignments: z.number().int(),
  indicators: z.number().int(),
  deadlinesToSet: z.number().int(),
});

export const programmeRequest = z
  .object({
    name: z
      .string({ error: 'Hãy nhập tên chương trình.' })
      .trim()
      .min(1, 'Hãy nhập tên chương trình.')
      .max(300, 'Tên chương trình dài quá: tối đa 300 ký tự.'),
    startYear: year,
    endYear: year,
  })
  .refine((p) => p.startYear <= p.endYear, { error: 'Năm kết thúc phải không trước năm bắt đầu.', path: ['endYear'] })
  .refine((p) => p.endYear - p.startYear <= 20, { error: 'Một chương trình dài tối đa 20 năm.', path: ['endYear'] });

export const updateProgrammeRequest = z.intersection(programmeRequest, z.object({ version: z.number().int() }));

export const programmeSummary = z.object({
  id: uuid,
  name: z.string(),
  startYear: z.number().int(),
  endYear: z.number().int(),
  version: z.number().int(),
  plans: z.array(z.object({ id: uuid, name: z.string(), year: z.number().int() })),
});

export const setPlanProgrammeRequest = z.object({ programmeId: uuid.nullable() });

export const programmeComparisonQuery = z.object({
  by: z.enum(['area', 'unit']).default('area'),
  /** by=unit: one unit's row (a reporter's own unit is implied). */
  unitId: uuid.optional(),
});

/** One rate of one year: Σ numerator / Σ denominator over the units' lead work; null when nothing was due. */
const rateCell = z.object({
  numerator: z.number().nullable(),
  denominator: z.number().nullable(),
  value: z.number().nullable(),
});

export const programmeComparison = z.object({
  programme: z.object({ id: uuid, name: z.string(), startYear: z.number().int(), endYear: z.number().int() }),
  by: z.enum(['area', 'unit']),
  /** The years of the programme, each with its plans (none: no plan that year). */
  years: z.array(z.object({ year: z.number().int(), plans: z.array(z.object({ id: uuid, name: z.string() })) })),
  rows: z.array(
    z.object({
      /** 'total': all the programme's work; an area's code; a unit's id. */
      key: z.string(),
      kind: z.enum(['total', 'area', 'unit']),
      label: z.string(),
      cells: z.array(z.object({ year: z.number().int(), completion: rateCell, onTime: rateCell })),
    }),
  ),
});

export type ProgrammeComparison = z.infer<typeof programmeComparison>;
