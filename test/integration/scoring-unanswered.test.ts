import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoYear } from '../../src/domain/demo/demo-timeline.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

/**
 * A round where no unit self-assessed (the demo communes' round): the council scores the empty criteria 0
 * in one request per unit, with the reason kept, so the round can still reach the explanation stage.
 */
let api: TestApi;
let coordinator: Client;
let appraiser: Client;
let round: { id: string; version: number; roundUnits: { unitId: string }[] };

beforeAll(async () => {
  api = await createTestApi();
  await loadDemoScoring(api.database.db, api.clock.now);
  coordinator = await api.signIn('snv.cchc');
  appraiser = await api.signIn('thamdinh');
  const rounds = await body(await coordinator.get('/api/scoring/rounds'));
  const communes = rounds.find(
    (r: { name: string }) => r.name === `Chỉ số CCHC UBND cấp xã năm ${demoYear(api.clock.now)}`,
  );
  round = await body(await coordinator.get(`/api/scoring/rounds/${communes.id}`));
});
afterAll(() => api.close());

describe('criteria a unit never answered', () => {
  it('are scored 0 with a reason by the council in one step, after which the round can move on', async () => {
    const toAppraisal = await coordinator.send('POST', `/api/scoring/rounds/${round.id}/advance`, {
      version: round.version,
      to: 'appraisal',
    });
    expect(toAppraisal.status).toBe(200);
    const [first, ...others] = round.roundUnits;
    const unitPath = (unitId: string) => `/api/scoring/rounds/${round.id}/units/${unitId}`;

    expect((await coordinator.send('POST', `${unitPath(first!.unitId)}/score-unanswered`, {})).status).toBe(403);
    const result = await body(await appraiser.send('POST', `${unitPath(first!.unitId)}/score-unanswered`, {}));
    expect(result.scored).toBeGreaterThan(30);
    expect(result.manual).toEqual([]);
    const sheet = await body(await appraiser.get(unitPath(first!.unitId)));
    const scored = sheet.leaves.filter((l: { appraisal: { reason: string; points: number } | null }) => l.appraisal);
    expect(scored).toHaveLength(result.scored);
    expect(
      scored.every(
        (l: { appraisal: { reason: string; points: number } }) =>
          l.appraisal.points === 0 && l.appraisal.reason.startsWith('Đơn vị không tự chấm'),
      ),
    ).toBe(true);
    expect((await body(await appraiser.send('POST', `${unitPath(first!.unitId)}/score-unanswered`, {}))).scored).toBe(
      0,
    );

    const version = (await body(await coordinator.get(`/api/scoring/rounds/${round.id}`))).version;
    expect(
      (await coordinator.send('POST', `/api/scoring/rounds/${round.id}/advance`, { version, to: 'explanation' }))
        .status,
    ).toBe(422);
    for (const unit of others)
      expect((await appraiser.send('POST', `${unitPath(unit.unitId)}/score-unanswered`, {})).status).toBe(200);
    const ready = (await body(await coordinator.get(`/api/scoring/rounds/${round.id}`))).version;
    expect(
      (await coordinator.send('POST', `/api/scoring/rounds/${round.id}/advance`, { version: ready, to: 'explanation' }))
        .status,
    ).toBe(200);
  });
});
