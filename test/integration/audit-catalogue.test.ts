import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asc } from 'drizzle-orm';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, auditActionLabel } from '../../src/contracts/audit-actions.js';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import { auditLog } from '../../src/db/schema/index.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';
import { createThrowawayDatabase } from '../support/throwaway-postgres.js';

const migrations = fileURLToPath(new URL('../../src/db/migrations', import.meta.url));

/** Every (action, entity) pair written before migration 0009, frozen here as the rows it must rewrite. */
const OLD_PAIRS = [
  ['create', 'unit'],
  ['update', 'unit'],
  ['archive', 'unit'],
  ['import_create', 'unit'],
  ['import_update', 'unit'],
  ['add_succession', 'unit'],
  ['create', 'user'],
  ['update', 'user'],
  ['archive', 'user'],
  ['login', 'user'],
  ['logout', 'user'],
  ['lock', 'user'],
  ['change_password', 'user'],
  ['reset_password', 'user'],
  ['update_settings', 'notification_settings'],
  ['system.backup', 'system'],
  ['upload', 'plan_import'],
  ['revise_activity', 'plan_import'],
  ['discard', 'plan_import'],
  ['commit', 'plan'],
  ['commit_version', 'plan'],
  ['add_period', 'plan'],
  ['update', 'plan'],
  ['assignment_reassign', 'plan_activity'],
  ['assignment_split', 'plan_activity'],
  ['assignment_add', 'plan_activity'],
  ['assignment_cancel', 'plan_activity'],
  ['assignment_follow_successor', 'plan_activity'],
  ['update_progress', 'assignment'],
  ['add_evidence', 'assignment'],
  ['withdraw_evidence', 'assignment'],
  ['add_document', 'assignment'],
  ['enter_value', 'plan_indicator'],
  ['attach_evidence', 'plan_indicator'],
  ['close_period', 'reporting_period'],
  ['remind_late_units', 'reporting_period'],
  ['create', 'unit_report'],
  ['save', 'unit_report'],
  ['submit', 'unit_report'],
  ['return', 'unit_report'],
  ['accept', 'unit_report'],
  ['reopen', 'unit_report'],
  ['create', 'report_draft'],
  ['save', 'report_draft'],
  ['request_build', 'report_build'],
  ['build', 'report_build'],
  ['import', 'criteria_set'],
  ['archive', 'criteria_set'],
  ['create', 'scoring_round'],
  ['update', 'scoring_round'],
  ['assign_council', 'scoring_round'],
  ['scoring.survey', 'scoring_round'],
  ['stage.self_assessment', 'scoring_round'],
  ['stage.appraisal', 'scoring_round'],
  ['stage.explanation', 'scoring_round'],
  ['stage.final_appraisal', 'scoring_round'],
  ['stage.approved', 'scoring_round'],
  ['stage.published', 'scoring_round'],
  ['submit', 'scoring_round_unit'],
  ['scoring.self', 'scoring_entry'],
  ['scoring.prefill', 'scoring_entry'],
  ['scoring.appraisal', 'scoring_entry'],
  ['scoring.explanation', 'scoring_entry'],
  ['scoring.final', 'scoring_entry'],
  ['scoring.evidence', 'scoring_evidence'],
  ['withdraw_scoring_evidence', 'scoring_evidence'],
] as const;

