import { contentOfBytes } from '../../src/files/upload-content.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { assignments, reportingPeriods } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { unitIdOf } from './actors.js';
import { body, createTestApi, type Client, type TestApi } from './api.js';
import type { FileStore } from '../../src/files/file-store.js';
import { AFTER_REORGANISATION } from './clock.js';

const QUANG_TRI = join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt');
const QUANG_TRI_NAME = 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025';
/** The plan's lines are read against the directory as it stood when the plan was issued. */
const QUANG_TRI_AS_OF = '2025-01-15';

/** The real Quảng Trị 2025 plan, uploaded and committed by a coordinator: assignments for the demo units follow. */
export async function commitQuangTriPlan(coordinator: Client): Promise<{ planId: string }> {
  const uploaded = await coordinator.upload(
    `/api/plan-imports?asOf=${QUANG_TRI_AS_OF}`,
    new Blob([await readFile(QUANG_TRI)]),
    'quang-tri-2025.txt',
  );
  if (uploaded.status !== 201) throw new Error(`upload failed: ${uploaded.status} ${await uploaded.text()}`);
  const draft = await body(uploaded);
  const committed = await coordinator.send('POST', `/api/plan-imports/${draft.id}/commit`, {
    version: draft.version,
    name: QUANG_TRI_NAME,
  });
  if (committed.status !== 201) throw new Error(`commit failed: ${committed.status} ${await committed.text()}`);
  return { planId: (await body(committed)).plan.id };
}

export interface CommittedPlan {
  api: TestApi;
  coordinator: Client;
  /** The reporter of UBND xã Cam Lộ, a commune leading seven of the plan's lines. */
  camlo: Client;
  camloUnitId: string;
  planId: string;
}

/**
 * The HTTP tests' common start: the test API on the demo province, its clock at `at` (after the 2025
 * reorganisation unless told; files in `files`, else a fresh folder), the Quảng Trị plan committed by the coordinator and Cam Lộ's reporter signed in.
 */
export async function withCommittedPlan(options: { at?: string; files?: FileStore } = {}): Promise<CommittedPlan> {
  const api = await createTestApi(options.files ? { files: options.files } : {});
  api.clock.now = new Date(options.at ?? AFTER_REORGANISATION);
  const coordinator = await api.signIn('snv.cchc');
  const { planId } = await commitQuangTriPlan(coordinator);
  const camlo = await api.signIn('camlo.baocao');
  return { api, coordinator, camlo, camloUnitId: await unitIdOf(api.database.db, 'QT.X.CAMLO'), planId };
}

/** The same plan read into a draft through the use case (no HTTP), for use-case tests. */
export async function uploadQuangTriPlan(coordinator: ServiceContext) {
  const bytes = new Uint8Array(await readFile(QUANG_TRI));
  return uploadPlanDocument(coordinator, {
    content: contentOfBytes(bytes),
    fileName: 'quang-tri-2025.txt',
    contentType: 'text/plain',
    asOf: QUANG_TRI_AS_OF,
  });
}

/** The same plan committed through the use cases: its assignments, indicators and reporting periods exist. */
export async function commitQuangTriPlanAs(coordinator: ServiceContext): Promise<{ planId: string }> {
  const draft = await uploadQuangTriPlan(coordinator);
  const plan = await commitPlanImport(coordinator, draft.id, {
    version: draft.version,
    name: QUANG_TRI_NAME,
    note: null,
  });
  return { planId: plan.plan.id };
}

/** A unit's live lead assignments in a plan, in a stable order. */
export async function leadAssignmentsOf(db: ServiceContext['db'], planId: string, unitCode: string) {
  const unitId = await unitIdOf(db, unitCode);
  return db
    .select()
    .from(assignments)
    .where(
      and(
        eq(assignments.planId, planId),
        eq(assignments.unitId, unitId),
        eq(assignments.role, 'lead'),
        isNull(assignments.cancelledAt),
      ),
    )
    .orderBy(asc(assignments.id));
}

/** A plan's reporting period by its code (Q1, H1, M9, Y…). */
export async function periodOf(db: ServiceContext['db'], planId: string, code: string) {
  const [period] = await db
    .select()
    .from(reportingPeriods)
    .where(and(eq(reportingPeriods.planId, planId), eq(reportingPeriods.code, code)));
  if (!period) throw new Error(`the plan has no period ${code}`);
  return period;
}

/** A tiny but real PDF, as a unit would attach for evidence. */
export const SMALL_PDF = new TextEncoder().encode(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\nstartxref\n0\n%%EOF\n',
);
