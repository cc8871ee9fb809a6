import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq } from 'drizzle-orm';
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
import { finishPastWork } from './load-demo-reporting.js';

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
    bytes: new TextEncoder().encode(text),
    fileName: `ke-hoach-cchc-quang-tri-${previous}.txt`,
    contentType: 'text/plain',
    asOf: `${previous}-01-15`,
  });
  const { plan } = await commitPlanImport(as(importedAt), draft.id, {
    version: draft.version,
    name: demoPlanName(previous),
    note: 'Dữ liệu mẫu',
  });
  await finishPastWork(db, plan.id, localDateOf(now), now);

  const startYear = Math.floor((previous - 1) / 10) * 10 + 1;
  const endYear = Math.max(startYear + 9, year);
  const name = `Chương trình tổng thể CCHC giai đoạn ${startYear}–${endYear}`;
  const [known] = await db.select({ id: programmes.id }).from(programmes).where(eq(programmes.name, name));
  const programmeId = known?.id ?? (await createProgramme(as(now), { name, startYear, endYear })).id;
  for (const planId of [plan.id, current.id]) await setPlanProgramme(as(now), planId, programmeId);
}
