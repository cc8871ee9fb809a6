/**
 * Targets that update themselves (issue 11, item 2): a plan's target is offered a catalogue figure at import,
 * the coordinator confirms it, and the target's value for a period is then computed by the catalogue with no
 * one typing it; a later version of the plan keeps the link. A unit gives a rate target it has no data for as
 * two counts, and its value is computed from them.
 */
import { contentOfBytes } from '../../src/files/upload-content.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, indicatorValues, planIndicators } from '../../src/db/schema/index.js';
import { figureLevelOfTarget, type TargetLevel } from '../../src/domain/figures/indicator-link.js';
import { firstHalfOf } from '../../src/domain/figures/period.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { commitPlanImport } from '../../src/services/plans/commit-plan-import.js';
import { uploadPlanDocument } from '../../src/services/plans/upload-plan-document.js';
import { actOnUnitReport } from '../../src/services/reporting/act-on-unit-report.js';
import { getUnitReport } from '../../src/services/reporting/get-unit-report.js';
import { linkIndicatorFigure } from '../../src/services/reporting/link-indicator-figure.js';
import { listPlanIndicators } from '../../src/services/reporting/list-plan-indicators.js';
import { saveUnitReport } from '../../src/services/reporting/save-unit-report.js';
import { unitIdOf } from '../support/actors.js';
import { periodOf } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

const PLAN = join(import.meta.dirname, '../fixtures/plans/quang-tri-2025.txt');
/** The real plan with one more target, worded as the activities' on-time figure is. */
const ON_TIME_TARGET = '- Tỷ lệ nhiệm vụ hoàn thành đúng hạn đạt 100%.';

let world: UseCaseWorld;
let coordinator: ServiceContext;
let planId: string;
let h1: string;

async function importPlan(basePlanId?: string) {
  const text = (await readFile(PLAN, 'utf8')).replace(
    /^(- Ứng dụng công nghệ số để cải tiến quy trình.*)$/m,
    `$1\n\n${ON_TIME_TARGET}`,
  );
  const draft = await uploadPlanDocument(coordinator, {
    content: contentOfBytes(new TextEncoder().encode(text)),
    fileName: 'quang-tri-2025.txt',
    contentType: 'text/plain',
    asOf: '2025-01-15',
    ...(basePlanId ? { basePlanId } : {}),
  });
  const { plan } = await commitPlanImport(coordinator, draft.id, {
    version: draft.version,
    name: 'Kế hoạch CCHC tỉnh Quảng Trị năm 2025',
    note: null,
  });
  return plan.id;
}

const onTimeTarget = async () => {
  const rows = await world.database.db.select().from(planIndicators).where(eq(planIndicators.planId, planId));
  return rows.find((r) => r.subject.includes('nhiệm vụ hoàn thành đúng hạn'))!;
};
const listed = async (ctx: ServiceContext, id: string, periodId = h1) =>
  (await listPlanIndicators(ctx, planId, periodId)).find((t) => t.id === id)!;

beforeAll(async () => {
  world = await openUseCaseWorld();
  coordinator = await world.actingAs('coordinator', 'QT.SNV');
  planId = await importPlan();
  h1 = (await periodOf(world.database.db, planId, 'H1')).id;
});
afterAll(() => world.close());

