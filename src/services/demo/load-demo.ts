import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import type { Role } from '../../contracts/auth.js';
import type { Database } from '../../db/client.js';
import { units, users } from '../../db/schema/index.js';
import { applyUnitImport } from '../units/import-units.js';
import type { FileStore } from '../../files/file-store.js';
import { loadDemoScoring } from './load-demo-scoring.js';
import { insertUser } from '../../db/queries/users/insert-user.js';
import { demoYear } from '../../domain/demo/demo-timeline.js';
import { loadDemoReporting } from './load-demo-reporting.js';
import { loadDemoDossiers } from './load-demo-dossiers.js';
import { loadDemoProgramme } from './load-demo-programme.js';
import { loadDemoRegisters } from './load-demo-registers.js';
import { loadDemoCitizenFeedback } from './load-demo-citizen-feedback.js';
import { loadDemoSurveys } from './load-demo-surveys.js';
import { loadDemoInitiatives } from './load-demo-initiatives.js';
import { loadDemoUnitPlans } from './load-demo-unit-plans.js';
import { loadDemoIndices } from './load-demo-indices.js';

const DEMO_UNITS = fileURLToPath(new URL('../../../seed/demo/quang-tri-units.csv', import.meta.url));

/** Demo accounts, one per role, plus reporters of two units to show what each may see. Public: demo only. */
export const DEMO_PASSWORD = 'Demo@cchc2025';
export const DEMO_USERS: { username: string; displayName: string; role: Role; unitCode: string | null }[] = [
  { username: 'quantri', displayName: 'Quản trị hệ thống', role: 'admin', unitCode: null },
  { username: 'snv.cchc', displayName: 'Nguyễn Thị Hoa (Sở Nội vụ)', role: 'coordinator', unitCode: 'QT.SNV' },
  { username: 'lanhdao', displayName: 'Trần Văn Minh (Lãnh đạo UBND tỉnh)', role: 'leader', unitCode: 'QT' },
  { username: 'thamdinh', displayName: 'Lê Thị Thu (Hội đồng thẩm định)', role: 'appraiser', unitCode: 'QT.SNV' },
  { username: 'stp.baocao', displayName: 'Phạm Văn An (Sở Tư pháp)', role: 'reporter', unitCode: 'QT.STP' },
  // A second agency of the province's joint PAR INDEX self-assessment (public finance, area 6).
  { username: 'stc.baocao', displayName: 'Đỗ Thị Lan (Sở Tài chính)', role: 'reporter', unitCode: 'QT.STC' },
  {
    username: 'dongha.baocao',
    displayName: 'Hoàng Thị Mai (UBND phường Đông Hà)',
    role: 'reporter',
    unitCode: 'QT.X.DONGHA',
  },
  { username: 'camlo.baocao', displayName: 'Võ Văn Bình (UBND xã Cam Lộ)', role: 'reporter', unitCode: 'QT.X.CAMLO' },
];

/** The demo accounts not there yet, with the published password; their usernames. */
export async function ensureDemoUsers(
  db: Database,
  accounts: typeof DEMO_USERS,
  now: Date,
  mustChangePassword: boolean,
): Promise<string[]> {
  const created: string[] = [];
  await db.transaction(async (tx) => {
    for (const demo of accounts) {
      const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.username, demo.username));
      if (existing) continue;
      const [unit] = demo.unitCode
        ? await tx.select({ id: units.id }).from(units).where(eq(units.code, demo.unitCode))
        : [];
      await insertUser(tx, null, { ...demo, email: null, unitId: unit?.id ?? null, password: DEMO_PASSWORD }, now, {
        mustChangePassword,
      });
      created.push(demo.username);
    }
  });
  return created;
}

export async function isDatabaseEmpty(db: Database): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(units);
  return (row?.n ?? 0) === 0;
}

/**
 * Loads the demo province (Quảng Trị, with its 2025 mergers as successor links) and one account per role,
 * and with a file store a plan in progress and scoring rounds, both of the year of `now` (the context's
 * clock, so tests can load the demo on any day). Idempotent: units are matched by code, existing accounts,
 * plans and rounds (by name, which holds the year) are kept.
 */
export interface DemoOptions {
  /** With a file store, the demo also has a plan in progress and open scoring rounds. */
  files?: FileStore;
  now?: Date;
  /**
   * The demo password is published: outside a trial installation (`cchc start` on an empty database, or
   * CCHC_DEMO=true) the demo accounts must change it at first sign-in. The CLI decides; tests keep it off.
   */
  forcePasswordChange?: boolean;
}

export async function loadDemo(
  db: Database,
  options: DemoOptions = {},
): Promise<{ units: number; users: string[]; work: boolean; year: number }> {
  const now = options.now ?? new Date();
  const result = await applyUnitImport(db, null, await readFile(DEMO_UNITS), { dryRun: false, now });
  const created = await ensureDemoUsers(db, DEMO_USERS, now, options.forcePasswordChange ?? false);
  let work = false;
  if (options.files) {
    await loadDemoScoring(db, now);
    work = await loadDemoReporting(db, options.files, now);
    // Last year's plan in a programme with this year's: the comparison across years has two years.
    await loadDemoProgramme(db, options.files, now, demoYear(now));
    await loadDemoDossiers(db, now);
    // Steering meetings, training, publicity and ISO 9001: a year of each register.
    await loadDemoRegisters(db, now);
    // Dialogues with their proposals, and a year of citizen feedback (PAKN), some late.
    await loadDemoCitizenFeedback(db, now);
    // A survey campaign of the current quarter with a few hundred answers across demo units.
    await loadDemoSurveys(db, now);
    // The units' own plans under this year's plan, and initiatives at each stage.
    await loadDemoUnitPlans(db, now, demoYear(now));
    await loadDemoInitiatives(db, now, demoYear(now));
    // Four published years of the national indices, across the 2025 merger.
    await loadDemoIndices(db, options.files, demoYear(now));
  }
  return { units: result.created + result.updated + result.unchanged, users: created, work, year: demoYear(now) };
}
