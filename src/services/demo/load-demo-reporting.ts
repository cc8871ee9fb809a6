import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { and, eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { plans, reportingPeriods, units, users } from '../../db/schema/index.js';
import type { FileStore } from '../../files/file-store.js';
import type { Actor, ServiceContext } from '../context.js';
import { commitPlanImport } from '../plans/commit-plan-import.js';
import { uploadPlanDocument } from '../plans/upload-plan-document.js';
import { actOnUnitReport } from '../reporting/act-on-unit-report.js';
import { getUnitReport } from '../reporting/get-unit-report.js';
import { saveUnitReport } from '../reporting/save-unit-report.js';

const DEMO_PLAN = fileURLToPath(new URL('../../../seed/demo/ke-hoach-cchc-quang-tri-2025.txt', import.meta.url));
export const DEMO_PLAN_NAME = 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025';

/**
 * A plan in progress, made through the same use cases people use: the coordinator imports and commits
 * the real Quảng Trị 2025 plan; for its "9 tháng" period Sở Tư pháp's report is accepted, UBND phường
 * Đông Hà's is returned with comments, and the other units have not reported (late).
 */
export async function loadDemoReporting(db: Database, files: FileStore, now: Date): Promise<boolean> {
  const [existing] = await db.select({ id: plans.id }).from(plans).where(eq(plans.name, DEMO_PLAN_NAME));
  if (existing) return false;
  const as = async (username: string): Promise<ServiceContext> => {
    const [user] = await db.select().from(users).where(eq(users.username, username));
    const actor: Actor = { userId: user!.id, role: user!.role, unitId: user!.unitId };
    return { db, files, actor, now: () => now };
  };
  const coordinator = await as('snv.cchc');
  const draft = await uploadPlanDocument(coordinator, { bytes: await readFile(DEMO_PLAN), fileName: 'ke-hoach-cchc-quang-tri-2025.txt', contentType: 'text/plain', asOf: '2025-01-15' });
  const { plan } = await commitPlanImport(coordinator, draft.id, { version: draft.version, name: DEMO_PLAN_NAME, note: 'Dữ liệu mẫu' });
  const [period] = await db.select().from(reportingPeriods).where(and(eq(reportingPeriods.planId, plan.id), eq(reportingPeriods.code, 'M9')));
  const unitId = async (code: string) => (await db.select({ id: units.id }).from(units).where(eq(units.code, code)))[0]!.id;

  const report = async (username: string, unitCode: string, achievements: string) => {
    const ctx = await as(username);
    const id = await unitId(unitCode);
    const form = await getUnitReport(ctx, period!.id, id);
    const items = form.content.items.map((item, i) => (i === 0 ? { ...item, status: 'in_progress' as const, progress: 60, result: 'Đang triển khai theo kế hoạch.' } : item));
    const saved = await saveUnitReport(ctx, period!.id, id, { version: 0, content: { ...form.content, items, sections: { ...form.content.sections, achievements } } });
    return { id, submitted: await actOnUnitReport(ctx, period!.id, id, saved.version, { type: 'submit' }) };
  };
  const justice = await report('stp.baocao', 'QT.STP', 'Thẩm định 45 dự thảo văn bản quy phạm pháp luật; rà soát, hệ thống hóa văn bản kỳ 2019-2023.');
  await actOnUnitReport(coordinator, period!.id, justice.id, justice.submitted.version, { type: 'accept' });
  const dongHa = await report('dongha.baocao', 'QT.X.DONGHA', 'Tiếp nhận và giải quyết hồ sơ TTHC đúng hạn.');
  await actOnUnitReport(coordinator, period!.id, dongHa.id, dongHa.submitted.version, {
    type: 'return',
    overallComment: 'Đề nghị bổ sung số liệu hồ sơ trực tuyến và kết quả số hóa.',
    itemComments: [],
  });
  return true;
}
