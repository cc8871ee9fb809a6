import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog, units } from '../../src/db/schema/index.js';
import { createTestApi, type TestApi } from '../support/api.js';

// Small limits so that a flood of 60 overflows them (the defaults apply on PGlite: CCHC_MAX_IN_FLIGHT …).
let api: TestApi;
beforeAll(async () => {
  api = await createTestApi({ admission: { maxInFlight: 2, maxQueue: 10, maxWaitMs: 30_000 } });
});
afterAll(() => api.close());

describe('the embedded server under a flood of writes', () => {
  it('answers every write with success or 503 + Retry-After, and keeps exactly the successful ones', async () => {
    const admin = await api.signIn('quantri');
    const codes = Array.from({ length: 60 }, (_, n) => `FLOOD.${n}`);
    const [health, ...answers] = await Promise.all([
      api.request('/api/health'),
      ...codes.map((code) =>
        admin.send('POST', '/api/units', {
          code,
          parentId: null,
          kind: 'other',
          level: 'province',
          name: `Đơn vị gửi cùng lúc ${code}`,
        }),
      ),
    ]);
    expect(health!.status).toBe(200);

    const created: string[] = [];
    for (const [n, answer] of answers.entries()) {
      expect([201, 503], await answer.clone().text()).toContain(answer.status);
      if (answer.status === 201) created.push(codes[n]!);
      else {
        expect(Number(answer.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
        expect(await answer.json()).toMatchObject({ code: 'SERVER_BUSY' });
      }
    }
    expect(created.length).toBeGreaterThan(0);
    expect(created.length).toBeLessThan(codes.length);

    // The database holds exactly the acknowledged writes, each with its audit row; the refused left nothing.
    const stored = await api.database.db
      .select({ id: units.id, code: units.code })
      .from(units)
      .where(like(units.code, 'FLOOD.%'));
    expect(stored.map((u) => u.code).sort()).toEqual(created.sort());
    const audited = await api.database.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'unit'), eq(auditLog.action, 'unit.create')));
    expect(stored.every((u) => audited.some((a) => a.entityId === u.id))).toBe(true);
    expect(audited.filter((a) => stored.some((u) => u.id === a.entityId))).toHaveLength(created.length);

    // Once the flood is over, the refused writes go through when sent again.
    for (const code of codes.filter((c) => !created.includes(c))) {
      expect(
        (
          await admin.send('POST', '/api/units', {
            code,
            parentId: null,
            kind: 'other',
            level: 'province',
            name: `Gửi lại ${code}`,
          })
        ).status,
      ).toBe(201);
    }
  });
});
