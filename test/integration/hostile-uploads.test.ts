/**
 * Every upload route against the hostile-files corpus (test/fixtures/hostile/make.ts): each file is refused
 * with a 4xx and a Vietnamese message within a few seconds, nothing is written, and `/api/health` keeps
 * answering within a second throughout. The app runs in this process: a reader that blocked the event
 * loop would hold up the health checks below, and one that exhausted the heap would end the test run.
 */
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFiles, units } from '../../src/db/schema/index.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { hostileFiles } from '../fixtures/hostile/make.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { withCommittedPlan } from '../support/plan.js';

let api: TestApi;
let routes: { name: string; client: Client; path: string }[];

beforeAll(async () => {
  const { coordinator, camlo, planId, ...started } = await withCommittedPlan();
  api = started.api;
  await loadDemoScoring(api.database.db, api.clock.now);
  const stp = await api.signIn('stp.baocao');
  const [work] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items;
  const periods = await body(await coordinator.get(`/api/plans/${planId}/periods`));
  const periodId = periods.find((p: { code: string }) => p.code === 'M9').id;
  const indicators = await body(await coordinator.get(`/api/plans/${planId}/indicators?periodId=${periodId}`));
  const target = indicators.find(
    (i: { unit: string; level: string | null }) => i.unit === '%' && (i.level === 'province' || i.level === null),
  );
  expect(
    (
      await coordinator.send('PUT', `/api/indicators/${target.id}/value`, {
        periodId,
        value: 97.5,
        note: 'Cổng Dịch vụ công quốc gia',
      })
    ).status,
  ).toBe(200);
  const rounds = await body(await coordinator.get('/api/scoring/rounds'));
  const round = rounds.find((r: { name: string }) => r.name.includes('sở, ban, ngành'));
  const stpId = (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, 'QT.STP')))[0]!.id;
  routes = [
    { name: 'plan import', client: coordinator, path: '/api/plan-imports' },
    { name: 'units import', client: coordinator, path: '/api/units/import?dryRun=true' },
    { name: 'criteria import', client: coordinator, path: '/api/scoring/criteria-sets/import' },
    { name: 'survey import', client: coordinator, path: `/api/scoring/rounds/${round.id}/survey/import` },
    { name: 'assignment evidence', client: camlo, path: `/api/assignments/${work.id}/evidence` },
    {
      name: 'scoring evidence',
      client: stp,
      path: `/api/scoring/rounds/${round.id}/units/${stpId}/entries/1.1.1/evidence`,
    },
    {
      name: 'indicator evidence',
      client: coordinator,
      path: `/api/indicators/${target.id}/value/evidence?periodId=${periodId}`,
    },
  ];
}, 120_000);
afterAll(() => api.close());

/** Polls /api/health while `work` runs; the slowest answer in milliseconds. */
async function slowestHealthDuring<T>(work: Promise<T>): Promise<{ result: T; slowest: number }> {
  let done = false;
  let slowest = 0;
  const watcher = (async () => {
    while (!done) {
      const started = performance.now();
      const response = await api.request('/api/health');
      expect(response.status).toBe(200);
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  const result = await work.finally(() => (done = true));
  await watcher;
  return { result, slowest };
}

const files = hostileFiles();

describe('hostile files on every upload route', () => {
  it.each(files.map((f) => [f.name, f] as const))(
    '%s: refused with a 4xx within a few seconds, the server answering meanwhile',
    async (_name, file) => {
      const storedCount = async () => (await api.database.db.select({ total: count() }).from(storedFiles))[0]!.total;
      const filesBefore = await storedCount();
      for (const route of routes) {
        const started = performance.now();
        const { result: response, slowest } = await slowestHealthDuring(
          route.client.upload(route.path, new Blob([file.bytes]), file.fileName),
        );
        const elapsed = performance.now() - started;
        const answer = await body(response);
        const where = `${route.name}: ${response.status} ${answer.message}`;
        expect(response.status, where).toBeGreaterThanOrEqual(400);
        expect(response.status, where).toBeLessThan(500);
        expect(answer.message, where).toMatch(/[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ]/i);
        expect(elapsed, where).toBeLessThan(10_000);
        expect(slowest, `${where}: /api/health took ${Math.round(slowest)} ms`).toBeLessThan(1000);
      }
      expect(await storedCount()).toBe(filesBefore);
    },
    180_000,
  );
});