/** A database migrated up to (and including) `lastTag` only, on PGlite or, with TEST_DATABASE_URL, PostgreSQL. */
async function databaseMigratedTo(lastTag: string): Promise<{ handle: DatabaseHandle; close: () => Promise<void> }> {
  const folder = await mkdtemp(join(tmpdir(), 'cchc-migrations-'));
  await cp(migrations, folder, { recursive: true });
  const journalPath = join(folder, 'meta/_journal.json');
  const journal = JSON.parse(await readFile(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const last = journal.entries.findIndex((entry) => entry.tag === lastTag);
  expect(last).toBeGreaterThan(0);
  await writeFile(journalPath, JSON.stringify({ ...journal, entries: journal.entries.slice(0, last + 1) }));
  const server = process.env.TEST_DATABASE_URL;
  const throwaway = server ? await createThrowawayDatabase(server, 'cchc_test') : null;
  const handle = await openDatabase({ url: throwaway?.url });
  await (handle.kind === 'pglite' ? migratePglite : migratePg)(handle.db as never, { migrationsFolder: folder });
  await rm(folder, { recursive: true });
  return { handle, close: async () => (await handle.close(), await throwaway?.drop()) };
}

describe('migration 0009 (audit action codes)', () => {
  it('rewrites every old code to its catalogued action about the same entity, and leaves an unknown one alone', async () => {
    const { handle, close } = await databaseMigratedTo('0008_scoring_evidence_withdrawal');
    try {
      const rows = [...OLD_PAIRS, ['legacy_code', 'unit']].map(([action, entity]) => ({
        action,
        entity,
        entityId: 'x',
        reason: `${action}|${entity}`,
      }));
      await handle.db.insert(auditLog).values(rows);
      await handle.migrate();
      const after = await handle.db.select().from(auditLog).orderBy(asc(auditLog.id));
      expect(after.map((row) => row.reason)).toEqual(rows.map((row) => row.reason));
      const renamed = after.slice(0, OLD_PAIRS.length);
      for (const row of renamed) {
        const entry = (AUDIT_ACTIONS as Record<string, { entity: string }>)[row.action];
        expect(entry?.entity, row.reason!).toBe(row.entity);
      }
      // One new code per old pair: no two old meanings were merged into one.
      expect(new Set(renamed.map((row) => row.action)).size).toBe(OLD_PAIRS.length);
      expect(renamed.find((row) => row.reason === 'update|plan')!.action).toBe('plan.loadDemoProgress');
      expect(renamed.find((row) => row.reason === 'submit|scoring_round_unit')!.action).toBe(
        'scoringRoundUnit.submitSelfAssessment',
      );
      expect(after.at(-1)!.action).toBe('legacy_code');
    } finally {
      await close();
    }
  });
});

describe('the audit log API', () => {
  let api: TestApi;
  let admin: Client;
  beforeAll(async () => {
    api = await createTestApi();
    // The whole demo (plan in progress, scoring rounds), so its loader's rows are held to the catalogue too.
    expect((await loadDemo(api.database.db, { files: api.files })).work).toBe(true);
    admin = await api.signIn('quantri');
  });
  afterAll(() => api.close());

  it('lists only catalogued codes, each with a label in both languages, including what the demo loader wrote', async () => {
    const page = await body(await admin.get('/api/audit?pageSize=200'));
    const codes = new Set<string>(page.items.map((entry: { action: string }) => entry.action));
    expect(codes).toContain('user.login');
    expect(codes).toContain('user.create');
    const written = new Set(
      (await api.database.db.select({ action: auditLog.action }).from(auditLog)).map((row) => row.action),
    );
    for (const code of [
      'unit.createByImport',
      'user.create',
      'plan.commit',
      'plan.loadDemoProgress',
      'scoringRound.create',
      'unitReport.submit',
    ])
      expect(written, code).toContain(code);
    for (const code of [...codes, ...written]) {
      expect(code in AUDIT_ACTIONS, code).toBe(true);
      expect(auditActionLabel(code, 'vi'), code).not.toBe(code);
      expect(auditActionLabel(code, 'en'), code).not.toBe(code);
    }
  });

  it('filters by action and by entity, and refuses a code the catalogue does not have', async () => {
    const created = await admin.send('POST', '/api/units', {
      code: 'QT.TEST.AUDIT',
      name: 'Đơn vị thử nhật ký',
      kind: 'other',
      level: 'province',
      parentId: null,
    });
    expect(created.status).toBe(201);
    const unitId = (await body(created)).id as string;
    const byAction = await body(await admin.get('/api/audit?action=unit.create&pageSize=200'));
    expect(byAction.items.length).toBeGreaterThan(0);
    expect(
      byAction.items.every(
        (entry: { action: string; entity: string }) => entry.action === 'unit.create' && entry.entity === 'unit',
      ),
    ).toBe(true);
    expect(byAction.items[0]).toMatchObject({ entityId: unitId, after: { code: 'QT.TEST.AUDIT' } });
    const byEntity = await body(await admin.get(`/api/audit?entity=unit&entityId=${unitId}`));
    expect(byEntity.items.map((entry: { action: string }) => entry.action)).toEqual(['unit.create']);
    const old = await admin.get('/api/audit?action=create');
    expect(old.status).toBe(400);
    expect((await body(old)).message).toContain('Hành động');
  });
});
