/**
 * A questionnaire as two tables, for XLSX: "Phiếu" (key, value) and "Câu hỏi" (one row per item, its section
 * repeated). Options are written one a line as "value: label"; a condition as "item = value, value".
 * Reading gives the raw object validateQuestionnaire checks, so the same Vietnamese problems name the item.
 */
import type { QuestionnaireDefinition } from './questionnaire.js';

export const ITEM_COLUMNS = [
  'Mã phần',
  'Tên phần',
  'Mã câu',
  'Loại',
  'Nội dung',
  'Trụ cột',
  'Bắt buộc',
  'Phương án',
  'Điều kiện',
  'Vai trò',
  'Độ dài tối đa',
  'Mô tả phần',
] as const;

export function questionnaireToTables(q: QuestionnaireDefinition): { meta: string[][]; items: string[][] } {
  return {
    meta: [
      ['code', q.code],
      ['title', q.title],
      ['description', q.description ?? ''],
      ['askDemographics', q.askDemographics ? 'có' : 'không'],
    ],
    items: q.sections.flatMap((s) =>
      s.items.map((i) => [
        s.id,
        s.title,
        i.id,
        i.kind,
        i.text,
        i.pillar ?? '',
        i.required ? 'có' : '',
        (i.options ?? []).map((o) => `${o.value}: ${o.label}`).join('\n'),
        i.condition ? `${i.condition.itemId} = ${i.condition.anyOf.join(', ')}` : '',
        i.role ?? '',
        i.maxLength === undefined ? '' : String(i.maxLength),
        s.description ?? '',
      ]),
    ),
  };
}

const yes = (v: string) => ['có', 'co', 'x', 'true', '1', 'yes'].includes(v.trim().toLowerCase());

/** The raw questionnaire the two tables describe (checked afterwards by validateQuestionnaire). */
export function tablesToQuestionnaire(meta: string[][], items: string[][]): Record<string, unknown> {
  const m = new Map(meta.map(([k, v]) => [String(k ?? '').trim(), String(v ?? '').trim()]));
  const sections: { id: string; title: string; description?: string; items: Record<string, unknown>[] }[] = [];
  for (const row of items) {
    const cell = (i: number) => String(row[i] ?? '').trim();
    if (row.every((c) => !String(c ?? '').trim())) continue;
    const sectionId = cell(0) || String(sections.length || 1);
    let section = sections.find((s) => s.id === sectionId);
    if (!section)
      sections.push(
        (section = { id: sectionId, title: cell(1), ...(cell(11) ? { description: cell(11) } : {}), items: [] }),
      );
    const options = cell(7)
      ? cell(7)
          .split(/\n/)
          .map((line) => line.trim())
          .filter(Boolean)
          .map((line) => {
            const at = line.indexOf(':');
            return at < 0
              ? { value: line, label: '' }
              : { value: line.slice(0, at).trim(), label: line.slice(at + 1).trim() };
          })
      : undefined;
    const cond = cell(8);
    const eq = cond.indexOf('=');
    section.items.push({
      id: cell(2),
      kind: cell(3),
      text: cell(4),
      pillar: cell(5) || null,
      required: yes(cell(6)),
      ...(options ? { options } : {}),
      ...(cond
        ? {
            condition: {
              itemId: eq < 0 ? cond : cond.slice(0, eq).trim(),
              anyOf:
                eq < 0
                  ? []
                  : cond
                      .slice(eq + 1)
                      .split(',')
                      .map((v) => v.trim())
                      .filter(Boolean),
            },
          }
        : {}),
      ...(cell(9) ? { role: cell(9) } : {}),
      ...(cell(10) ? { maxLength: Number(cell(10)) } : {}),
    });
  }
  return {
    code: m.get('code'),
    title: m.get('title'),
    description: m.get('description') || undefined,
    askDemographics: m.has('askDemographics') ? yes(m.get('askDemographics')!) : true,
    sections,
  };
}
