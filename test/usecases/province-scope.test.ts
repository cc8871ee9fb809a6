/**
 * Several provinces in one installation (issue #17.5): every unit knows its province (kept by the database,
 * whatever writes the row), and a person of one province never reaches another province's units — in the
 * directory, through a unit named in a request, nor when a plan's or a dossier file's unit names are matched —
 * nor its plans, their drafts, periods and dashboard, its programmes, its scoring rounds, citizen feedback, survey
 * campaigns and results, inspection plans, dossier imports, jobs or national index results and targets. Someone outside every province (an administrator
 * without a unit) reaches them all.
 */
import { readFileSync } from 'node:fs';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitGroups, units } from '../../src/db/schema/index.js';
import type { ServiceContext } from '../../src/services/context.js';
import { getUnitReport } from '../../src/services/reporting/get-unit-report.js';
import { getUnit } from '../../src/services/units/get-unit.js';
import { getUnitTree } from '../../src/services/units/get-unit-tree.js';
import { importUnits } from '../../src/services/units/import-units.js';
import { loadDemoSecondProvince } from '../../src/services/demo/load-demo-second-province.js';
import { uploadOfBytes } from '../../src/files/upload-content.js';
import { listUnitGroups } from '../../src/services/units/list-unit-groups.js';
import { listUnits } from '../../src/services/units/list-units.js';
import { matchUnits } from '../../src/services/units/match-units.js';
import { updateUnit } from '../../src/services/units/update-unit.js';
import { listUnitUsers } from '../../src/services/users/list-unit-users.js';
import { getDashboard } from '../../src/services/dashboard/get-dashboard.js';
import { getPlan } from '../../src/services/plans/get-plan.js';
import { getPlanImport } from '../../src/services/plans/get-plan-import.js';
import { listPlanImports } from '../../src/services/plans/list-plan-imports.js';
import { listPlans } from '../../src/services/plans/list-plans.js';
import { createProgramme } from '../../src/services/programmes/create-programme.js';
import { listProgrammes } from '../../src/services/programmes/list-programmes.js';
import { listAssignments } from '../../src/services/reporting/list-assignments.js';
import { listPeriods } from '../../src/services/reporting/list-periods.js';
import { criteriaSets, scoringRoundUnits, surveyQuestionnaireVersions } from '../../src/db/schema/index.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { createRound } from '../../src/services/scoring/create-round.js';
import { getRound } from '../../src/services/scoring/get-round.js';
import { listRounds } from '../../src/services/scoring/list-rounds.js';
import { computeFigures } from '../../src/services/figures/compute-figures.js';
import { yearOf } from '../../src/domain/figures/period.js';
import { localDateOf } from '../../src/domain/text/format.js';
import { assignFeedback } from '../../src/services/citizen-feedback/assign-feedback.js';
import { getFeedback } from '../../src/services/citizen-feedback/get-feedback.js';
import { listFeedback } from '../../src/services/citizen-feedback/list-feedback.js';
import { receiveFeedback } from '../../src/services/citizen-feedback/receive-feedback.js';
import { addDays } from '../../src/domain/calendar.js';
import { loadDemoSurveys } from '../../src/services/demo/load-demo-surveys.js';
import { commitDossierImport } from '../../src/services/dossiers/commit-dossier-import.js';
import { getDossierImport } from '../../src/services/dossiers/get-dossier-import.js';
import { listDossierImports } from '../../src/services/dossiers/list-dossier-imports.js';
import { listDossierSources } from '../../src/services/dossiers/list-dossier-sources.js';
import { uploadDossierFile } from '../../src/services/dossiers/upload-dossier-file.js';
import { getInspectionPlan, listInspectionPlans } from '../../src/services/inspections/get-inspection-plan.js';
import { proposeInspectionSelection } from '../../src/services/inspections/propose-inspection-selection.js';
import { createInspectionPlan } from '../../src/services/inspections/save-inspection-plan.js';
import { getIndexTracker } from '../../src/services/indices/get-index-tracker.js';
import { getLostPoints } from '../../src/services/indices/get-lost-points.js';
import { recordIndexResult } from '../../src/services/indices/record-index-result.js';
import { getJob } from '../../src/services/jobs/get-job.js';
import { createSurveyCampaign } from '../../src/services/surveys/create-campaign.js';
import { getSurveyCampaign } from '../../src/services/surveys/get-campaign.js';
import { getSurveyResults } from '../../src/services/surveys/get-survey-results.js';
import { listSurveyCampaigns } from '../../src/services/surveys/list-campaigns.js';
import { unitIdOf } from '../support/actors.js';
import { commitQuangTriPlanAs, uploadQuangTriPlan } from '../support/plan.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

