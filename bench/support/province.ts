/**
 * The reporting benchmark's province, shared by bench/reporting.ts and bench/reports.ts: 250 units
 * (20 departments, 230 communes) with one reporter each and a coordinator, and a committed 300-activity
 * plan whose groups expand to about 10,000 assignments, on a fresh PGlite or PostgreSQL database.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { createThrowawayDatabase } from '../../test/support/throwaway-postgres.js';
import { queryRows } from '../../src/db/rows.js';
import { reportingPeriods, unitGroups, units, users } from '../../src/db/schema/index.js';
import type { PlanActivity, PlanV1 } from '../../src/domain/plan/types.js';
import type { FileStore } from '../../src/files/file-store.js';
import { localFileStore } from '../../src/files/local-file-store.js';
import { hashPassword } from '../../src/security/password-hash.js';
import type { ServiceContext } from '../../src/services/context.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { applyUnitImport } from '../../src/services/units/import-units.js';

export const PASSWORD = 'Bench@cchc2025';

export async function openBenchDatabase(): Promise<{
  handle: DatabaseHandle;
  label: string;
  url?: string;
  cleanup: () => Promise<void>;
}> {
  const server = process.env.BENCH_DATABASE_URL;
  if (!server) {
    const dir = await mkdtemp(join(tmpdir(), 'cchc-bench-'));
    const handle = await openDatabase({ dataDir: dir });
    return { handle, label: 'PGlite (file)', cleanup: () => rm(dir, { recursive: true, force: true }) };
  }
  const { url, drop } = await createThrowawayDatabase(server, 'cchc_bench');
  return { handle: await openDatabase({ url }), label: 'PostgreSQL 15', url, cleanup: drop };
}

/** The 250 units: 20 departments, 230 communes, under the province. */
export function provinceCsv(): string {
  const rows = ['code,parent_code,kind,level,name,short_names', 'BT,,province,province,UBND tỉnh Bến Thử,UBND tỉnh'];
  for (let i = 1; i <= 20; i++) rows.push(`BT.S${i},BT,department,province,Sở số ${i},S${i}`);
  for (let i = 1; i <= 230; i++) rows.push(`BT.X${i},BT,commune,commune,UBND xã số ${i},X${i}`);
  return rows.join('\n');
}

/**
 * A cchc.plan/v1 document of 300 lines with resolved units: by default 40 lines for every commune, 40 for every
 * department, 220 single lines (each led by one department in turn).
 */
