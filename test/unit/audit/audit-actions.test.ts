import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, AUDIT_ENTITIES, auditActionLabel } from '../../../src/contracts/audit-actions.js';

const servicesDir = join(import.meta.dirname, '../../../src/services');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Every literal written as `action: '…'` or `entity: '…'` in an audit record of a service. */
function literals(field: 'action' | 'entity'): Set<string> {
  const found = new Set<string>();
  const pattern = new RegExp(`\\b${field}: (?:[^,}]*\\? )?'([a-z_.]+)'(?: : '([a-z_.]+)')?`, 'g');
  for (const file of sourceFiles(servicesDir)) {
    const text = readFileSync(file, 'utf8');
    if (!text.includes('recordAudit(')) continue;
    for (const match of text.matchAll(pattern)) [match[1], match[2]].forEach((code) => code && found.add(code));
  }
  return found;
}

describe('audit action catalogue', () => {
  it('names every action a service writes to the audit log', () => {
    const actions = literals('action');
    expect(actions.size).toBeGreaterThan(20);
    expect([...actions].filter((code) => !(code in AUDIT_ACTIONS))).toEqual([]);
  });

  it('names every entity a service writes to the audit log', () => {
    const entities = literals('entity');
    expect(entities.size).toBeGreaterThan(10);
    expect([...entities].filter((code) => !(code in AUDIT_ENTITIES))).toEqual([]);
  });

  it('has a Vietnamese and an English label for every code, and shows unknown codes as they are', () => {
    for (const [code, label] of Object.entries({ ...AUDIT_ACTIONS, ...AUDIT_ENTITIES })) {
      expect(label.vi.trim(), code).not.toBe('');
      expect(label.en.trim(), code).not.toBe('');
    }
    expect(auditActionLabel('enter_value', 'vi')).toBe('Nhập số liệu chỉ tiêu');
    expect(auditActionLabel('scoring.self', 'en')).toBe('Criterion self-assessed');
    expect(auditActionLabel('legacy_code', 'vi')).toBe('legacy_code');
  });
});
