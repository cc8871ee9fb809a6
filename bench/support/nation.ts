/**
 * The national benchmark's country (issue #17.5): `provinces` provinces, each with 20 departments and 97 communes
 * (34 of them: 680 departments and 3,298 communes, the national tree after the 2025 reform), a coordinator each, and
 * a plan each committed through the real upload and commit use cases by that province's coordinator: 300 lines, 90
 * of them for every commune and 60 for every department, about 10,000 assignments a province.
 */
import { eq, sql } from 'drizzle-orm';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { queryRows } from '../../src/db/rows.js';
import { reportingPeriods, unitGroups, units, users } from '../../src/db/schema/index.js';
import { contentOfBytes } from '../../src/files/upload-content.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import { hashPassword } from '../../src/security/password-hash.js';
import type { ServiceContext } from '../../src/services/context.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { applyUnitImport } from '../../src/services/units/import-units.js';
import { openBenchDatabase, PASSWORD, syntheticPlan } from './province.js';

export const DEPARTMENTS = 20;
export const COMMUNES = 97;

export const provinceCode = (n: number) => `T${String(n).padStart(2, '0')}`;

/** The directory: each province, its departments (the first its Sở Nội vụ) and communes. */
function nationCsv(provinces: number): string {
  const rows = ['code,parent_code,kind,level,name,short_names'];
  for (let p = 1; p <= provinces; p++) {
    const code = provinceCode(p);
    rows.push(`${code},,province,province,UBND tỉnh số ${p},UBND tỉnh`);
    for (let i = 1; i <= DEPARTMENTS; i++) rows.push(`${code}.S${i},${code},department,province,Sở số ${i},S${i}`);
    for (let i = 1; i <= COMMUNES; i++) rows.push(`${code}.X${i},${code},commune,commune,UBND xã số ${i},X${i}`);
  }
  return rows.join('\n');
}

export interface Nation {
  bench: Awaited<ReturnType<typeof openBenchDatabase>>;
  files: ReturnType<typeof localFileStore>;
  units: (typeof units.$inferSelect)[];
  /** Each province's plan and its nine-month period, by province code. */
  plans: Map<string, { planId: string; periodM9Id: string; commitMs: number }>;
  assignmentsTotal: number;
}

export async function buildNation(provinces: number, now: Date): Promise<Nation> {
  const bench = await openBenchDatabase();
  const db = bench.handle.db;
  await bench.handle.migrate();
  const files = localFileStore(await mkdtemp(join(tmpdir(), 'cchc-bench-files-')));
  await applyUnitImport(db, null, new TextEncoder().encode(nationCsv(provinces)), { dryRun: false, now });
  const all = await db.select().from(units);
  const byCode = new Map(all.map((u) => [u.code, u]));
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values(
    Array.from({ length: provinces }, (_, i) => ({
      username: `dp.${provinceCode(i + 1).toLowerCase()}`,
      displayName: `Điều phối tỉnh số ${i + 1}`,
      role: 'coordinator' as const,
      unitId: byCode.get(`${provinceCode(i + 1)}.S1`)!.id,
      passwordHash,
    })),
  );
  const allGroups = await db.select().from(unitGroups);
  const plans: Nation['plans'] = new Map();
  for (let p = 1; p <= provinces; p++) {
    const code = provinceCode(p);
    const [coordinator] = await db
      .select()
      .from(users)
      .where(eq(users.username, `dp.${code.toLowerCase()}`));
    const ctx: ServiceContext = {
      db,
      files,
      actor: { userId: coordinator!.id, role: 'coordinator', unitId: coordinator!.unitId },
      now: () => now,
    };
    const departments = all.filter((u) => u.kind === 'department' && u.code.startsWith(`${code}.`));
    // Every province has its own "UBND cấp xã" and "Các sở, ban, ngành cấp tỉnh".
    const rootId = byCode.get(code)!.id;
    const groups = new Map(allGroups.filter((g) => g.rootId === rootId).map((g) => [g.name, g.id]));
    const plan = syntheticPlan(groups, departments, { communeLines: 90, departmentLines: 60 });
    const started = performance.now();
    const draft = await uploadPlanDocument(ctx, {
      content: contentOfBytes(new TextEncoder().encode(JSON.stringify({ ...plan, title: `${plan.title} ${code}` }))),
      fileName: `ke-hoach-${code}.json`,
      contentType: 'application/json',
    });
    const committed = await commitPlanImport(ctx, draft.id, {
      version: draft.version,
      name: `Kế hoạch CCHC năm 2026 tỉnh số ${p}`,
      note: null,
    });
    const commitMs = performance.now() - started;
    const [m9] = await db
      .select({ id: reportingPeriods.id })
      .from(reportingPeriods)
      .where(sql`${reportingPeriods.planId} = ${committed.plan.id} AND ${reportingPeriods.code} = 'M9'`);
    plans.set(code, { planId: committed.plan.id, periodM9Id: m9!.id, commitMs });
    console.error(`${code}: plan committed in ${(commitMs / 1000).toFixed(1)} s`);
  }
  const [{ n: assignmentsTotal }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM assignments`,
  )) as [{ n: number }];
  // A live database has its statistics (autovacuum gathers them after bulk writes): measure that steady state.
  await db.execute(sql`ANALYZE`);
  return { bench, files, units: all, plans, assignmentsTotal };
}

/** Accounts for the load: `count` of a role in the given units (cycled), all with the benchmark's password. */
export async function addAccounts(
  nation: Nation,
  prefix: string,
  role: 'reporter' | 'leader' | 'ministry',
  unitIds: string[],
): Promise<string[]> {
  const passwordHash = await hashPassword(PASSWORD);
  const rows = unitIds.map((unitId, i) => ({
    username: `${prefix}${i}`,
    displayName: `${prefix} ${i}`,
    role,
    unitId,
    passwordHash,
  }));
  await nation.bench.handle.db.insert(users).values(rows);
  return rows.map((r) => r.username);
}
