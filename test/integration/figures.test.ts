/**
 * The figure catalogue over HTTP, on the demo as `npm start` loads it (its plan in progress, its scoring
 * rounds): the catalogue's definitions, a level's figures with its units', the query refused in Vietnamese,
 * and "Điền nhanh từ số liệu theo dõi" filling the departments' linked criteria from their tracked work.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoringRoundUnits, scoringRounds, units } from '../../src/db/schema/index.js';
import { insertUser } from '../../src/db/queries/users/insert-user.js';
import { DEMO_PASSWORD, loadDemo } from '../../src/services/demo/load-demo.js';
import { body, createTestApi, type Client, type TestApi } from '../support/api.js';

let api: TestApi;
const DEPARTMENTS_ROUND = 'Chỉ số CCHC các sở, ban, ngành năm 2025';

beforeAll(async () => {
  api = await createTestApi();
  api.clock.now = new Date('2025-08-05T03:00:00Z');
  await loadDemo(api.database.db, { files: api.files, now: api.clock.now });
});

/** A reporter of the department, as its staff would sign in. */
async function reporterOf(unit: { id: string; code: string }): Promise<Client> {
  const username = `bc.${unit.code.toLowerCase()}`;
  const user = { username, displayName: `Báo cáo ${unit.code}`, email: null, role: 'reporter' as const };
  await insertUser(api.database.db, null, { ...user, unitId: unit.id, password: DEMO_PASSWORD }, api.clock.now, {
    mustChangePassword: false,
  });
  return api.signIn(username);
}
afterAll(() => api.close());

describe('GET /api/figures', () => {
  it('lists the catalogue with Vietnamese names and definitions', async () => {
    const catalogue = await body(await (await api.signIn('camlo.baocao')).get('/api/figures/catalogue'));
    expect(catalogue).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ key: 'activities.on_time_rate', kind: 'rate', unit: 'percent' }),
        expect.objectContaining({ key: 'reports.on_time_rate', kind: 'rate' }),
      ]),
    );
    for (const f of catalogue) expect(f.name.vi && f.definition.vi).toBeTruthy();
  });

  it('gives the departments’ rate as Σ numerator / Σ denominator, with each department’s', async () => {
    const leader = await api.signIn('lanhdao');
    const view = await body(await leader.get('/api/figures?level=departments&year=2025&keys=activities.on_time_rate'));
    expect(view.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    const [level] = view.values;
    const counted = view.units.filter((v: { denominator: number }) => v.denominator > 0);
    expect(level.numerator).toBe(counted.reduce((s: number, v: { numerator: number }) => s + v.numerator, 0));
    expect(level.denominator).toBe(counted.reduce((s: number, v: { denominator: number }) => s + v.denominator, 0));
    expect(level.unitsCovered).toBe(counted.length);
  });

  it('refuses an unknown key and a unit with a level, naming the field', async () => {
    const leader = await api.signIn('lanhdao');
    const unknown = await leader.get('/api/figures?year=2025&keys=activities.on_time_rate,dossiers.nothing');
    expect(unknown.status).toBe(400);
    expect((await body(unknown)).message).toContain('dossiers.nothing');
    const both = await leader.get(`/api/figures?year=2025&level=communes&unitId=${crypto.randomUUID()}`);
    expect(both.status).toBe(400);
  });
});

describe('Điền nhanh từ số liệu theo dõi', () => {
  it('fills every demo department’s criteria on activities and reports on time', async () => {
    const db = api.database.db;
    const [round] = await db.select().from(scoringRounds).where(eq(scoringRounds.name, DEPARTMENTS_ROUND));
    const scored = await db
      .select({ id: units.id, code: units.code })
      .from(scoringRoundUnits)
      .innerJoin(units, eq(units.id, scoringRoundUnits.unitId))
      .where(eq(scoringRoundUnits.roundId, round!.id));
    const coordinator = await api.signIn('snv.cchc');
    const filled: Record<string, Record<string, number>> = {};
    for (const unit of scored) {
      // The coordinators' own unit self-assesses through them; every other department through a reporter of its own.
      const figures = await body(await coordinator.get(`/api/figures?unitId=${unit.id}&year=2025`));
      const expected = (key: string) => figures.values.find((v: { key: string }) => v.key === key).value;
      if (expected('activities.on_time_rate') === null) continue;
      const client = unit.code === 'QT.SNV' ? coordinator : await reporterOf(unit);
      const response = await client.send('POST', `/api/scoring/rounds/${round!.id}/units/${unit.id}/prefill`);
      expect(response.status, unit.code).toBe(200);
      const result = await body(response);
      filled[unit.code] = Object.fromEntries(
        result.prefilled.map((p: { code: string; value: number }) => [p.code, p.value]),
      );
      expect(filled[unit.code], unit.code).toMatchObject({
        '1.1.3': expected('activities.on_time_rate'),
        ...(expected('reports.on_time_rate') === null ? {} : { '1.2': expected('reports.on_time_rate') }),
      });
      const sheet = await body(await client.get(`/api/scoring/rounds/${round!.id}/units/${unit.id}`));
      const leaf = sheet.leaves.find((l: { code: string }) => l.code === '1.1.3');
      expect(leaf.evidence[0].label).toMatch(/^Số liệu theo dõi trên cchc: \d+\/\d+ nhiệm vụ chủ trì/);
    }
    // Most departments lead work already due in the demo: not a handful, not none.
    expect(Object.keys(filled).length).toBeGreaterThan(10);
  });
});
