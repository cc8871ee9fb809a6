/**
 * Duties the plan's text gives units ("Tổ chức thực hiện", "Trách nhiệm thực hiện", "Chế độ báo cáo"):
 * which units must send which report or issue which plan by which date ("Các sở, ban, ngành; UBND các huyện,
 * thành phố báo cáo kết quả thực hiện kế hoạch này trước ngày 15/12/2024"). Each becomes a suggested duty the
 * coordinator confirms or drops in review; a confirmed one becomes an activity of the committed plan.
 * Only a clause with a date is a duty: "báo cáo định kỳ … theo quy định" is the reporting calendar's.
 */
import { foldVietnamese } from '../text/fold.js';
import type { ProseParagraph } from './prose.js';
import type { FieldReaders } from './readers.js';
import { sentencesOf } from './text.js';
import type { PlanActivity, PlanDuty, PlanUnitRef, PlanV1 } from './types.js';

/** "III. TỔ CHỨC THỰC HIỆN", "IV. TRÁCH NHIỆM THỰC HIỆN", "III. TỔ CHỨC, THỰC HIỆN". */
const IMPLEMENTATION = /^(?:phan\s+)?[ivxl]+[.)]\s*(?:to chuc,?\s+thuc hien|trach nhiem thuc hien|to chuc trien khai)/;
/** Upper-case Roman numerals: "i) Giao …" is a list item, "IV. …" the next part. */
const TOP_HEADING = /^(?:PHẦN\s+)?[IVXL]+[.)]\s/u;
/** "8. Các sở, ban, ngành cấp tỉnh và UBND các huyện, thị xã, thành phố:" — who the points below are for. */
const NUMBERED = /^(\d{1,2})[.)]\s+(.+)$/su;
/** A verb that makes the clause a duty, and what it asks for. */
const DUTY_VERB =
  /\b(bao cao|gui bao cao|xay dung (?:va ban hanh )?ke hoach|ban hanh ke hoach|xay dung ke hoach|gui ve|hoan thanh viec ban hanh)\b/;
const DATED = /\b(?:truoc ngay|truoc|cham nhat|trong thang|trong quy|han cuoi)\b/;

export function dutiesFromProse(paragraphs: ProseParagraph[], readers: FieldReaders): PlanDuty[] {
  const duties: PlanDuty[] = [];
  let inSection = false;
  let heading: { text: string; units: PlanUnitRef[] } | null = null;
  for (const paragraph of paragraphs) {
    const folded = foldVietnamese(paragraph.text);
    if (IMPLEMENTATION.test(folded)) {
      inSection = true;
      heading = null;
      continue;
    }
    if (!inSection) continue;
    if (TOP_HEADING.test(paragraph.text) || /^noi nhan/.test(folded)) {
      inSection = false;
      continue;
    }
    const numbered = NUMBERED.exec(paragraph.text);
    let body = paragraph.text;
    if (numbered) {
      // "1. Sở Nội vụ:", "8. Các sở, … thành phố:" name the units; "4. Chế độ báo cáo: Các sở …" goes on as text.
      const [title, rest] = splitTitle(numbered[2] ?? '');
      const units = resolved(readers, title);
      heading = units.length ? { text: title, units } : heading;
      body = rest;
    }
    for (const sentence of sentencesOf(body)) {
      // "Các sở, ban, ngành; UBND các huyện … báo cáo …": a clause without a verb is the subject of the next.
      let pending = '';
      for (const part of sentence.split(/;\s+/)) {
        const clause = pending ? `${pending}; ${part}` : part;
        const foldedClause = foldVietnamese(clause);
        if (!DUTY_VERB.test(foldedClause) && !DATED.test(foldedClause) && clause.length < 160) {
          pending = clause;
          continue;
        }
        pending = '';
        const duty = readClause(clause, sentence, heading, readers, paragraph.line);
        if (duty) duties.push({ id: `TC-${duties.length + 1}`, ...duty });
      }
    }
  }
  return duties;
}

/** "Sở Nội vụ: …" → ["Sở Nội vụ", "…"]; a title without a colon is all title when short, else all text. */
function splitTitle(text: string): [string, string] {
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 160) return [text.slice(0, colon).trim(), text.slice(colon + 1).trim()];
  return text.length < 160 && !/\.\s/.test(text) ? [text.trim(), ''] : ['', text];
}

/** "6 tháng", "9 tháng", "quý I", "năm" ending the words before a date, as the plan wrote it. */
function periodBefore(clause: string, index: number): string | null {
  const before = clause.slice(Math.max(0, index - 24), index).trimEnd();
  const period = /(?:^|\s)((?:\d{1,2}|sáu|chín) tháng(?: đầu năm)?|quý [IV1-4]+|năm)$/iu.exec(before);
  return period ? period[1]!.toLocaleLowerCase('vi') : null;
}

function resolved(readers: FieldReaders, text: string): PlanUnitRef[] {
  if (!text.trim()) return [];
  const cleaned = text.replace(/^(?:trách nhiệm của|giao)\s+/iu, '');
  return readers.units(cleaned).units.filter((u) => u.unitId !== null || u.groupId !== null);
}

