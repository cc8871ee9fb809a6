/** feedback.*: PAKN items by the unit they are assigned to (on time: due in the period; published: answered in it). */
import { feedbackFigureRows } from '../../../db/queries/citizen-feedback/feedback-rows.js';
import { onTimeCounts, publishedCounts } from '../../../domain/citizen-feedback/workflow.js';
import { rateOf, type FigureValue } from '../../../domain/figures/values.js';
import { formatDateVi } from '../../../domain/text/format.js';
import type { FigureSource } from '../figure-source.js';

export const feedbackSource: FigureSource = {
  keys: ['feedback.on_time_rate', 'feedback.published_rate'],
  async compute(db, { keys, unitIds, period, today }) {
    // A period not begun yet has no data, not 0%.
    const day = today ?? period.to;
    if (period.from > day || unitIds.length === 0) return [];
    const rows = await feedbackFigureRows(db, unitIds, period.from, period.to);
    const span = `${formatDateVi(period.from)}–${formatDateVi(period.to)}`;
    return unitIds.flatMap((unitId) => {
      const mine = rows.filter((r) => r.unitId === unitId);
      const onTime = onTimeCounts(mine, period, day);
      const published = publishedCounts(mine, period);
      const value = (key: FigureValue['key'], c: typeof onTime, label: string): FigureValue => ({
        key,
        unitId,
        numerator: c?.numerator ?? null,
        denominator: c?.denominator ?? null,
        value: c ? rateOf(c.numerator, c.denominator) : null,
        source: { label, link: `/phan-anh-kien-nghi?unitId=${unitId}&year=${period.from.slice(0, 4)}` },
      });
      return [
        value(
          'feedback.on_time_rate',
          onTime,
          onTime
            ? `${onTime.numerator}/${onTime.denominator} phản ánh, kiến nghị đến hạn (${span}) trả lời đúng hạn`
            : `Không có phản ánh, kiến nghị đến hạn (${span})`,
        ),
        value(
          'feedback.published_rate',
          published,
          published
            ? `${published.numerator}/${published.denominator} câu trả lời (${span}) đã công khai`
            : `Không có phản ánh, kiến nghị được trả lời (${span})`,
        ),
      ].filter((v) => keys.includes(v.key));
    });
  },
};
