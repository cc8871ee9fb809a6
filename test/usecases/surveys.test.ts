import { readFileSync } from 'node:fs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertSurveyResponse } from '../../src/db/queries/surveys/insert-response.js';
import { surveyAnswers, surveyCodes, surveyResponses } from '../../src/db/schema/index.js';
import { validateSubmission } from '../../src/domain/surveys/submission.js';
import { cancelSurveyCampaign } from '../../src/services/surveys/cancel-campaign.js';
import { createSurveyCampaign } from '../../src/services/surveys/create-campaign.js';
import { generateSurveyCodes } from '../../src/services/surveys/generate-codes.js';
import { getSurveyCampaign } from '../../src/services/surveys/get-campaign.js';
import { importQuestionnaire } from '../../src/services/surveys/import-questionnaire.js';
import { submitSurveyResponse } from '../../src/services/surveys/submit-response.js';
import { updateSurveyCampaign } from '../../src/services/surveys/update-campaign.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

const seed = (name: string) => JSON.parse(readFileSync(`seed/surveys/${name}.json`, 'utf8')) as Record<string, unknown>;
const tokenOf = (path: string) => path.split('/').pop()!;

let world: UseCaseWorld;
let deskVersionId: string;
let stp: string;
let sxd: string;

beforeAll(async () => {
  world = await openUseCaseWorld({ at: '2026-03-02T03:00:00Z' });
  const office = await world.actingAs('coordinator');
  deskVersionId = (await importQuestionnaire(office, seed('mot-cua'))).id;
  stp = await unitIdOf(world.database.db, 'QT.STP');
  sxd = await unitIdOf(world.database.db, 'QT.SXD');
});
afterAll(() => world.close());

const newCampaign = async (startsOn = '2026-03-02', extra: Record<string, unknown> = {}) =>
  createSurveyCampaign(await world.actingAs('coordinator'), {
    title: 'Khảo sát quý I/2026',
    questionnaireVersionId: deskVersionId,
    startsOn,
    endsOn: '2026-03-31',
    codesRequired: false,
    units: [
      { unitId: stp, quota: 2 },
      { unitId: sxd, quota: null },
    ],
    fieldQuotas: [{ field: 'land', quota: 1 }],
    ...extra,
  });

let n = 0;
const submit = (
  token: string,
  answers: Record<string, string | string[]>,
  more: { code?: string; address?: string } = {},
) =>
  submitSurveyResponse(world.anonymous, {
    token,
    answers,
    code: more.code,
    address: more.address ?? `10.0.0.${++n}`,
    userAgent: 'thử',
  });

