/**
 * The demo's satisfaction surveys: the two shipped questionnaires, and a campaign for the quarter before and
 * one for the current quarter (so results compare two periods and a year-to-date target has answers) at
 * the one-stop desks of four departments and four communes with a few hundred answers, spread so some units
 * have 30 or more (a figure to trust) and some fewer. Answers go in through the same insert as the public
 * form's. Idempotent: nothing is loaded when the one-stop-desk questionnaire is already there.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { eq, inArray } from 'drizzle-orm';
import { demoProvinceId } from './demo-province.js';
import type { Database, Tx } from '../../db/client.js';
import { newPublicToken } from '../../db/queries/surveys/campaign-units.js';
import { insertSurveyResponse } from '../../db/queries/surveys/insert-response.js';
import {
  surveyCampaigns,
  surveyCampaignUnits,
  surveyFieldQuotas,
  surveyQuestionnaires,
  surveyQuestionnaireVersions,
  units,
} from '../../db/schema/index.js';
import { questionnaireItems, type QuestionnaireDefinition } from '../../domain/surveys/questionnaire.js';
import { validateSubmission, type RawAnswers } from '../../domain/surveys/submission.js';
import { validateQuestionnaire } from '../../domain/surveys/validate-questionnaire.js';
import { localDateOf } from '../../domain/text/format.js';

const seedFile = (name: string) => fileURLToPath(new URL(`../../../seed/surveys/${name}.json`, import.meta.url));

/** Units of the demo campaign and how many answers each gets. */
export const DEMO_SURVEY_UNITS: [code: string, answers: number][] = [
  ['QT.STP', 64],
  ['QT.SXD', 41],
  ['QT.STC', 33],
  ['QT.SNV', 30],
  ['QT.X.CAMLO', 52],
  ['QT.X.DONGHA', 18],
  ['QT.X.GIOLINH', 9],
  ['QT.X.KHESANH', 4],
];

