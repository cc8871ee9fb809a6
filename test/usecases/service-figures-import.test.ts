import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, portalDepartments, serviceFigures, units } from '../../src/db/schema/index.js';
import type { PortalFigures } from '../../src/domain/service-quality/portal-row.js';
import { readPortalFigures } from '../../src/readers/portal-figures.js';
import { qd766Source } from '../../src/services/figures/qd766-source.js';
import { importServiceFigures } from '../../src/services/service-figures/import-service-figures.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

const FIXTURES = join(import.meta.dirname, '../fixtures/portal');
const read = (name: string) => ({
  file: `${name}.json`,
  figures: readPortalFigures(new Uint8Array(readFileSync(join(FIXTURES, `${name}.json`))), `${name}.json`),
});

let world: UseCaseWorld;
const db = () => world.database.db;
const unitId = async (code: string) =>
  (await db().select({ id: units.id }).from(units).where(eq(units.code, code)))[0]?.id;

beforeAll(async () => {
  world = await openUseCaseWorld();
});
afterAll(() => world.close());

describe('importServiceFigures: the portal answers stored against the demo directory', () => {
  it(
    'stores one row per matched unit and group, reports the rest, and links the portal ids',
    { timeout: 60_000 },
    async () => {
      const files = [read('dvc-progress-tree'), read('transparency')];
      const result = await importServiceFigures(db(), { period: '2025-Q3', files, now: world.clock.now });
      expect(result.period).toEqual({ from: '2025-07-01', to: '2025-09-30' });
      // Sở Nội vụ, Sở Tư pháp, Sở Y tế and UBND xã Cửa Tùng in both files, and the province's own row (the
      // tree's parent, "Tỉnh Quảng Trị") as the directory's UBND tỉnh; the service centre is not in the directory.
      expect(result.created).toBe(9);
      expect(result.unmatched.map((r) => `${r.group} ${r.departmentName}`).sort()).toEqual([
        'TDGQ Trung tâm Phục vụ hành chính công tỉnh',
      ]);
      const [provinceRow] = await db()
        .select()
        .from(serviceFigures)
        .where(eq(serviceFigures.unitId, (await unitId('QT'))!));
      expect(provinceRow).toMatchObject({ groupCode: 'TDGQ', publishedScore: 19.29, level: 'PROVINCE' });
      expect(result.differing).toMatchObject([
        { group: 'TDGQ', unitName: 'Sở Y tế', published: 18.5, recomputed: 18.46 },
      ]);

      const health = await unitId('QT.SYT');
      const rows = await db().select().from(serviceFigures).where(eq(serviceFigures.unitId, health!));
      const progress = rows.find((r) => r.groupCode === 'TDGQ');
      expect(progress).toMatchObject({
        periodFrom: '2025-07-01',
        periodTo: '2025-09-30',
        publishedScore: 18.5,
        recomputedScore: 18.46,
        differs: true,
        counts: { totalReceived: 842, totalOnTime: 777, totalOverdue: 65, avgProcessingDays: 6.2 },
      });
      const transparency = rows.find((r) => r.groupCode === 'CKMB');
      expect(transparency?.qualityFlags).toEqual([
        expect.objectContaining({ metricCode: 'DOSSIER_SYNC', status: 'WARNING' }),
      ]);
      expect(transparency?.metrics).toHaveLength(4);

      const commune = await unitId('QT.X.CUATUNG');
      const [communeProgress] = await db().select().from(serviceFigures).where(eq(serviceFigures.unitId, commune!));
      expect(communeProgress?.publishedScore).toBeNull();
      expect(communeProgress?.recomputedScore).toBeNull();

      const links = await db().select().from(portalDepartments);
      expect(links.find((l) => l.departmentId === '6501a3c2e4b0f1000a000112')?.unitId).toBe(health);
      const audit = await db().select().from(auditLog).where(eq(auditLog.action, 'serviceFigures.import'));
      expect(audit).toHaveLength(1);
    },
  );

  it('a re-import of the same files updates and never duplicates', async () => {
    const before = await db().select().from(serviceFigures);
    const result = await importServiceFigures(db(), {
      period: '2025-Q3',
      files: [read('dvc-progress-tree'), read('transparency')],
      now: world.clock.now,
    });
    expect(result).toMatchObject({ created: 0, updated: 9 });
    expect(await db().select().from(serviceFigures)).toHaveLength(before.length);
  });

  it('matches by the linked portal id even when the name changed, and keeps the published score as published', async () => {
    const { file, figures } = read('dvc-progress-tree');
    const renamed: PortalFigures = {
      ...figures,
      rows: figures.rows.map((r) =>
        r.departmentName === 'Sở Y tế'
          ? {
              ...r,
              departmentName: 'Sở Y tế tỉnh (tên mới)',
              departmentCode: null,
              published: { ...r.published, score: 18.3 },
            }
          : r,
      ),
    };
    const result = await importServiceFigures(db(), {
      period: '2025-Q3',
      files: [{ file, figures: renamed }],
      now: world.clock.now,
    });
    expect(result.unmatched.map((r) => r.departmentName)).not.toContain('Sở Y tế tỉnh (tên mới)');
    const health = await unitId('QT.SYT');
    const [row] = await db()
      .select()
      .from(serviceFigures)
      .where(and(eq(serviceFigures.unitId, health!), eq(serviceFigures.groupCode, 'TDGQ')));
    expect(row).toMatchObject({ publishedScore: 18.3, recomputedScore: 18.46, differs: true });
  });

  it('a different period is a row of its own; a period that cannot be read changes nothing', async () => {
    const before = (await db().select().from(serviceFigures)).length;
    await expect(
      importServiceFigures(db(), { period: '2025-13', files: [read('dvc-progress-tree')], now: world.clock.now }),
    ).rejects.toMatchObject({ code: 'SERVICE_FIGURES_PERIOD' });
    expect(await db().select().from(serviceFigures)).toHaveLength(before);
    const result = await importServiceFigures(db(), {
      period: '2025',
      files: [read('dvc-progress-tree')],
      now: world.clock.now,
    });
    expect(result.created).toBe(5);
  });

  it('gives the catalogue the published scores, the total and the published rates; no stored row is null, never 0', async () => {
    const health = (await unitId('QT.SYT'))!;
    const finance = (await unitId('QT.STC'))!;
    const values = await qd766Source.compute(db(), {
      keys: [
        'qd766.TDGQ.score',
        'qd766.CKMB.score',
        'qd766.MDHL.score',
        'qd766.total.score',
        'qd766.TDGQ.on_time_rate',
      ],
      unitIds: [health, finance],
      period: { from: '2025-07-01', to: '2025-09-30' },
    });
    const of = (unit: string, key: string) => values.find((v) => v.unitId === unit && v.key === key);
    // The third test republished Sở Y tế's progress score as 18.3: the published score is the one given.
    expect(of(health, 'qd766.TDGQ.score')).toMatchObject({
      value: 18.3,
      source: { label: 'Cổng Dịch vụ công quốc gia công bố 18,30/20 điểm; cchc tính lại 18,46, lệch quá 0,01 điểm' },
    });
    expect(of(health, 'qd766.CKMB.score')?.source.label).toContain('có 1 cảnh báo chất lượng dữ liệu');
    expect(of(health, 'qd766.MDHL.score')?.value).toBeNull();
    expect(of(health, 'qd766.total.score')).toMatchObject({
      value: 34.72,
      source: { label: 'Tổng 2/6 nhóm điểm Cổng Dịch vụ công quốc gia công bố' },
    });
    expect(of(health, 'qd766.TDGQ.on_time_rate')).toMatchObject({ numerator: 777, denominator: 842, value: 92.28 });
    expect(values.filter((v) => v.unitId === finance).map((v) => v.value)).toEqual([null, null, null, null, null]);
  });
});
