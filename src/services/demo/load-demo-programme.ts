import { contentOfBytes } from '../../files/upload-content.js';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { plans, programmes, users } from '../../db/schema/index.js';
import { DEMO_SOURCE_YEAR, demoPlanName, shiftPlanYears } from '../../domain/demo/demo-timeline.js';
import { localDateOf } from '../../domain/text/format.js';
import type { FileStore } from '../../files/file-store.js';
import type { ServiceContext } from '../context.js';
import { commitPlanImport } from '../plans/commit-plan-import.js';
import { uploadPlanDocument } from '../plans/upload-plan-document.js';
import { createProgramme } from '../programmes/create-programme.js';
import { setPlanProgramme } from '../programmes/set-plan-programme.js';
import { confirmDemoFigureLinks } from './load-demo-reporting.js';

const DEMO_PLAN = fileURLToPath(new URL('../../../seed/demo/ke-hoach-cchc-quang-tri-2025.txt', import.meta.url));

/**
 * Last year's plan, its work done (most on time, every fifth late), and a programme holding it and this
 * year's plan, so a leader sees the comparison across years from the start. The programme is the
 * ten-year one of the province's reform (2021–2030) that last year belongs to. Idempotent by name.
 */
export async function loadDemoProgramme(db: Database, files: FileStore, now: Date, year: number): Promise<void> {
  const previous = year - 1;
  const [current] = await db
    .select()
    .from(plans)
    .where(eq(plans.name, demoPlanName(year)));
  const [existing] = await db
    .select({ id: plans.id })
    .from(plans)
    .where(eq(plans.name, demoPlanName(previous)));
  if (!current || existing) return;
  const [user] = await db.select().from(users).where(eq(users.username, 'snv.cchc'));
  const importedAt = new Date(`${previous}-01-05T10:00:00+07:00`);
  const as = (at: Date): ServiceContext => ({
    db,
    files,
    actor: { userId: user!.id, role: user!.role, unitId: user!.unitId },
    now: () => at,
  });
  const text = shiftPlanYears(await readFile(DEMO_PLAN, 'utf8'), previous - DEMO_SOURCE_YEAR);
  const draft = await uploadPlanDocument(as(importedAt), {
    content: contentOfBytes(new TextEncoder().encode(text)),
    fileName: `ke-hoach-cchc-quang-tri-${previous}.txt`,
    contentType: 'text/plain',
    asOf: `${previous}-01-15`,
  });
  const { plan } = await commitPlanImport(as(importedAt), draft.id, {
    version: draft.version,
    name: demoPlanName(previous),
    note: 'Dữ liệu mẫu',
  });
  await confirmDemoFigureLinks(as(importedAt), plan.id);
  await finishLastYear(db, plan.id, localDateOf(now));

  const startYear = Math.floor((previous - 1) / 10) * 10 + 1;
  const endYear = Math.max(startYear + 9, year);
  const name = `Chương trình tổng thể CCHC giai đoạn ${startYear}–${endYear}`;
  const [known] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.name, name));
  const programmeId = known?.id ?? (await createProgramme(as(now), { name, startYear, endYear })).id;
  for (const planId of [plan.id, current.id]) await setPlanProgramme(as(now), planId, programmeId);
}

/**
 * Last year's work as the demo's history has it, in one statement (a row at a time would double the demo's
 * start-up): what was due before today is finished, a few days early, every fifth item a week late (by today);
 * work without a date stays open.
 */
async function finishLastYear(db: Database, planId: string, today: string): Promise<void> {
  await db.execute(sql`
    WITH due AS (
      SELECT id, due_on, row_number() OVER (ORDER BY due_on, id) AS n
      FROM assignments
      WHERE plan_id = ${planId} AND cancelled_at IS NULL AND due_on < ${today}
        AND status IN ('not_started', 'in_progress')
    ), dated AS (
      SELECT id, due_on, n,
        CASE WHEN n % 5 = 0 THEN least(due_on + 7, ${today}::date - 1) ELSE due_on - (1 + (n % 4))::int END AS completed
      FROM due
    )
    UPDATE assignments a
    SET status = CASE WHEN d.completed > d.due_on THEN 'done_late' ELSE 'done' END,
        progress = 100,
        completed_on = d.completed,
        result_text = 'Đã hoàn thành theo kế hoạch.',
        version = a.version + 1
    FROM dated d
    WHERE a.id = d.id`);
}
