/**
 * A read document → a `cchc.plan/v1` plan: metadata from the first page, activities and table
 * targets from the appendix, targets from the text, and everything not placed listed with a
 * reason. Pure: the caller reads the file and supplies the cell readers.
 */
import { AppError } from '../errors.js';
import { buildFromAppendix } from './activities.js';
import { findAppendix, type Appendix } from './appendix.js';
import type { ColumnMapping } from './column-mapping.js';
import { topicOf, type AreaTopic } from './areas.js';
import { makeParagraph, type DocumentParagraph, type PlanDocument } from './document.js';
import { readMetadata } from './metadata.js';
import { readProse } from './prose.js';
import { targetsFromProse } from './prose-targets.js';
import { dutiesFromProse } from './prose-duties.js';
import type { FieldReaders, ProgressCallback } from './readers.js';
import { PLAN_FORMAT, type ImportWarning, type PlanIndicator, type PlanV1 } from './types.js';

export interface AssembleOptions {
  /** Readers for one plan year (deadlines without a year take the plan's). */
  makeReaders: (context: { year: number | null }) => FieldReaders;
  onProgress?: ProgressCallback;
  /** A coordinator's mapping of the appendix table, applied instead of recognising its header. */
  mapping?: ColumnMapping | null;
  /** Hand back a plan with nothing in it instead of refusing it (the reader then asks for a mapping). */
  allowEmpty?: boolean;
}

export function noPlanFound(): AppError {
  return new AppError('NO_PLAN_FOUND');
}

function numberIndicators(indicators: PlanIndicator[]): PlanIndicator[] {
  const counts = new Map<string, number>();
  return indicators.map((indicator) => {
    const key = indicator.area ?? 'X';
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return { ...indicator, id: `${key}-CT${n}` };
  });
}

export function assemblePlan(document: PlanDocument, options: AssembleOptions): PlanV1 {
  return assembleWithAppendix(document, options).plan;
}

/** The plan and the appendix it was read from (null when none was found). */
export function assembleWithAppendix(
  document: PlanDocument,
  options: AssembleOptions,
): { plan: PlanV1; appendix: Appendix | null } {
  const appendix = findAppendix(document.blocks, options.mapping);
  const appendixBlocks = new Set(appendix?.blockIndexes ?? []);
  // Text outside the appendix; other tables (letterheads, signatures) are read as text.
  const paragraphs: DocumentParagraph[] = document.blocks.flatMap((block, index) => {
    if (block.kind === 'paragraph') return [block];
    if (appendixBlocks.has(index)) return [];
    return block.rows.flatMap((row) =>
      row.cells.filter((c) => c.text).map((c) => makeParagraph(c.text, { bold: c.bold, line: row.line })),
    );
  });
  const metadata = readMetadata(paragraphs);
  const readers = options.makeReaders({ year: metadata.year });
  const warnings: ImportWarning[] = [...metadata.warnings];

  const fromAppendix = appendix
    ? buildFromAppendix(appendix, readers, options.onProgress)
    : { areas: [], activities: [], indicators: [], unplaced: [] };
  if (!appendix) {
    warnings.push({
      code: 'no_appendix',
      message: 'Văn bản không có bảng phụ lục nhiệm vụ; chỉ đọc được các chỉ tiêu trong nội dung.',
    });
  }

  const areasByTopic = new Map<AreaTopic, string>();
  for (const area of fromAppendix.areas) {
    const topic = topicOf(area.title);
    if (topic && !areasByTopic.has(topic)) areasByTopic.set(topic, area.code);
  }
  const prose = readProse(paragraphs);
  const fromProse = targetsFromProse(prose, areasByTopic, readers, metadata.year, options.onProgress);
  const duties = dutiesFromProse(prose, readers);

  const indicators = numberIndicators([...fromAppendix.indicators, ...fromProse.indicators]);
  if (fromAppendix.activities.length === 0 && indicators.length === 0 && !options.allowEmpty) throw noPlanFound();
  options.onProgress?.({ stage: 'done', done: 1, total: 1 });

  const plan: PlanV1 = {
    format: PLAN_FORMAT,
    title: metadata.title,
    issuer: metadata.issuer,
    documentNumber: metadata.documentNumber,
    issuedOn: metadata.issuedOn,
    year: metadata.year,
    columns: appendix
      ? appendix.columns.headers.map((header, i) => ({ header, role: appendix.columns.roles[i] ?? 'other' }))
      : [],
    areas: fromAppendix.areas.length > 0 ? fromAppendix.areas : fromProse.areas,
    activities: fromAppendix.activities,
    indicators,
    unplaced: [...fromAppendix.unplaced, ...fromProse.unplaced],
    warnings,
    ...(duties.length ? { duties } : {}),
  };
  return { plan, appendix };
}
