import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { answersFingerprint, validateSubmission } from '../../../src/domain/surveys/submission.js';
import { validateQuestionnaire } from '../../../src/domain/surveys/validate-questionnaire.js';
import type { QuestionnaireDefinition } from '../../../src/domain/surveys/questionnaire.js';

const seed = (name: string) => JSON.parse(readFileSync(`seed/surveys/${name}.json`, 'utf8')) as unknown;
const valid = (raw: unknown): QuestionnaireDefinition => {
  const r = validateQuestionnaire(raw);
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
};

describe('questionnaire validation', () => {
  it('accepts the two shipped questionnaires, with a pillar on every rated item', () => {
    for (const name of ['sipas', 'mot-cua']) {
      const q = valid(seed(name));
      const items = q.sections.flatMap((s) => s.items);
      expect(items.filter((i) => i.kind === 'scale').every((i) => i.pillar)).toBe(true);
      expect(items.filter((i) => i.role === 'field')).toHaveLength(1);
    }
    const sipas = valid(seed('sipas'));
    expect(sipas.sections.flatMap((s) => s.items).filter((i) => i.kind === 'scale')).toHaveLength(33);
  });

  it('names the item in Vietnamese: duplicate id, unknown pillar, condition on a later item, choice without options', () => {
    const r = validateQuestionnaire({
      code: 'x',
      title: 'Thử',
      sections: [
        {
          title: 'A',
          items: [
            { id: 'q1', kind: 'scale', text: 'Một', pillar: 'service.nowhere' },
            { id: 'q1', kind: 'scale', text: 'Hai' },
            { id: 'q3', kind: 'single', text: 'Ba', options: [] },
            { id: 'q4', kind: 'text', text: 'Bốn', condition: { itemId: 'q9', anyOf: ['1'] } },
            { id: 'q5', kind: 'scale', text: 'Năm', condition: { itemId: 'q1', anyOf: ['7'] } },
          ],
        },
      ],
    });
    expect(r.ok).toBe(false);
    const messages = r.ok ? [] : r.issues.map((i) => i.message);
    expect(messages).toContain('Câu “q1”: trụ cột “service.nowhere” không có trong danh mục SIPAS.');
    expect(messages).toContain('Câu “q1”: mã câu hỏi bị trùng.');
    expect(messages).toContain('Câu “q3”: câu lựa chọn phải có ít nhất 2 phương án.');
    expect(messages.some((m) => m.startsWith('Câu “q4”: điều kiện phải dựa trên một câu hỏi đứng trước'))).toBe(true);
    expect(messages).toContain('Câu “q5”: câu “q1” không có câu trả lời “7”.');
  });
});

describe('submission validation', () => {
  const desk = valid(seed('mot-cua'));

  it('keeps a conditional answer only when its condition holds, and drops it otherwise', () => {
    const shown = validateSubmission(desk, { 'MC.1': '5', 'MC.7': 'co', 'MC.8': 'Thiếu giấy tờ' });
    expect(shown.ok && shown.value.answers.get('MC.8')).toEqual({ kind: 'text', value: 'Thiếu giấy tờ' });
    const hidden = validateSubmission(desk, { 'MC.1': '5', 'MC.7': 'khong', 'MC.8': 'Không liên quan' });
    expect(hidden.ok && hidden.value.answers.has('MC.8')).toBe(false);
  });

  it('leaves blank items out, reads the field and the optional demographics', () => {
    const r = validateSubmission(desk, { 'linh-vuc': 'land', 'MC.2': '4', 'MC.3': '' }, { sex: 'female' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([...r.value.answers.keys()]).toEqual(['linh-vuc', 'MC.2']);
    expect(r.value.field).toBe('land');
    expect(r.value.demographics).toEqual({ sex: 'female' });
  });

  it('refuses out-of-scale values, unknown options, unknown items and unknown personal fields, naming them', () => {
    const r = validateSubmission(desk, { 'MC.1': '6', 'linh-vuc': 'mining', 'MC.99': '3' }, { phone: '0912' });
    expect(r.ok).toBe(false);
    const fields = r.ok ? [] : r.issues.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['MC.1', 'linh-vuc', 'MC.99', 'phone']));
  });

  it('gives the same fingerprint to the same answers in any order', () => {
    const a = validateSubmission(desk, { 'MC.1': '5', 'MC.2': '4' });
    const b = validateSubmission(desk, { 'MC.2': '4', 'MC.1': '5' });
    expect(a.ok && b.ok && answersFingerprint(a.value.answers) === answersFingerprint(b.value.answers)).toBe(true);
  });
});
