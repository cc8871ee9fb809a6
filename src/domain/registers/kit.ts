/**
 * The register kit: a register (steering meetings, training courses, publicity, ISO 9001 …) is declared once,
 * in a small file beside this one, as its typed fields, the columns and filters of its list, the unit that owns
 * an entry, whether entries carry follow-up items, and the figures it gives. Everything else is shared: the
 * entries table (typed JSON fields validated by the schema built here, a version), evidence files, comments,
 * follow-ups with reminders, audit, the access policy, the list with filters, paging and export, the web pages.
 */
import { z } from 'zod';
import { isIsoDate, dateRefusal } from '../calendar.js';
import type { FigureDefinition } from '../figures/definition.js';
import type { FigurePeriod } from '../figures/period.js';

interface FieldBase {
  /** The label people know the field by: forms, columns and refusals name it ("Ngày họp"). */
  label: string;
  required?: boolean;
  /** A short help line under the field. */
  hint?: string;
}
/** text (one line, or `multiline`; `url` a web address), date, number, a unit of the directory, a choice, a file. */
export type FieldSpec =
  | (FieldBase & { kind: 'text'; multiline?: boolean; url?: boolean; max?: number })
  | (FieldBase & { kind: 'date' })
  | (FieldBase & { kind: 'number'; integer?: boolean; min?: number; max?: number })
  | (FieldBase & { kind: 'unit' })
  | (FieldBase & { kind: 'choice'; choices: readonly { value: string; label: string }[] })
  /** A file uploaded to the entry; the field holds the stored file's id (set by the upload, never typed). */
  | (FieldBase & { kind: 'file' });
export type FieldKind = FieldSpec['kind'];

/** One entry as the figures see it: its owner unit and its fields (cancelled entries are never given). */
export interface FigureEntry {
  unitId: string;
  fields: Record<string, unknown>;
}
/** A follow-up item owed by a unit, as the figures see it. */
export interface FigureFollowUp {
  unitId: string;
  dueOn: string;
  status: 'open' | 'reported' | 'done' | 'cancelled';
  closedOn: string | null;
  /** The day the unit last reported it done (a reviewed follow-up), or null. */
  reportedOn: string | null;
}
/** What a register figure is computed from: one unit's entries and the follow-ups it owes, in a period. */
export interface FigureInput {
  entries: readonly FigureEntry[];
  followUps: readonly FigureFollowUp[];
  period: FigurePeriod;
  /** The day the figures are read on (work not yet due is not late). */
  today: string;
}
/** One unit's value: a count, or a rate's counts; null where the unit has nothing to count (no data, not 0). */
export type FigureResult = { value: number | null } | { numerator: number; denominator: number } | null;

export type RegisterFigure = FigureDefinition & { compute: (input: FigureInput) => FigureResult };

export interface RegisterDeclaration {
  /** The register's key in paths (`/registers/training-courses`). */
  key: string;
  name: { vi: string; en: string };
  /** One entry, in a sentence ("cuộc họp", "lớp tập huấn"). */
  entryName: { vi: string; en: string };
  /** What the owner unit is called on this register ("Đơn vị tổ chức"). */
  ownerLabel: string;
  fields: Record<string, FieldSpec>;
  /** The field an entry is named by, and the date field that places it in a period (null: undated, a status). */
  titleField: string;
  dateField: string | null;
  /** The list's columns and its filters (choice or unit fields), by field key. */
  columns: readonly string[];
  filters: readonly string[];
  /** Entries carry follow-up items (commitments): each owed by a unit, due on a date, followed to its closing. */
  followUps?: {
    label: string;
    /**
     * The owing unit's report ("done, with evidence") is reviewed: it waits as `reported` until a coordinator
     * accepts it (done, closed on the day it was reported) or returns it with a reason (open again).
     */
    review?: boolean;
  };
  /** Only the coordinators record, edit and cancel entries (an inspection's conclusions); the owner unit reads them. */
  coordinatorRecords?: boolean;
  /**
   * With `coordinatorRecords`: a district's officers record entries of the communes under it too, give and review
   * their follow-ups and read them (`register.supervise`), where the three-level structure applies (inspections).
   */
  supervisorsRecord?: boolean;
  /** One entry per unit (a status register): a second entry of the same unit is refused. */
  onePerUnit?: boolean;
  figures: readonly RegisterFigure[];
}

/**
 * The action that records an entry of this register: a unit's own; the coordinators' only (`coordinatorRecords`);
 * or theirs and a district's for its communes (`supervisorsRecord`).
 */
export function recordActionOf(declaration: RegisterDeclaration) {
  if (declaration.supervisorsRecord) return 'register.supervise' as const;
  return declaration.coordinatorRecords ? ('register.assign' as const) : ('register.record' as const);
}