describe('a target linked to a catalogue figure', () => {
  it('is offered the figure its words suggest at import, as a suggestion that fills nothing yet', async () => {
    const target = await onTimeTarget();
    expect(target).toMatchObject({ unit: '%', figureKey: 'activities.on_time_rate', figureLink: 'suggested' });
    const shown = await listed(coordinator, target.id);
    expect(shown.figure).toMatchObject({
      key: 'activities.on_time_rate',
      status: 'suggested',
      name: { vi: 'Tỷ lệ nhiệm vụ hoàn thành đúng hạn' },
      linkedBy: null,
      kind: 'rate',
    });
    expect(shown.province.source).not.toBe('catalogue');
  });

  it('is linked by a coordinator only', async () => {
    const target = await onTimeTarget();
    for (const actor of [await world.actingAs('reporter', 'QT.STP'), await world.actingAs('leader')]) {
      const refused = await linkIndicatorFigure(actor, target.id, {
        figureKey: 'activities.on_time_rate',
      }).catch((e: unknown) => e);
      expect(refused).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect((await onTimeTarget()).figureLink).toBe('suggested');
  });

  it('refuses a figure of another kind (a % target measured by a count)', async () => {
    const target = await onTimeTarget();
    const refused = await linkIndicatorFigure(coordinator, target.id, { figureKey: 'activities.overdue_count' }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ code: 'FIGURE_KIND_MISMATCH' });
    expect((refused as Error).message).toContain('Số nhiệm vụ quá hạn chưa hoàn thành');
  });

  it('once confirmed, shows its value for a period, computed by the catalogue, with the units it covers', async () => {
    const target = await onTimeTarget();
    const confirmed = await linkIndicatorFigure(coordinator, target.id, { figureKey: 'activities.on_time_rate' });
    expect(confirmed).toMatchObject({ key: 'activities.on_time_rate', status: 'confirmed', kind: 'rate' });
    expect(confirmed.linkedBy).toBeTruthy();
    const [audit] = await world.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'planIndicator.linkFigure'), eq(auditLog.entityId, target.id)));
    expect(audit).toMatchObject({
      before: { figureKey: 'activities.on_time_rate', figureLink: 'suggested' },
      after: { figureKey: 'activities.on_time_rate', figureLink: 'confirmed' },
    });

    // Nobody typed anything: the province's figure for 6 tháng is the catalogue's for January–June.
    const expected = await computeFigures(coordinator, {
      keys: ['activities.on_time_rate'],
      scope: { level: 'province' },
      period: firstHalfOf(2025),
    });
    const figure = expected.values[0]!;
    expect(figure.value).not.toBeNull();
    const shown = await listed(await world.actingAs('leader'), target.id);
    expect(shown.province).toMatchObject({
      value: figure.value,
      source: 'catalogue',
      sourceLabel: 'Số liệu theo dõi: Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
      coveredUnits: figure.unitsCovered,
    });
    expect(shown.province.coverageLabel).toMatch(new RegExp(`^${figure.unitsCovered}/\\d+ đơn vị$`));
    expect(shown.status).not.toBeNull();
  });

  it('shows a unit its own value on its report form, read-only, and stores nothing typed for it', async () => {
    // The coordinator links a rate target Cam Lộ answers for to a figure: its form then shows its own value.
    const camlo = await unitIdOf(world.database.db, 'QT.X.CAMLO');
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    const rates = (await getUnitReport(reporter, h1, camlo)).indicators.filter((i) => i.entry === 'counts');
    expect(rates.length).toBeGreaterThan(1);
    const rate = rates[0]!;
    await linkIndicatorFigure(coordinator, rate.id, { figureKey: 'activities.on_time_rate' });
    const form = await getUnitReport(reporter, h1, camlo);
    const line = form.indicators.find((i) => i.id === rate.id)!;
    expect(line.entry).toBe('figure');
    const own = await computeFigures(reporter, {
      keys: ['activities.on_time_rate'],
      scope: { unitId: camlo },
      period: firstHalfOf(2025),
    });
    expect(line.figure).toMatchObject({
      key: 'activities.on_time_rate',
      value: own.values[0]!.value,
      sourceLabel: 'Số liệu theo dõi: Tỷ lệ nhiệm vụ hoàn thành đúng hạn',
    });
    const saved = await saveUnitReport(reporter, h1, camlo, {
      version: 0,
      content: {
        ...form.content,
        indicators: form.content.indicators.map((v) => (v.indicatorId === rate.id ? { ...v, value: 12 } : v)),
      },
    });
    expect(saved.content.indicators.find((v) => v.indicatorId === rate.id)!.value).toBeNull();
    // The province's figure is the target's level's (a communes' target: the communes').
    const level = await computeFigures(coordinator, {
      keys: ['activities.on_time_rate'],
      scope: { level: figureLevelOfTarget(rate.level as TargetLevel)! },
      period: firstHalfOf(2025),
    });
    const shown = await listed(coordinator, rate.id);
    expect(shown.province).toMatchObject({ source: 'catalogue', value: level.values[0]!.value });
  });

  it('keeps a confirmed link in a later version of the plan; a cleared one is not suggested again', async () => {
    const target = await onTimeTarget();
    expect(await importPlan(planId)).toBe(planId);
    expect(await onTimeTarget()).toMatchObject({
      id: target.id,
      figureKey: 'activities.on_time_rate',
      figureLink: 'confirmed',
    });
    expect(await linkIndicatorFigure(coordinator, target.id, { figureKey: null })).toMatchObject({
      key: null,
      status: 'cleared',
    });
    await importPlan(planId);
    expect(await onTimeTarget()).toMatchObject({ figureKey: null, figureLink: 'cleared' });
    expect((await listed(coordinator, target.id)).province.source).not.toBe('catalogue');
  });
});