/** A small deterministic generator, so the demo is the same on every load. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export async function loadDemoSurveys(db: Database, now: Date): Promise<boolean> {
  const [existing] = await db.select().from(surveyQuestionnaires).where(eq(surveyQuestionnaires.code, 'mot-cua'));
  if (existing) return false;
  const today = localDateOf(now);
  const year = Number(today.slice(0, 4));
  const quarter = Math.floor((Number(today.slice(5, 7)) - 1) / 3);
  // The quarter before (its campaign ended, all its answers in), then the current one (taking answers).
  const campaigns = [
    { year: quarter === 0 ? year - 1 : year, quarter: (quarter + 3) % 4, share: 0.8 },
    { year, quarter, share: 1 },
  ];
  const found = await db
    .select({ id: units.id, code: units.code })
    .from(units)
    .where(
      inArray(
        units.code,
        DEMO_SURVEY_UNITS.map(([c]) => c),
      ),
    );
  const idOf = new Map(found.map((u) => [u.code, u.id]));

  await db.transaction(async (tx) => {
    const versions: Record<string, { id: string; content: QuestionnaireDefinition }> = {};
    for (const name of ['sipas', 'mot-cua']) {
      const result = validateQuestionnaire(JSON.parse(await readFile(seedFile(name), 'utf8')));
      if (!result.ok) throw new Error(`seed/surveys/${name}.json: ${result.issues.map((i) => i.message).join(' ')}`);
      const content = result.value;
      const [q] = await tx
        .insert(surveyQuestionnaires)
        .values({ code: content.code, title: content.title, currentVersion: 1 })
        .returning({ id: surveyQuestionnaires.id });
      const [v] = await tx
        .insert(surveyQuestionnaireVersions)
        .values({ questionnaireId: q!.id, version: 1, content })
        .returning({ id: surveyQuestionnaireVersions.id });
      versions[name] = { id: v!.id, content };
    }
    const desk = versions['mot-cua']!;
    const provinceId = await demoProvinceId(tx);
    for (const round of campaigns) await writeCampaign(tx, desk, { idOf, provinceId }, round, now);
  });
  return true;
}

/** One demo campaign of a quarter: its field quotas, its units and their answers dated within it (up to now). */
async function writeCampaign(
  tx: Tx,
  desk: { id: string; content: QuestionnaireDefinition },
  { idOf, provinceId }: { idOf: ReadonlyMap<string, string>; provinceId: string | null },
  { year, quarter, share }: { year: number; quarter: number; share: number },
  now: Date,
): Promise<void> {
  const startsOn = `${year}-${String(quarter * 3 + 1).padStart(2, '0')}-01`;
  const endMonth = quarter * 3 + 3;
  const endsOn = `${year}-${String(endMonth).padStart(2, '0')}-${new Date(Date.UTC(year, endMonth, 0)).getUTCDate()}`;
  const [campaign] = await tx
    .insert(surveyCampaigns)
    .values({
      title: `Lấy ý kiến tại Bộ phận Một cửa quý ${['I', 'II', 'III', 'IV'][quarter]}/${year}`,
      questionnaireVersionId: desk.id,
      provinceId,
      startsOn,
      endsOn,
    })
    .returning({ id: surveyCampaigns.id });
  const campaignId = campaign!.id;
  await tx.insert(surveyFieldQuotas).values([
    { campaignId, field: 'land', quota: 60 },
    { campaignId, field: 'construction', quota: 30 },
    { campaignId, field: 'justice', quota: 40 },
  ]);
  const next = random(year * 10 + quarter);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const scaleItems = questionnaireItems(desk.content).filter((i) => i.kind === 'scale');
  const fields = ['land', 'land', 'construction', 'justice', 'justice', 'investment', 'labour', 'other'];
  const start = new Date(`${startsOn}T01:00:00Z`).getTime();
  const end = Math.min(now.getTime(), new Date(`${endsOn}T10:00:00Z`).getTime());
  const span = Math.max(1, end - start);
  for (const [code, all] of DEMO_SURVEY_UNITS) {
    const count = Math.round(all * share);
    const unitId = idOf.get(code);
    if (!unitId) continue;
    await tx.insert(surveyCampaignUnits).values({ campaignId, unitId, publicToken: newPublicToken(), quota: 30 });
    // Each unit its own leaning: most desks satisfy most people, a few less so.
    const mood = 0.55 + next() * 0.4;
    for (let i = 0; i < count; i++) {
      const raw: RawAnswers = { 'linh-vuc': pick(fields) };
      for (const item of scaleItems) {
        if (next() < 0.06) continue; // left blank
        const r = next();
        raw[item.id] = String(r < mood ? (next() < 0.55 ? 4 : 5) : r < mood + 0.2 ? 3 : next() < 0.6 ? 2 : 1);
      }
      if (next() < 0.15) {
        raw['MC.7'] = 'co';
        raw['MC.8'] = pick(['Thiếu bản sao chứng thực', 'Hồ sơ phải bổ sung bản vẽ', 'Chờ ý kiến của cơ quan khác']);
      } else raw['MC.7'] = 'khong';
      if (next() < 0.2)
        raw['MC.9'] = pick([
          'Cán bộ hướng dẫn nhiệt tình.',
          'Nên có thêm ghế ngồi chờ.',
          'Thời gian chờ còn lâu.',
          'Niêm yết thủ tục rõ ràng hơn.',
        ]);
      const demographics =
        next() < 0.6 ? { sex: pick(['male', 'female']), ageGroup: pick(['25to34', '35to49', '50to64']) } : {};
      const submission = validateSubmission(desk.content, raw, demographics);
      if (!submission.ok) throw new Error(submission.issues.map((x) => x.message).join(' '));
      await insertSurveyResponse(tx, {
        campaignId,
        unitId,
        questionnaireVersionId: desk.id,
        questionnaire: desk.content,
        channel: next() < 0.25 ? 'paper' : 'online',
        submittedAt: new Date(start + Math.floor(next() * span)),
        submission: submission.value,
      });
    }
  }
}