const page = { page: 1, pageSize: 500, includeArchived: true } as const;

let world: UseCaseWorld;
let quangTri: ServiceContext;
let haTinh: ServiceContext;
let leader: ServiceContext;
let admin: ServiceContext;

beforeAll(async () => {
  world = await openUseCaseWorld();
  // The demo's second province: Hà Tĩnh's directory and accounts (`cchc demo --second-province`).
  const second = await loadDemoSecondProvince(world.database.db, { now: world.clock.now });
  expect(second.users).toEqual(['hatinh.cchc', 'hatinh.lanhdao', 'hatinh.stp', 'bonoivu']);
  quangTri = await world.actingAs('coordinator', 'QT.SNV');
  haTinh = await world.actingAs('coordinator', 'HT.SNV');
  leader = await world.actingAs('leader', 'QT');
  admin = await world.actingAs('admin');
}, 120_000);
afterAll(() => world?.close());

const codesOf = (items: { code: string }[]) => items.map((u) => u.code);
const codesOfIds = async (ids: string[]) =>
  ids.length
    ? codesOf(await world.database.db.select({ code: units.code }).from(units).where(inArray(units.id, ids)))
    : [];

describe('a unit’s province', () => {
  it('is set by the database on insert, and follows a unit moved to another province with its subtree', async () => {
    const { db } = world.database;
    const provinceCodeOf = async (code: string) => {
      const [row] = await db.select({ provinceId: units.provinceId }).from(units).where(eq(units.code, code));
      const [province] = await db.select({ code: units.code }).from(units).where(eq(units.id, row!.provinceId!));
      return province?.code;
    };
    expect(await provinceCodeOf('QT')).toBe('QT');
    expect(await provinceCodeOf('QT.X.CAMLO')).toBe('QT');
    expect(await provinceCodeOf('HT.X.CANLOC')).toBe('HT');

    const [quangTriId, haTinhId] = [await unitIdOf(db, 'QT'), await unitIdOf(db, 'HT')];
    await db
      .insert(units)
      .values([{ code: 'HT.H.TEST', parentId: haTinhId, kind: 'district', level: 'district', name: 'Huyện Thử' }]);
    const districtId = await unitIdOf(db, 'HT.H.TEST');
    await db
      .insert(units)
      .values([{ code: 'HT.H.TEST.X', parentId: districtId, kind: 'commune', level: 'commune', name: 'Xã Thử' }]);
    expect(await provinceCodeOf('HT.H.TEST.X')).toBe('HT');
    await db.update(units).set({ parentId: quangTriId }).where(eq(units.id, districtId));
    expect(await provinceCodeOf('HT.H.TEST')).toBe('QT');
    expect(await provinceCodeOf('HT.H.TEST.X')).toBe('QT');
    await db.update(units).set({ parentId: haTinhId }).where(eq(units.id, districtId));
    expect(await provinceCodeOf('HT.H.TEST.X')).toBe('HT');
  });
});