describe('questionnaires as versions', () => {
  it('a second import of the same code is version 2; a campaign keeps the version it was made with', async () => {
    const office = await world.actingAs('coordinator');
    const campaign = await newCampaign();
    const changed = seed('mot-cua');
    changed.title = 'Phiếu lấy ý kiến tại Bộ phận Một cửa (sửa)';
    const v2 = await importQuestionnaire(office, changed);
    expect(v2.version).toBe(2);
    const again = await getSurveyCampaign(office, campaign.id);
    expect(again.questionnaire.versionId).toBe(deskVersionId);
    expect(again.questionnaire.version).toBe(1);
  });

  it('refuses an invalid questionnaire naming the item, and a reporter may not import', async () => {
    const office = await world.actingAs('coordinator');
    const bad = seed('mot-cua');
    (bad.sections as { items: { id: string; pillar?: string }[] }[])[1]!.items[0]!.pillar = 'service.speed';
    await expect(importQuestionnaire(office, bad)).rejects.toMatchObject({
      code: 'QUESTIONNAIRE_INVALID',
      message: expect.stringContaining('Câu “MC.1”: trụ cột “service.speed” không có trong danh mục SIPAS.'),
    });
    await expect(
      importQuestionnaire(await world.actingAs('reporter', 'QT.STP'), seed('mot-cua')),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('campaigns', () => {
  it('counts answers against the unit and field quotas, leaving duplicates out', async () => {
    const office = await world.actingAs('coordinator');
    const c = await newCampaign();
    const token = tokenOf(c.units.find((u) => u.unitId === stp)!.publicPath);
    await submit(token, { 'linh-vuc': 'land', 'MC.1': '5' });
    await submit(token, { 'MC.1': '2', 'MC.5': '4' });
    // Same device (address and browser) and same answers within minutes: kept and flagged.
    await submit(token, { 'MC.1': '3' }, { address: '10.9.9.9' });
    const dup = await submit(token, { 'MC.1': '3' }, { address: '10.9.9.9' });
    expect(dup.duplicate).toBe(true);
    const view = await getSurveyCampaign(office, c.id);
    const unit = view.units.find((u) => u.unitId === stp)!;
    expect(unit).toMatchObject({ answers: 3, quota: 2, duplicates: 1 });
    expect(view.fieldQuotas).toEqual([{ field: 'land', quota: 1, answers: 1 }]);
    expect(view.total).toEqual({ answers: 3, quota: 2 });
  });

  it('stores conditional answers only when the condition holds, blanks as no row', async () => {
    const c = await newCampaign();
    const token = tokenOf(c.units[0]!.publicPath);
    const shown = await submit(token, { 'MC.7': 'co', 'MC.8': 'Thiếu bản sao', 'MC.2': '' });
    const hidden = await submit(token, { 'MC.7': 'khong', 'MC.8': 'Không nên lưu' });
    const items = async (id: string) =>
      (await world.database.db.select().from(surveyAnswers).where(eq(surveyAnswers.responseId, id)))
        .map((a) => a.itemId)
        .sort();
    expect(await items(shown.id)).toEqual(['MC.7', 'MC.8']);
    expect(await items(hidden.id)).toEqual(['MC.7']);
  });

  it('is edited only before it starts, and a cancelled campaign takes no answers', async () => {
    const office = await world.actingAs('coordinator');
    const later = await newCampaign('2026-03-10');
    const edited = await updateSurveyCampaign(office, later.id, {
      title: 'Khảo sát quý I/2026 (sửa)',
      questionnaireVersionId: deskVersionId,
      startsOn: '2026-03-10',
      endsOn: '2026-03-31',
      codesRequired: false,
      units: [{ unitId: sxd, quota: 40 }],
      fieldQuotas: [],
      version: later.version,
    });
    expect(edited.units.map((u) => u.unitId)).toEqual([sxd]);
    // The kept unit keeps its public link (QR codes already printed stay valid).
    expect(edited.units[0]!.publicPath).toBe(later.units.find((u) => u.unitId === sxd)!.publicPath);
    const started = await newCampaign();
    await expect(
      updateSurveyCampaign(office, started.id, {
        title: 'x',
        questionnaireVersionId: deskVersionId,
        startsOn: '2026-03-02',
        endsOn: '2026-03-31',
        codesRequired: false,
        units: [{ unitId: sxd, quota: null }],
        fieldQuotas: [],
        version: started.version,
      }),
    ).rejects.toMatchObject({ code: 'SURVEY_CAMPAIGN_STARTED' });
    await expect(submit(tokenOf(edited.units[0]!.publicPath), { 'MC.1': '4' })).rejects.toMatchObject({
      code: 'SURVEY_CAMPAIGN_NOT_OPEN',
      message: 'Đợt khảo sát chỉ nhận ý kiến từ ngày 10/03/2026 đến ngày 31/03/2026.',
    });
    const cancelled = await cancelSurveyCampaign(office, started.id, 'Trùng với đợt khảo sát của Bộ Nội vụ');
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: 'Trùng với đợt khảo sát của Bộ Nội vụ' });
    await expect(submit(tokenOf(started.units[0]!.publicPath), { 'MC.1': '4' })).rejects.toMatchObject({
      code: 'SURVEY_CAMPAIGN_CANCELLED',
    });
  });
});

describe('single-use codes', () => {
  it('one code gives one answer, even with two simultaneous submissions', async () => {
    const office = await world.actingAs('coordinator');
    const c = await newCampaign('2026-03-02', { codesRequired: true });
    const token = tokenOf(c.units.find((u) => u.unitId === stp)!.publicPath);
    expect(await generateSurveyCodes(office, c.id, { count: 20, unitId: stp })).toEqual({ batch: 1, count: 20 });
    const codes = await world.database.db.select().from(surveyCodes).where(eq(surveyCodes.campaignId, c.id));
    const [a, b] = codes;
    await expect(submit(token, { 'MC.1': '4' })).rejects.toMatchObject({ code: 'SURVEY_CODE_REQUIRED' });
    await expect(submit(token, { 'MC.1': '4' }, { code: 'ZZZZ-ZZZZ' })).rejects.toMatchObject({
      code: 'SURVEY_CODE_INVALID',
    });
    const printed = `${a!.code.slice(0, 4)}-${a!.code.slice(4).toLowerCase()}`;
    const results = await Promise.allSettled([
      submit(token, { 'MC.1': '4' }, { code: printed }),
      submit(token, { 'MC.1': '5' }, { code: a!.code }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'SURVEY_CODE_USED' } });
    const withCode = await world.database.db.select().from(surveyResponses).where(eq(surveyResponses.codeId, a!.id));
    expect(withCode).toHaveLength(1);

    // The guarantee is the database's: a second response with the code fails even past the check.
    const q = seed('mot-cua');
    const valid = validateSubmission(q as never, { 'MC.1': '3' });
    if (!valid.ok) throw new Error('invalid');
    const row = {
      campaignId: c.id,
      unitId: stp,
      questionnaireVersionId: deskVersionId,
      questionnaire: q as never,
      channel: 'online' as const,
      submittedAt: new Date(),
      submission: valid.value,
      codeId: b!.id,
    };
    await insertSurveyResponse(world.database.db, row);
    await expect(insertSurveyResponse(world.database.db, row)).rejects.toThrow();
  });

  it('a code of another unit is refused', async () => {
    const office = await world.actingAs('coordinator');
    const c = await newCampaign('2026-03-02', { codesRequired: true });
    await generateSurveyCodes(office, c.id, { count: 1, unitId: stp });
    const [code] = await world.database.db.select().from(surveyCodes).where(eq(surveyCodes.campaignId, c.id));
    const sxdToken = tokenOf(c.units.find((u) => u.unitId === sxd)!.publicPath);
    await expect(submit(sxdToken, { 'MC.1': '4' }, { code: code!.code })).rejects.toMatchObject({
      code: 'SURVEY_CODE_INVALID',
    });
  });
});

describe('rate limits', () => {
  it('refuses an address past its limit, counted in the database', async () => {
    const c = await newCampaign();
    const token = tokenOf(c.units[0]!.publicPath);
    const send = () =>
      submitSurveyResponse(
        world.anonymous,
        { token, answers: { 'MC.1': '4' }, address: '10.1.1.1', userAgent: 'x' },
        { perAddress: 3, perUnit: 100 },
      );
    for (let i = 0; i < 3; i++) await send();
    await expect(send()).rejects.toMatchObject({ code: 'SURVEY_RATE_LIMITED' });
  });
});
