/**
 * Points lost in a published result: per area (and per criterion or part, where the figures go that deep) the
 * maximum minus the score, and the change against last year's loss. An area whose own score is not printed but
 * whose parts are ("8" = SIPAS + socio-economic impact) takes the sum of its parts. Nothing is guessed: an area
 * without a score or a maximum has no loss ("không có số liệu").
 */
import { roundPoints, type AreaResult, type IndexResultFacts } from './types.js';

export interface LostPointsLine {
  code: string;
  name: string;
  parent: string | null;
  maxPoints: number | null;
  score: number | null;
  /** null: no score or no maximum. */
  lost: number | null;
  /** Percentage of the maximum reached (two decimals). */
  percent: number | null;
  lastYearLost: number | null;
  /** Lost this year minus lost last year: negative is an improvement. */
  change: number | null;
}

export interface LostPoints {
  resultId: string;
  year: number;
  maxScore: number | null;
  score: number | null;
  totalLost: number | null;
  /** Top-level areas first, each followed by its parts. */
  lines: LostPointsLine[];
}

const sumOrNull = (xs: readonly (number | null)[]) =>
  xs.length === 0 || xs.some((x) => x === null) ? null : roundPoints(xs.reduce<number>((a, b) => a + b!, 0));

/** The areas with a top-level area's score or maximum filled from its parts where it has none of its own. */
export function completeAreas(areas: readonly AreaResult[]): AreaResult[] {
  return areas.map((area) => {
    const parts = areas.filter((a) => a.parent === area.code);
    if (parts.length === 0) return area;
    return {
      ...area,
      score: area.score ?? sumOrNull(parts.map((p) => p.score)),
      maxPoints: area.maxPoints ?? sumOrNull(parts.map((p) => p.maxPoints)),
    };
  });
}

function lineOf(area: AreaResult, last: AreaResult | undefined): LostPointsLine {
  const lost = area.score !== null && area.maxPoints !== null ? roundPoints(area.maxPoints - area.score) : null;
  const lastLost =
    last && last.score !== null && last.maxPoints !== null ? roundPoints(last.maxPoints - last.score) : null;
  return {
    code: area.code,
    name: area.name,
    parent: area.parent ?? null,
    maxPoints: area.maxPoints,
    score: area.score,
    lost,
    percent: area.score !== null && area.maxPoints ? Math.round((area.score / area.maxPoints) * 10000) / 100 : null,
    lastYearLost: lastLost,
    change: lost !== null && lastLost !== null ? roundPoints(lost - lastLost) : null,
  };
}

export function lostPoints(
  result: IndexResultFacts,
  maxScore: number | null,
  lastYear: IndexResultFacts | null,
): LostPoints {
  const areas = completeAreas(result.areas);
  const previous = lastYear ? completeAreas(lastYear.areas) : [];
  const top = areas.filter((a) => !a.parent);
  const lines = top.flatMap((area) => [
    lineOf(
      area,
      previous.find((p) => p.code === area.code),
    ),
    ...areas
      .filter((a) => a.parent === area.code)
      .map((part) =>
        lineOf(
          part,
          previous.find((p) => p.code === part.code),
        ),
      ),
  ]);
  return {
    resultId: result.id,
    year: result.year,
    maxScore,
    score: result.score,
    totalLost: maxScore !== null && result.score !== null ? roundPoints(maxScore - result.score) : null,
    lines,
  };
}