export function syntheticPlan(
  groups: Map<string, string>,
  departments: { id: string; name: string }[],
  { communeLines = 40, departmentLines = 40 } = {},
): PlanV1 {
  const activity = (i: number, lead: PlanActivity['lead']): PlanActivity => ({
    id: `A-${i}`,
    area: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i % 8]!,
    number: String(i),
    objective: null,
    task: null,
    activity: `Hoạt động số ${i}`,
    deliverable: 'Báo cáo',
    lead,
    cooperating: { text: '', units: [] },
    deadline: { text: 'Quý IV/2026', kind: 'period', start: '2026-10-01', due: '2026-12-31', parts: [] },
    budget: { text: 'Thường xuyên', kind: 'regular', amountMillionVnd: null },
    warnings: [],
    source: null,
  });
  const group = (name: string) => ({
    text: name,
    units: [{ unitId: null, groupId: groups.get(name)!, name, group: true, confidence: 1, role: null, note: null }],
  });
  const activities: PlanActivity[] = [];
  for (let i = 0; i < 300; i++) {
    if (i < communeLines) activities.push(activity(i, group('UBND cấp xã')));
    else if (i < communeLines + departmentLines) activities.push(activity(i, group('Các sở, ban, ngành cấp tỉnh')));
    else {
      const d = departments[i % departments.length]!;
      activities.push(
        activity(i, {
          text: d.name,
          units: [{ unitId: d.id, groupId: null, name: d.name, group: false, confidence: 1, role: null, note: null }],
        }),
      );
    }
  }
  const areas = [
    'Công tác chỉ đạo, điều hành',
    'Cải cách thể chế',
    'Cải cách thủ tục hành chính',
    'Cải cách tổ chức bộ máy',
    'Cải cách chế độ công vụ',
    'Cải cách tài chính công',
    'Chính phủ điện tử, chính phủ số',
    'Tác động của CCHC',
  ].map((title, i) => ({ code: ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'][i]!, title }));
  return {
    format: 'cchc.plan/v1',
    title: 'Kế hoạch CCHC năm 2026 (thử tải)',
    issuer: 'UBND tỉnh',
    documentNumber: null,
    issuedOn: null,
    year: 2026,
    columns: [],
    areas,
    activities,
    indicators: [],
    unplaced: [],
    warnings: [],
  };
}

export interface BenchProvince {
  handle: DatabaseHandle;
  label: string;
  /** The PostgreSQL database's address, for server processes of their own; none on PGlite. */
  url: string | undefined;
  files: FileStore;
  /** The coordinator's context, at `now`. */
  ctx: ServiceContext;
  allUnits: (typeof units.$inferSelect)[];
  planId: string;
  periodM9: typeof reportingPeriods.$inferSelect;
  assignmentsTotal: number;
  setupMs: number;
  commitMs: number;
  cleanup: () => Promise<void>;
}

export async function buildBenchProvince(now: Date): Promise<BenchProvince> {
  const { handle, label, url, cleanup } = await openBenchDatabase();
  const db = handle.db;
  await handle.migrate();
  const filesDir = await mkdtemp(join(tmpdir(), 'cchc-bench-files-'));
  const files = localFileStore(filesDir);

  let started = performance.now();
  await applyUnitImport(db, null, new TextEncoder().encode(provinceCsv()), { dryRun: false, now });
  const allUnits = await db.select().from(units);
  const passwordHash = await hashPassword(PASSWORD);
  await db.insert(users).values([
    { username: 'dieuphoi', displayName: 'Điều phối', role: 'coordinator', passwordHash },
    ...allUnits
      .filter((u) => u.kind !== 'province')
      .map((u) => ({
        username: `bc.${u.code.toLowerCase()}`,
        displayName: `Báo cáo ${u.name}`,
        role: 'reporter' as const,
        unitId: u.id,
        passwordHash,
      })),
  ]);
  const [coordinator] = await db.select().from(users).where(eq(users.username, 'dieuphoi'));
  const ctx: ServiceContext = {
    db,
    files,
    actor: { userId: coordinator!.id, role: 'coordinator', unitId: null },
    now: () => now,
  };
  const groups = new Map((await db.select().from(unitGroups)).map((g) => [g.name, g.id]));
  const plan = syntheticPlan(
    groups,
    allUnits.filter((u) => u.kind === 'department'),
  );
  const setupMs = performance.now() - started;

  started = performance.now();
  const draft = await uploadPlanDocument(ctx, {
    content: contentOfBytes(new TextEncoder().encode(JSON.stringify(plan))),
    fileName: 'plan.json',
    contentType: 'application/json',
  });
  const committed = await commitPlanImport(ctx, draft.id, { version: draft.version, name: plan.title!, note: null });
  const commitMs = performance.now() - started;
  const [{ n: assignmentsTotal }] = (await queryRows<{ n: number }>(
    db,
    sql`SELECT count(*)::int AS n FROM assignments`,
  )) as [{ n: number }];
  // A province's database has statistics (autovacuum gathers them a minute after a bulk write): measure that steady state.
  await db.execute(sql`ANALYZE`);
  const [periodM9] = await db.select().from(reportingPeriods).where(eq(reportingPeriods.code, 'M9'));
  return {
    handle,
    label,
    url,
    files,
    ctx,
    allUnits,
    planId: committed.plan.id,
    periodM9: periodM9!,
    assignmentsTotal,
    setupMs,
    commitMs,
    cleanup: async () => {
      await handle.close();
      await cleanup();
      await rm(filesDir, { recursive: true, force: true });
    },
  };
}

/** Signs users in over HTTP (real password checks): their cookies and CSRF tokens. */
export async function signInAll(
  url: string,
  usernames: string[],
  unitIds: string[],
): Promise<{ cookie: string; csrf: string; unitId: string }[]> {
  const sessions = [];
  for (const [i, username] of usernames.entries()) {
    const response = await fetch(`${url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: PASSWORD }),
    });
    const session = (await response.json()) as { csrfToken: string };
    sessions.push({
      cookie: response.headers.get('set-cookie')!.split(';')[0]!,
      csrf: session.csrfToken,
      unitId: unitIds[i] ?? '',
    });
  }
  return sessions;
}
