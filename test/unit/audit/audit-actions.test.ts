import { getTableColumns, getTableName, is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  AUDIT_ACTION_CODES,
  AUDIT_ACTIONS,
  AUDIT_ENTITIES,
  auditActionLabel,
  auditActionsOf,
} from '../../../src/contracts/audit-actions.js';
import { AUDITED_ROWS } from '../../../src/contracts/audit-payloads.js';
import type { DbOrTx } from '../../../src/db/client.js';
import * as schema from '../../../src/db/schema/index.js';
import { recordAudit, type AuditRecord } from '../../../src/db/queries/audit/record-audit.js';

const camel = (snake: string) => snake.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** A transaction that only keeps what recordAudit inserts. */
function capturingTx() {
  const rows: Record<string, unknown>[] = [];
  const tx = {
    insert: () => ({ values: async (row: Record<string, unknown>) => void rows.push(row) }),
  } as unknown as DbOrTx;
  return { tx, rows };
}

describe('audit action catalogue', () => {
  it('gives every action a Vietnamese and an English label, distinct within each language', () => {
    expect(AUDIT_ACTION_CODES.length).toBeGreaterThan(60);
    for (const locale of ['vi', 'en'] as const) {
      const labels = AUDIT_ACTION_CODES.map((code) => AUDIT_ACTIONS[code][locale].trim());
      expect(
        labels.filter((label) => label === ''),
        locale,
      ).toEqual([]);
      expect(
        labels.filter((label, i) => labels.indexOf(label) !== i),
        locale,
      ).toEqual([]);
    }
    for (const [code, label] of Object.entries(AUDIT_ENTITIES)) expect(label.vi && label.en, code).toBeTruthy();
  });

  it('gives every action a payload schema holding at most its before and after', () => {
    for (const code of AUDIT_ACTION_CODES) {
      const { payload } = AUDIT_ACTIONS[code];
      expect(payload, code).toBeInstanceOf(z.ZodObject);
      expect(
        Object.keys(payload.shape).filter((key) => key !== 'before' && key !== 'after'),
        code,
      ).toEqual([]);
    }
  });

  it('names every action <entity>.<verb> in lowerCamel, after the catalogued entity its rows are about', () => {
    for (const code of AUDIT_ACTION_CODES) {
      const { entity } = AUDIT_ACTIONS[code];
      expect(entity in AUDIT_ENTITIES, code).toBe(true);
      expect(code).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
      expect(code.split('.')[0], code).toBe(camel(entity));
    }
    expect(auditActionsOf('unit_report')).toEqual([
      'unitReport.create',
      'unitReport.save',
      'unitReport.submit',
      'unitReport.return',
      'unitReport.accept',
      'unitReport.reopen',
    ]);
    expect(auditActionsOf()).toEqual(AUDIT_ACTION_CODES);
  });

  it('describes each whole row it keeps by exactly its table’s columns (the password hash is never kept)', () => {
    const tables = new Map(
      (Object.values(schema) as unknown[])
        .filter((value): value is PgTable => is(value, PgTable))
        .map((table) => [getTableName(table), table]),
    );
    for (const [name, record] of Object.entries(AUDITED_ROWS)) {
      const columns = Object.keys(getTableColumns(tables.get(name)!)).filter((key) => key !== 'passwordHash');
      expect(Object.keys(record.shape).sort(), name).toEqual(columns.sort());
    }
  });

  it('shows the label of a code, and a code it does not know as it is', () => {
    expect(auditActionLabel('planIndicator.enterValue', 'vi')).toBe('Nhập số liệu chỉ tiêu');
    expect(auditActionLabel('scoringEntry.selfAssess', 'en')).toBe('Criterion self-assessed');
    expect(auditActionLabel('legacy_code', 'vi')).toBe('legacy_code');
  });
});

describe('recordAudit', () => {
  const at = new Date('2026-03-02T03:04:05.000Z');

  it('writes the action with its entity, without secrets', async () => {
    const { tx, rows } = capturingTx();
    const user = {
      id: 'u1',
      username: 'a',
      displayName: 'A',
      email: null,
      passwordHash: 'scrypt$…',
      role: 'reporter' as const,
      unitId: null,
      locale: 'vi' as const,
      failedLogins: 0,
      lockedUntil: null,
      passwordChangedAt: at,
      mustChangePassword: false,
      archivedAt: null,
      version: 1,
      createdAt: at,
    };
    await recordAudit(tx, null, { action: 'user.create', entityId: 'u1', after: user });
    await recordAudit(tx, null, { action: 'user.lockOut', entityId: 'u1', reason: 'Nhập sai mật khẩu nhiều lần' });
    expect(rows[0]).toMatchObject({
      action: 'user.create',
      entity: 'user',
      entityId: 'u1',
      before: null,
      after: { username: 'a' },
    });
    expect(rows[0]!.after).not.toHaveProperty('passwordHash');
    expect(rows[1]).toMatchObject({
      action: 'user.lockOut',
      entity: 'user',
      before: null,
      after: null,
      reason: 'Nhập sai mật khẩu nhiều lần',
    });
  });

  it('refuses a payload the catalogue does not describe, and writes nothing', async () => {
    const { tx, rows } = capturingTx();
    const wrong = {
      action: 'system.downloadBackup',
      entityId: null,
      after: { fileName: 'x.zip' },
    } as unknown as AuditRecord;
    await expect(recordAudit(tx, null, wrong)).rejects.toThrow(/system\.downloadBackup/);
    const unexpected = { action: 'user.logout', entityId: 'u1', after: { note: 'x' } } as unknown as AuditRecord;
    await expect(recordAudit(tx, null, unexpected)).rejects.toThrow(/user\.logout/);
    expect(rows).toEqual([]);
  });

  it('accepts for each action only its payload type', () => {
    // These lines are checked by `npm run typecheck`: each must be a type error.
    // @ts-expect-error an action without a payload takes none
    const withPayload: AuditRecord = { action: 'user.logout', entityId: 'u1', after: { at } };
    // @ts-expect-error a payload missing a field of its schema
    const missing: AuditRecord = { action: 'system.downloadBackup', entityId: null, after: { fileName: 'x.zip' } };
    // @ts-expect-error an action that is not in the catalogue
    const unknown: AuditRecord = { action: 'update_progress', entityId: null };
    const right: AuditRecord = {
      action: 'system.downloadBackup',
      entityId: null,
      after: { fileName: 'x.zip', bytes: 10 },
    };
    expect([withPayload, missing, unknown, right]).toHaveLength(4);
  });
});
