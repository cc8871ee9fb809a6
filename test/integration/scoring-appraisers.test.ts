import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { body, createTestApi, type TestApi } from '../support/api.js';

/** The council picker: a coordinator lists the appraisers without reading the whole user directory. */
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi();
});
afterAll(() => api.close());

describe('GET /api/scoring/appraisers', () => {
  it('lists active appraisers to the coordinator, and to nobody who does not assign councils', async () => {
    const coordinator = await api.signIn('snv.cchc');
    const response = await coordinator.get('/api/scoring/appraisers');
    expect(response.status).toBe(200);
    expect((await body(response)).map((u: { username: string }) => u.username)).toEqual(['thamdinh']);
    expect((await coordinator.get('/api/users')).status).toBe(403);
    for (const username of ['stp.baocao', 'thamdinh', 'lanhdao'])
      expect((await (await api.signIn(username)).get('/api/scoring/appraisers')).status, username).toBe(403);
  });
});