/** The action that gives, reviews and cancels an entry's follow-ups. */
export const assignActionOf = (declaration: RegisterDeclaration) =>
  declaration.supervisorsRecord ? ('register.supervise' as const) : ('register.assign' as const);

/** Declares a register, keeping its figure keys as literal types for the figure catalogue. */
export function defineRegister<const D extends RegisterDeclaration>(declaration: D): D {
  return declaration;
}

const labelled = <T extends z.ZodType>(schema: T, spec: FieldSpec) => schema.meta({ label: spec.label });

function fieldSchema(spec: FieldSpec): z.ZodType {
  switch (spec.kind) {
    case 'text': {
      let text = z
        .string()
        .trim()
        .max(spec.max ?? (spec.multiline ? 5000 : 500));
      if (spec.required) text = text.min(1, 'Chưa nhập (bắt buộc).');
      const checked = spec.url
        ? text.refine(
            (v) => v === '' || /^https?:\/\/\S+$/i.test(v),
            'Phải là đường dẫn bắt đầu bằng http:// hoặc https://.',
          )
        : text;
      return spec.required ? checked : checked.nullish();
    }
    case 'date': {
      const date = z.string().refine(isIsoDate, { error: (issue) => dateRefusal(issue.input) });
      return spec.required ? date : date.nullish();
    }
    case 'number': {
      let number = z.number({ error: 'Phải là một số.' });
      if (spec.integer) number = number.int('Phải là số nguyên.');
      number = number.min(spec.min ?? 0);
      if (spec.max !== undefined) number = number.max(spec.max);
      return spec.required ? number : number.nullish();
    }
    case 'unit':
      return spec.required ? z.uuid() : z.uuid().nullish();
    case 'choice': {
      const choice = z.enum(spec.choices.map((c) => c.value) as [string, ...string[]], {
        error: `Chọn một trong: ${spec.choices.map((c) => c.label).join(', ')}.`,
      });
      return spec.required ? choice : choice.nullish();
    }
    case 'file':
      // Set by an upload, never by a form (the schema leaves file fields out).
      return z.never();
  }
}

/** The fields a form writes (files are uploaded apart). */
export const typedFields = (declaration: RegisterDeclaration) =>
  Object.entries(declaration.fields).filter(([, spec]) => spec.kind !== 'file');

/**
 * The zod schema of an entry's typed fields, built from the declaration: each field labelled, unknown keys
 * refused (file fields are not typed: an upload sets them).
 */
export function entrySchema(declaration: RegisterDeclaration) {
  const shape: Record<string, z.ZodType> = {};
  for (const [key, spec] of typedFields(declaration)) shape[key] = labelled(fieldSchema(spec), spec);
  return z.strictObject(shape);
}

/** The label of a choice value, or the value itself. */
export function choiceLabel(spec: FieldSpec | undefined, value: unknown): string {
  if (spec?.kind !== 'choice' || typeof value !== 'string') return value == null ? '' : String(value);
  return spec.choices.find((c) => c.value === value)?.label ?? value;
}

// Helpers the register files' figures use.

/** The entries whose date field falls in the period. */
export function datedIn(input: FigureInput, dateField: string): FigureEntry[] {
  return input.entries.filter((e) => {
    const date = e.fields[dateField];
    return typeof date === 'string' && date >= input.period.from && date <= input.period.to;
  });
}
/** A count of a unit's entries: null (no data) when the unit recorded none at all, so a level's sum is honest. */
export const countOrNone = (count: number, input: FigureInput): FigureResult =>
  input.entries.length === 0 && count === 0 ? null : { value: count };

/**
 * Follow-ups due in the period that are judged by `today`: already due, or closed early; of them those closed
 * by their due date. (An open item not yet due is not late, so not counted either way.)
 */
export function followUpsOnTime(input: FigureInput): FigureResult {
  const judged = input.followUps.filter(
    (f) =>
      f.status !== 'cancelled' &&
      f.dueOn >= input.period.from &&
      f.dueOn <= input.period.to &&
      (f.status === 'done' || f.dueOn < input.today),
  );
  if (judged.length === 0) return null;
  const onTime = judged.filter((f) => f.status === 'done' && f.closedOn !== null && f.closedOn <= f.dueOn).length;
  return { numerator: onTime, denominator: judged.length };
}

/**
 * Follow-ups due in the period that are judged by `today` (already due, or closed early): of them those closed at
 * all, late or not ("xử lý 100% đề xuất").
 */
export function followUpsClosed(input: FigureInput): FigureResult {
  const judged = input.followUps.filter(
    (f) =>
      f.status !== 'cancelled' &&
      f.dueOn >= input.period.from &&
      f.dueOn <= input.period.to &&
      (f.status === 'done' || f.dueOn < input.today),
  );
  if (judged.length === 0) return null;
  return { numerator: judged.filter((f) => f.status === 'done').length, denominator: judged.length };
}