describe('the directory', () => {
  it('lists, as a tree and as pages, only the actor’s own province and the shared units; an administrator all', async () => {
    // A central agency plans name (outside every province, loaded with the second province): shared by all.
    const ownList = codesOf((await listUnits(quangTri, page)).items);
    expect(ownList).toContain('QT.STP');
    expect(ownList.filter((code) => !code.startsWith('QT'))).toEqual(['BNV']);
    const theirs = await listUnits(haTinh, page);
    expect(codesOf(theirs.items).filter((code) => !code.startsWith('HT'))).toEqual(['BNV']);
    expect(theirs.total).toBe(theirs.items.length);
    expect(codesOf(theirs.items)).toContain('HT.STP');

    const tree = await getUnitTree(haTinh);
    const haTinhIds = new Set(theirs.items.map((u) => u.id));
    expect(tree.nodes.length).toBe(haTinhIds.size);
    expect(tree.nodes.every((node) => haTinhIds.has(node.id))).toBe(true);

    const everything = codesOf((await listUnits(admin, page)).items);
    expect(everything).toEqual(expect.arrayContaining(['QT.STP', 'HT.STP']));
  });

  it('refuses to open another province’s unit, and lets its own province open it', async () => {
    const haTinhJustice = await unitIdOf(world.database.db, 'HT.STP');
    await expect(getUnit(quangTri, haTinhJustice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getUnit(leader, haTinhJustice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getUnit(haTinh, haTinhJustice)).code).toBe('HT.STP');
    expect((await getUnit(admin, haTinhJustice)).code).toBe('HT.STP');
  });

  it('matches the names a plan writes against the actor’s province only', async () => {
    const forQuangTri = await matchUnits(quangTri, 'Sở Tư pháp; Sở Y tế');
    const forHaTinh = await matchUnits(haTinh, 'Sở Tư pháp; Sở Y tế');
    const { db } = world.database;
    const [ownJustice, otherJustice] = [await unitIdOf(db, 'QT.STP'), await unitIdOf(db, 'HT.STP')];
    expect(JSON.stringify(forQuangTri)).toContain(ownJustice);
    expect(JSON.stringify(forQuangTri)).not.toContain(otherJustice);
    expect(JSON.stringify(forHaTinh)).toContain(otherJustice);
    expect(JSON.stringify(forHaTinh)).not.toContain(ownJustice);
    // A group a plan names ("UBND cấp xã") is the actor's province's: each province has its own of that name.
    const groups = await db.select({ id: unitGroups.id, code: unitGroups.code }).from(unitGroups);
    const groupsOf = (code: string) => groups.filter((g) => g.code.startsWith(`${code}.`)).map((g) => g.id);
    const communes = JSON.stringify(await matchUnits(haTinh, 'UBND cấp xã'));
    expect(groupsOf('HT').some((id) => communes.includes(id))).toBe(true);
    expect(groupsOf('QT').some((id) => communes.includes(id))).toBe(false);
    const listed = await listUnitGroups(haTinh, localDateOf(world.clock.now));
    expect(listed.length).toBeGreaterThan(0);
    expect(listed.filter((g) => !g.code.startsWith('HT.'))).toEqual([]);
  });
});

describe('a unit named in a request', () => {
  it('is out of reach of another province’s coordinators and leaders whatever their scope', async () => {
    const haTinhJustice = await unitIdOf(world.database.db, 'HT.STP');
    await expect(listUnitUsers(quangTri, haTinhJustice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listUnitUsers(leader, haTinhJustice)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(Array.isArray(await listUnitUsers(haTinh, haTinhJustice))).toBe(true);
    // Refused before anything is read: the same answer whether the period exists or not.
    await expect(getUnitReport(quangTri, '00000000-0000-4000-8000-000000000000', haTinhJustice)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('cannot be edited by another province’s coordinators', async () => {
    const haTinhHealth = await unitIdOf(world.database.db, 'HT.SYT');
    const detail = await getUnit(haTinh, haTinhHealth);
    await expect(
      updateUnit(quangTri, haTinhHealth, { name: 'Sở Y tế (sửa nhầm)', version: detail.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getUnit(haTinh, haTinhHealth)).name).toBe('Sở Y tế');
  });
});

describe('importing the directory', () => {
  const HEADER =
    'code,parent_code,kind,level,name,short_names,aliases,valid_from,valid_to,successor_codes,succession_kind,succession_date';
  const csv = (...rows: string[]) => uploadOfBytes(Buffer.from([HEADER, ...rows].join('\n') + '\n'), 'don-vi.csv');

  it('refuses, naming the row and column, a row that touches another province, and writes nothing', async () => {
    const attempt = importUnits(
      quangTri,
      csv(
        'HT.STP,HT,department,province,Sở Tư pháp Hà Tĩnh (sửa nhầm),,,,,,,',
        'QT.SMOI,HT,department,province,Sở Mới,,,,,,,',
      ),
      { dryRun: false },
    );
    await expect(attempt).rejects.toMatchObject({ code: 'IMPORT_ROWS_INVALID' });
    const errors = (
      (await attempt.catch((error: { details?: { errors?: unknown[] } }) => error)) as {
        details: { errors: { row: number; message: string }[] };
      }
    ).details.errors;
    expect(errors.map((e) => e.message).join(' ')).toContain('Đơn vị mã "HT.STP" thuộc tỉnh khác');
    expect(errors.map((e) => e.message).join(' ')).toContain('Đơn vị mã "HT" thuộc tỉnh khác');
    expect((await getUnit(haTinh, await unitIdOf(world.database.db, 'HT.STP'))).name).toBe('Sở Tư pháp');
    expect(codesOf((await listUnits(admin, page)).items)).not.toEqual(expect.arrayContaining(['QT.SMOI']));
  });

  it('lets a coordinator import their own province’s rows, the province itself included', async () => {
    const result = await importUnits(
      haTinh,
      csv(
        'HT,,province,province,UBND tỉnh Hà Tĩnh,UBND tỉnh,Ủy ban nhân dân tỉnh Hà Tĩnh,,,,,',
        'HT.SXD,HT,department,province,Sở Xây dựng,SXD,,,,,,',
      ),
      { dryRun: false },
    );
    expect(result).toMatchObject({ created: 1, unchanged: 1 });
    expect(codesOf((await listUnits(haTinh, page)).items)).toContain('HT.SXD');
    expect(codesOf((await listUnits(quangTri, page)).items)).not.toContain('HT.SXD');
  });
});

describe('plans', () => {
  let planId: string;
  let draftId: string;
  beforeAll(async () => {
    planId = (await commitQuangTriPlanAs(quangTri)).planId;
    draftId = (await uploadQuangTriPlan(quangTri)).id;
    await createProgramme(quangTri, { name: 'Chương trình CCHC Quảng Trị 2026–2030', startYear: 2026, endYear: 2030 });
  }, 120_000);

  it('are listed, with their drafts and programmes, to their own province only', async () => {
    expect((await listPlans(quangTri)).map((p) => p.id)).toContain(planId);
    expect((await listPlans(leader)).map((p) => p.id)).toContain(planId);
    expect(await listPlans(haTinh)).toEqual([]);
    expect((await listPlanImports(quangTri)).map((d) => d.id)).toContain(draftId);
    expect(await listPlanImports(haTinh)).toEqual([]);
    expect((await listProgrammes(quangTri)).map((p) => p.name)).toContain('Chương trình CCHC Quảng Trị 2026–2030');
    expect(await listProgrammes(haTinh)).toEqual([]);
    expect((await listPlans(admin)).map((p) => p.id)).toContain(planId);
  });

  it('are refused to another province, through the plan, a draft, a period or the dashboard', async () => {
    await expect(getPlan(haTinh, planId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listPeriods(haTinh, planId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getPlanImport(haTinh, draftId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getDashboard(haTinh, { planId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const [period] = await listPeriods(quangTri, planId);
    await expect(getDashboard(haTinh, { periodId: period!.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    // Asked for no plan, a province without one is told so; it is never shown another province's.
    await expect(getDashboard(haTinh, {})).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await getDashboard(quangTri, {})).plan.id).toBe(planId);
    expect((await getPlan(quangTri, planId)).plan.id).toBe(planId);
  });

  it('keep their assignments to their province’s workspace lists', async () => {
    const all = { page: 1, pageSize: 20 } as const;
    expect((await listAssignments(quangTri, all)).total).toBeGreaterThan(0);
    expect((await listAssignments(haTinh, all)).total).toBe(0);
    await expect(listAssignments(haTinh, { ...all, planId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('scoring rounds', () => {
  it('are listed and opened by their own province only, and score only its units', async () => {
    await loadDemoScoring(world.database.db, world.clock.now);
    const own = await listRounds(quangTri);
    expect(own.length).toBeGreaterThan(0);
    expect(await listRounds(haTinh)).toEqual([]);
    await expect(getRound(haTinh, own[0]!.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const scored = await world.database.db
      .select({ code: units.code })
      .from(scoringRoundUnits)
      .innerJoin(units, eq(units.id, scoringRoundUnits.unitId));
    expect(scored.filter((u) => u.code.startsWith('HT'))).toEqual([]);

    const [set] = await world.database.db
      .select({ id: criteriaSets.id })
      .from(criteriaSets)
      .where(eq(criteriaSets.code, 'PAR-INDEX-TINH-2023'));
    const dates = {
      selfAssessmentFrom: '2026-01-05',
      selfAssessmentTo: '2026-01-20',
      appraisalFrom: '2026-01-21',
      appraisalTo: '2026-02-10',
      explanationTo: null,
    };
    const request = { criteriaSetId: set!.id, name: 'Tự đánh giá (kiểm thử)', ...dates };
    await expect(
      createRound(haTinh, { ...request, unitIds: [await unitIdOf(world.database.db, 'QT')] }),
    ).rejects.toMatchObject({ code: 'INVALID_ROUND_UNITS', message: expect.stringContaining('tỉnh khác') });
    const theirs = await createRound(haTinh, { ...request, unitIds: [await unitIdOf(world.database.db, 'HT')] });
    expect((await listRounds(haTinh)).map((r) => r.id)).toEqual([theirs.id]);
    expect((await listRounds(quangTri)).map((r) => r.id)).not.toContain(theirs.id);
  });
});

describe('figures', () => {
  it('of a level are summed over the actor’s province’s units only', async () => {
    const period = yearOf(2026);
    const provinceOf = async (ctx: ServiceContext) => {
      const { units: perUnit } = await computeFigures(ctx, { scope: { level: 'province' }, period });
      const ids = [...new Set(perUnit.map((v) => v.unitId))];
      const rows = ids.length
        ? await world.database.db
            .select({ code: units.code })
            .from(units)
            .where(inArray(units.id, ids as string[]))
        : [];
      return new Set(rows.map((r) => r.code.split('.')[0]));
    };
    expect([...(await provinceOf(quangTri))]).toEqual(['QT']);
    expect([...(await provinceOf(haTinh))]).toEqual(['HT']);
  });
});

describe('citizen feedback', () => {
  it('received by one province’s office is listed, opened and given to units by that province only', async () => {
    const item = await receiveFeedback(quangTri, {
      receivedOn: localDateOf(world.clock.now),
      channel: 'hotline',
      senderName: 'Nguyễn Văn Dân',
      subject: 'Chậm trả kết quả hồ sơ đất đai',
      content: 'Hồ sơ nộp từ tháng trước chưa có kết quả.',
    });
    const page = { page: 1, pageSize: 50 } as const;
    expect((await listFeedback(quangTri, page)).items.map((i) => i.id)).toContain(item.id);
    expect((await listFeedback(haTinh, page)).items).toEqual([]);
    await expect(getFeedback(haTinh, item.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      assignFeedback(quangTri, item.id, { unitId: await unitIdOf(world.database.db, 'HT.STP'), version: item.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      assignFeedback(haTinh, item.id, { unitId: await unitIdOf(world.database.db, 'HT.STP'), version: item.version }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const given = await assignFeedback(quangTri, item.id, {
      unitId: await unitIdOf(world.database.db, 'QT.STP'),
      version: item.version,
    });
    expect(given.status).toBe('assigned');
  });
});

describe('survey campaigns and their results', () => {
  it('are the creating province’s: its units only, listed, opened and read by it only', async () => {
    const { db } = world.database;
    // The demo's questionnaires and answers (Quảng Trị's one-stop desks).
    await loadDemoSurveys(db, world.clock.now);
    const [version] = await db.select({ id: surveyQuestionnaireVersions.id }).from(surveyQuestionnaireVersions);
    const today = localDateOf(world.clock.now);
    const campaign = (unitId: string) => ({
      title: 'Khảo sát Một cửa (kiểm thử)',
      questionnaireVersionId: version!.id,
      startsOn: today,
      endsOn: addDays(today, 30),
      codesRequired: false,
      units: [{ unitId, quota: null }],
      fieldQuotas: [],
    });
    await expect(createSurveyCampaign(haTinh, campaign(await unitIdOf(db, 'QT.STP')))).rejects.toMatchObject({
      code: 'SURVEY_CAMPAIGN_INVALID',
      message: expect.stringContaining('thuộc tỉnh khác'),
    });
    const own = await createSurveyCampaign(quangTri, campaign(await unitIdOf(db, 'QT.STP')));
    const theirs = await createSurveyCampaign(haTinh, campaign(await unitIdOf(db, 'HT.STP')));
    const listed = async (ctx: ServiceContext) => (await listSurveyCampaigns(ctx)).campaigns.map((c) => c.id);
    expect(await listed(quangTri)).toContain(own.id);
    expect(await listed(quangTri)).not.toContain(theirs.id);
    expect(await listed(haTinh)).toEqual([theirs.id]);
    await expect(getSurveyCampaign(haTinh, own.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getSurveyResults(haTinh, { campaignId: own.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // The demo's answers are Quảng Trị's: its coordinator reads them, Hà Tĩnh's reads none of them.
    expect((await getSurveyResults(quangTri, {})).units.length).toBeGreaterThan(0);
    const read = await getSurveyResults(haTinh, {});
    expect(read.units).toEqual([]);
    expect(read.total?.answers ?? 0).toBe(0);
  });
});

describe('inspection plans', () => {
  it('propose, take and show the actor’s province’s units only, one live plan per province', async () => {
    const { db } = world.database;
    const year = Number(localDateOf(world.clock.now).slice(0, 4));
    const proposal = await proposeInspectionSelection(haTinh, { year, level: 'department', percent: 35 });
    const codes = await codesOfIds(proposal.units.map((u) => u.unitId));
    expect(codes.length).toBeGreaterThan(0);
    expect(codes.every((code) => code.startsWith('HT.'))).toBe(true);
    const plan = (unitId: string) => ({
      year,
      level: 'department',
      targetPercent: 35,
      title: `Kiểm tra công tác CCHC các sở năm ${year}`,
      units: [{ unitId, scheduledOn: `${year}-10-15` }],
      team: [{ name: 'Nguyễn Văn A', unit: 'Sở Nội vụ', role: 'Trưởng đoàn' }],
    });
    await expect(createInspectionPlan(haTinh, plan(await unitIdOf(db, 'QT.STP')))).rejects.toMatchObject({
      message: expect.stringMatching(/^Đơn vị được kiểm tra: /),
    });
    // Both provinces plan their departments' inspections for the same year.
    const own = await createInspectionPlan(quangTri, plan(await unitIdOf(db, 'QT.STP')));
    const theirs = await createInspectionPlan(haTinh, plan(await unitIdOf(db, 'HT.STP')));
    expect(theirs.levelUnits).toBe(proposal.total);
    const listed = async (ctx: ServiceContext) => (await listInspectionPlans(ctx, { year })).items.map((p) => p.id);
    expect(await listed(haTinh)).toEqual([theirs.id]);
    expect(await listed(quangTri)).toEqual([own.id]);
    await expect(getInspectionPlan(haTinh, own.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      proposeInspectionSelection(haTinh, {
        year,
        level: 'commune',
        percent: 35,
        inspectorUnitId: await unitIdOf(db, 'QT.DONGHA'),
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('dossier imports and jobs', () => {
  it('are the importing province’s: listed, opened, written and followed by it only', async () => {
    const bytes = readFileSync('test/fixtures/dossiers/sync.csv');
    const draft = await uploadDossierFile(quangTri, {
      ...uploadOfBytes(bytes, 'sync.csv'),
      contentType: 'text/csv',
      sourceName: 'Một cửa điện tử',
    });
    const page = { page: 1, pageSize: 50 } as const;
    expect((await listDossierImports(quangTri, page)).items.map((i) => i.id)).toContain(draft.id);
    expect((await listDossierImports(haTinh, page)).total).toBe(0);
    expect((await listDossierSources(haTinh)).every((s) => s.imports === 0)).toBe(true);
    await expect(getDossierImport(haTinh, draft.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(commitDossierImport(haTinh, draft.id, { acceptValidRows: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const job = await commitDossierImport(quangTri, draft.id, { acceptValidRows: true });
    expect((await getJob(quangTri, job.id)).id).toBe(job.id);
    await expect(getJob(haTinh, job.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(getJob(await world.actingAs('leader', 'HT'), job.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('national index results', () => {
  it('are kept in each province’s own tracker, and each province’s figure is its own result', async () => {
    const year = 2025;
    const result = (province: string, score: number, own = true) => ({
      year,
      province,
      label: '',
      own,
      score,
      rank: 10,
      rankOf: 34,
      areas: [],
      declaredSums: [],
      sourceNote: 'Quyết định công bố (kiểm thử)',
    });
    const own = await recordIndexResult(quangTri, 'PAR_INDEX', result('Quảng Trị', 85.5));
    const theirs = await recordIndexResult(haTinh, 'PAR_INDEX', result('Hà Tĩnh', 88.25));
    // Hà Tĩnh enters Quảng Trị's published result as a peer, in its own table: Quảng Trị's row is untouched.
    await recordIndexResult(haTinh, 'PAR_INDEX', result('Quảng Trị', 85.5, false));
    const tracker = async (ctx: ServiceContext) =>
      (await getIndexTracker(ctx)).indices.find((index) => index.code === 'PAR_INDEX')!;
    expect((await tracker(quangTri)).own.map((r) => r.id)).toEqual([own.id]);
    expect((await tracker(quangTri)).peers).toEqual([]);
    expect((await tracker(haTinh)).own.map((r) => r.id)).toEqual([theirs.id]);
    expect((await tracker(haTinh)).peers.map((r) => r.province)).toEqual(['Quảng Trị']);
    await expect(getLostPoints(haTinh, own.id)).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const score = async (ctx: ServiceContext) =>
      (await computeFigures(ctx, { scope: { level: 'province' }, period: yearOf(year) })).units.find(
        (v) => v.key === 'indices.PAR_INDEX.score',
      )?.value;
    expect(await score(quangTri)).toBe(85.5);
    expect(await score(haTinh)).toBe(88.25);
  });
});
