import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { assignmentDocuments, units } from '../../db/schema/index.js';
import { unitReportDocument } from '../../writers/cchc/unit-report.js';
import { buildAdministrativeDocument } from '../../writers/docx/administrative-document.js';
import type { ServiceContext } from '../context.js';
import { getUnitReport } from './get-unit-report.js';
import { provinceNames, safeFileName } from '../../db/queries/units/document-header.js';
import { DOCX_TYPE } from '../consolidated-report/build-consolidated-report.js';
import { loadPeriod } from '../../db/queries/consolidation/period-dataset.js';

/** A unit's report for a period as a Word document to sign and file; whoever may read the report may export it. */
export async function exportUnitReport(ctx: ServiceContext, periodId: string, unitId: string) {
  const form = await getUnitReport(ctx, periodId, unitId);
  const loaded = await loadPeriod(ctx.db, periodId);
  const names = await provinceNames(ctx.db);
  const [unit] = await ctx.db.select({ kind: units.kind }).from(units).where(eq(units.id, unitId));
  const documents = form.assignments.length
    ? await ctx.db
        .select({
          assignmentId: assignmentDocuments.assignmentId,
          numberSymbol: assignmentDocuments.numberSymbol,
          issuedOn: assignmentDocuments.issuedOn,
          summary: assignmentDocuments.summary,
        })
        .from(assignmentDocuments)
        .where(
          and(
            inArray(
              assignmentDocuments.assignmentId,
              form.assignments.map((a) => a.id),
            ),
            isNull(assignmentDocuments.archivedAt),
          ),
        )
        .orderBy(asc(assignmentDocuments.issuedOn))
    : [];
  const bytes = await buildAdministrativeDocument(
    unitReportDocument({
      unit: { name: form.unitName, kind: unit?.kind ?? 'other' },
      governingBody: names.governingBody,
      place: names.place,
      addressee: names.place ? `Sở Nội vụ tỉnh ${names.place}` : 'Sở Nội vụ',
      periodLabel: form.period.label,
      year: loaded.planYear,
      content: form.content,
      assignments: form.assignments,
      indicators: form.indicators,
      documents,
    }),
  );
  return {
    kind: 'file' as const,
    bytes: new Uint8Array(bytes),
    fileName: safeFileName(`Báo cáo CCHC ${form.period.label} - ${form.unitName}.docx`),
    contentType: DOCX_TYPE,
  };
}