describe('a rate target a unit reports as two counts', () => {
  it('computes 45/50 as 90% and writes the counts through on submit; the province shows it provisional, k/n units', async () => {
    const camlo = await unitIdOf(world.database.db, 'QT.X.CAMLO');
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    const form = await getUnitReport(reporter, h1, camlo);
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    expect(line.countLabels).toBeTruthy();
    const content = {
      ...form.content,
      indicators: form.content.indicators.map((v) =>
        v.indicatorId === line.id ? { ...v, value: 12, numerator: 45, denominator: 50, note: 'Sổ theo dõi' } : v,
      ),
    };
    const saved = await saveUnitReport(reporter, h1, camlo, { version: form.version, content });
    expect(saved.content.indicators.find((v) => v.indicatorId === line.id)).toMatchObject({
      value: 90,
      numerator: 45,
      denominator: 50,
    });
    await actOnUnitReport(reporter, h1, camlo, saved.version, { type: 'submit' });
    const [stored] = await world.database.db
      .select()
      .from(indicatorValues)
      .where(and(eq(indicatorValues.indicatorId, line.id), eq(indicatorValues.unitId, camlo)));
    expect(stored).toMatchObject({ value: 90, numerator: 45, denominator: 50, source: 'report' });

    const shown = await listed(coordinator, line.id);
    expect(shown.province).toMatchObject({ source: 'units', provisionalValue: 90, value: null });
    expect(shown.province.coverageLabel).toMatch(/^1\/\d+ đơn vị$/);
    expect(shown.status).toBeNull();
  });

  it('refuses a numerator above the denominator, naming the field in Vietnamese', async () => {
    const camlo = await unitIdOf(world.database.db, 'QT.X.CAMLO');
    const reporter = await world.actingAs('reporter', 'QT.X.CAMLO');
    await actOnUnitReport(coordinator, h1, camlo, (await getUnitReport(coordinator, h1, camlo)).version, {
      type: 'return',
      overallComment: 'Bổ sung số liệu',
      itemComments: [],
    });
    const form = await getUnitReport(reporter, h1, camlo);
    const line = form.indicators.find((i) => i.entry === 'counts')!;
    const refused = await saveUnitReport(reporter, h1, camlo, {
      version: form.version,
      content: {
        ...form.content,
        indicators: form.content.indicators.map((v) =>
          v.indicatorId === line.id ? { ...v, numerator: 51, denominator: 50 } : v,
        ),
      },
    }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'INVALID_REPORT' });
    expect((refused as Error).message).toContain('không được lớn hơn');
    expect((refused as Error).message).toContain('Tử số');
  });
});

describe('the demo plan', () => {
  it('has its suggested figures, and the dossier targets’ links confirmed (values come with imported dossiers)', async () => {
    const demo = await openUseCaseWorld();
    try {
      await loadDemo(demo.database.db, { files: demo.files, now: demo.clock.now });
      const rows = await demo.database.db.select().from(planIndicators);
      const linked = Object.fromEntries(
        rows.filter((r) => r.figureKey).map((r) => [r.indicatorKey, `${r.figureKey} ${r.figureLink}`]),
      );
      // The plan's own words: "Tỷ lệ hồ sơ giải quyết trực tuyến…", "…hồ sơ TTHC được số hoá…",
      // "tỷ lệ hồ sơ giao dịch thanh toán trực tuyến"; it has no target worded as work or reports on time.
      expect(linked).toMatchObject({
        'III-CT3': 'dossiers.online_rate confirmed',
        'III-CT6': 'dossiers.online_rate confirmed',
        'III-CT10': 'dossiers.paid_online_rate confirmed',
        'VII-CT11': 'dossiers.digitised_rate confirmed',
        'VII-CT14': 'dossiers.paid_online_rate confirmed',
      });
    } finally {
      await demo.close();
    }
    // The whole demo is loaded (with last year's plan beside this year's): more than the default 30 s on a busy machine.
  }, 90_000);
});