function readClause(
  clause: string,
  sentence: string,
  heading: { text: string; units: PlanUnitRef[] } | null,
  readers: FieldReaders,
  line: number | null,
): Omit<PlanDuty, 'id'> | null {
  const folded = foldVietnamese(clause);
  const verb = DUTY_VERB.exec(folded);
  const dated = DATED.exec(folded);
  if (!verb || !dated) return null;
  const deadline = readers.deadline(clause.slice(dated.index));
  const dues = deadline.milestones?.length
    ? deadline.milestones.map((m) => ({ label: m.label, due: m.due }))
    : deadline.due && deadline.kind !== 'continuous' && deadline.kind !== 'event'
      ? [{ label: '', due: deadline.due }]
      : [];
  if (!dues.length) return null;
  // What is asked: a plan ("xây dựng kế hoạch … gửi về Sở Nội vụ trong tháng 01", the plan named earlier in the
  // sentence) unless the clause asks for a report of results.
  const upToDate = foldVietnamese(sentence.slice(0, sentence.indexOf(clause) + dated.index));
  const what: PlanDuty['what'] =
    /\b(?:xay dung|ban hanh)(?: va ban hanh)? ke hoach\b/.test(upToDate) && !/\bbao cao ket qua\b/.test(folded)
      ? 'plan'
      : 'report';
  // The units before the verb ("Các sở, ban, ngành; UBND các huyện … báo cáo"), else those of the heading above.
  const subject = clause.slice(0, verb.index).replace(/^.*:\s*/su, '');
  const own = resolved(readers, subject);
  const units = own.length ? own : (heading?.units ?? []);
  const unitsText = own.length ? subject.trim() : (heading?.text ?? '');
  const label = what === 'plan' ? 'Kế hoạch' : 'Báo cáo';
  return {
    // After "1. Sở Tư pháp:" the sentence starts in lower case; shown alone (and as the activity) it starts a sentence.
    text: sentence.charAt(0).toLocaleUpperCase('vi') + sentence.slice(1),
    what,
    units: { text: unitsText, units },
    // A date alone names nothing ("trước ngày 10/6 và 10/11"): "Báo cáo lần 1", "Báo cáo lần 2".
    // The first date's period is the words just before it ("báo cáo … 6 tháng trước ngày 07/6"): "Báo cáo 6 tháng".
    dueDates: dues.map((d, i) => ({
      label:
        d.label && !/^[\d/.\s-]+$/.test(d.label)
          ? d.label
          : i === 0 && dues.length > 1 && periodBefore(clause, dated.index)
            ? `${label} ${periodBefore(clause, dated.index)}`
            : dues.length > 1
              ? `${label} lần ${i + 1}`
              : label,
      due: d.due,
    })),
    deadlineText: clause
      .slice(dated.index)
      .replace(/\s*\(.*$/su, '')
      .trim()
      .replace(/[.;,]+$/, ''),
    line,
    decision: 'suggested',
  };
}

/**
 * A revised document of a committed plan: a duty read again with the same sentence keeps the coordinator's
 * decision (so a confirmed duty's activity is not cancelled by the new version).
 */
export function carryDutyDecisions(plan: PlanV1, base: PlanV1 | null): PlanV1 {
  if (!plan.duties?.length || !base?.duties?.length) return plan;
  const decided = new Map(base.duties.map((d) => [foldVietnamese(d.text), d.decision]));
  return {
    ...plan,
    duties: plan.duties.map((d) => ({ ...d, decision: decided.get(foldVietnamese(d.text)) ?? d.decision })),
  };
}

/** The plan as committed: its confirmed duties added as activities (once: an activity of that id stays). */
export function withConfirmedDuties(plan: PlanV1): PlanV1 {
  const ids = new Set(plan.activities.map((a) => a.id));
  const added = dutyActivities(plan).filter((a) => !ids.has(a.id));
  return added.length ? { ...plan, activities: [...plan.activities, ...added] } : plan;
}

/**
 * The activities a plan's confirmed duties become at commit: area-less lines "TC-n" with the duty as the
 * activity, its units as lead and its dates as the deadline (several dates are milestones).
 */
export function dutyActivities(plan: PlanV1): PlanActivity[] {
  return (plan.duties ?? [])
    .filter((d) => d.decision === 'confirmed')
    .map((duty) => {
      const dues = [...duty.dueDates].sort((a, b) => a.due.localeCompare(b.due));
      const last = dues.at(-1)?.due ?? null;
      return {
        id: duty.id,
        area: null,
        number: null,
        objective: null,
        task: 'Tổ chức thực hiện kế hoạch',
        activity: duty.text,
        deliverable: duty.what === 'plan' ? 'Kế hoạch' : 'Báo cáo',
        lead: duty.units,
        cooperating: { text: '', units: [] },
        deadline: {
          text: duty.deadlineText,
          kind: dues.length > 1 ? 'multi' : 'date',
          start: null,
          due: last,
          parts: dues.map((d) => ({ level: null, text: d.label, kind: 'date' as const, start: null, due: d.due })),
          ...(dues.length > 1 ? { milestones: dues.map((d) => ({ label: d.label, level: null, due: d.due })) } : {}),
        },
        budget: { text: '', kind: 'none', amountMillionVnd: null },
        warnings: [],
        source: duty.line === null ? null : { table: 0, row: 0, line: duty.line },
      };
    });
}
