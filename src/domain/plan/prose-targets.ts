/**
 * Targets written in the plan's text ("a) Chỉ tiêu", "II. CÁC CHỈ TIÊU CHỦ YẾU", or a sentence
 * such as "tối thiểu 60% hồ sơ được nộp bằng hình thức trực tuyến"). A sentence that reads like
 * a target but gives no number a machine can read is kept in `unplaced` for a person.
 */
import { foldVietnamese } from '../text/fold.js';
import type { AreaTopic } from './areas.js';
import type { ProseParagraph } from './prose.js';
import type { FieldReaders, ProgressCallback } from './readers.js';
import { numberToRoman, romanToNumber, sentencesOf } from './text.js';
import type { PlanArea, PlanIndicator, PlanUnplaced } from './types.js';

export interface ProseTargets {
  indicators: PlanIndicator[];
  unplaced: PlanUnplaced[];
  /** Areas named by the text's headings, for plans without an appendix. */
  areas: PlanArea[];
}

/** A sentence about last year's results ("Năm 2023: đạt 8,82 điểm …") is not a target. */
function isPastResult(sentence: string, year: number | null): boolean {
  const folded = foldVietnamese(sentence);
  if (/xep (vi tri|thu|hang) thu/.test(folded)) return true;
  const lead = /^(?:ket qua )?nam (20\d\d)\b/.exec(folded);
  return !!lead && year !== null && Number(lead[1]) < year;
}

/** "Trong đó: …", "Cụ thể: …": a sentence that details the one before it. */
function isBreakdown(sentence: string): boolean {
  return /^[-–\s]*(?:trong do|trong so do|cu the)\b/.test(foldVietnamese(sentence));
}

export function targetsFromProse(
  paragraphs: ProseParagraph[],
  areasByTopic: Map<AreaTopic, string>,
  readers: FieldReaders,
  year: number | null,
  onProgress?: ProgressCallback,
): ProseTargets {
  const indicators: PlanIndicator[] = [];
  const unplaced: PlanUnplaced[] = [];
  const areas: PlanArea[] = [];
  // With an appendix the areas are the appendix's; without one, the text's headings name them.
  const allowNewAreas = areasByTopic.size === 0;
  const proseAreaCode = (p: ProseParagraph): string | null => {
    if (!p.topic) return null;
    const known = areasByTopic.get(p.topic);
    if (known || !allowNewAreas) return known ?? null;
    const code =
      p.sectionNumber && romanToNumber(p.sectionNumber)
        ? p.sectionNumber
        : numberToRoman(Number(p.sectionNumber) || areas.length + 1);
    if (!areas.some((a) => a.code === code)) areas.push({ code, title: p.sectionTitle ?? '' });
    areasByTopic.set(p.topic, code);
    return code;
  };
  paragraphs.forEach((paragraph, index) => {
    if (onProgress && index % 50 === 0) onProgress({ stage: 'prose', done: index, total: paragraphs.length });
    if (paragraph.boilerplate || paragraph.isTargetsHeading) return;
    if (allowNewAreas) proseAreaCode(paragraph);
    let afterPastResult = false;
    for (const sentence of sentencesOf(paragraph.text)) {
      // "Năm 2023, đạt 9,64 điểm …, xếp vị trí thứ 30/63. Trong đó: điểm tự đánh giá đạt 6,14 điểm …": the breakdown is past too.
      afterPastResult = isPastResult(sentence, year) || (afterPastResult && isBreakdown(sentence));
      if (afterPastResult) continue;
      if (!paragraph.inTargets && !readers.looksLikeTarget(sentence)) continue;
      const drafts = readers.indicators(sentence);
      if (drafts.length === 0) {
        if (paragraph.inTargets)
          unplaced.push({ text: sentence, reason: 'Câu trong mục chỉ tiêu nhưng không đọc được con số chỉ tiêu.' });
        continue;
      }
      // The area of the heading above; outside the area sections (Tổ chức thực hiện…) none.
      const area = proseAreaCode(paragraph);
      for (const draft of drafts) {
        indicators.push({
          id: '',
          area,
          text: sentence,
          comparator: draft.comparator,
          value: draft.value,
          unit: draft.unit,
          level: draft.level,
          subject: draft.subject,
          origin: 'prose',
          activityId: null,
        });
      }
    }
  });
  return { indicators, unplaced, areas };
}
