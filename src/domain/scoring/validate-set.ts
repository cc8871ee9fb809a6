/**
 * The rules a criteria set must keep beyond its shape: unique codes, maxima that add up,
 * tiers in order, formulas that parse and read only declared inputs. Every problem names the
 * node (by code) and says in Vietnamese what to fix.
 */
import { formatPoints, hasAtMostThreeDecimals, toMilli } from './decimal.js';
import { ExpressionError, expressionNames, parseExpression } from './expression.js';
import { isLinkedFigure } from './figure-links.js';
import { isOutline, isScoredLeaf, kindOf, walk } from './tree.js';
import type { CriteriaNode, CriteriaSet, ScoringMethod, Tier } from './types.js';

export interface SetProblem {
  /** The node's code, or null for the set itself. */
  code: string | null;
  message: string;
}

const CODE_PATTERN = /^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$/;
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

const label = (node: CriteriaNode) => `Mục ${node.code}`;

/** The value a tier is reached at, as a sort key: "> 99" sits just above "≥ 99". */
const tierKey = (t: Tier): [number, number] => [t.atLeast ?? t.moreThan ?? 0, t.moreThan !== undefined ? 1 : 0];

function methodProblems(node: CriteriaNode, method: ScoringMethod, maxMilli: number): string[] {
  const problems: string[] = [];
  if (method.type === 'tiers') {
    if (method.tiers.length === 0) problems.push('phương pháp chấm theo mức cần ít nhất một mức.');
    method.tiers.forEach((tier, i) => {
      const n = `mức thứ ${i + 1}`;
      if ((tier.atLeast === undefined) === (tier.moreThan === undefined))
        problems.push(`${n} phải có đúng một ngưỡng: "từ" (atLeast) hoặc "trên" (moreThan).`);
      const threshold = tier.atLeast ?? tier.moreThan ?? 0;
      if (threshold < 0 || (method.measure === 'percent' && threshold > 100))
        problems.push(`${n} có ngưỡng ${threshold} nằm ngoài khoảng cho phép.`);
      if (!hasAtMostThreeDecimals(tier.points) || tier.points < 0 || toMilli(tier.points) > maxMilli)
        problems.push(`${n} cho ${tier.points} điểm, phải trong khoảng 0 đến ${formatPoints(maxMilli)}.`);
      const prev = method.tiers[i - 1];
      if (prev) {
        const [a, as] = tierKey(prev);
        const [b, bs] = tierKey(tier);
        if (!(a > b || (a === b && as > bs)))
          problems.push(`các mức phải xếp từ ngưỡng cao xuống thấp (${n} không thấp hơn mức trước).`);
      }
    });
  }
  if (method.type === 'formula') {
    const names = new Set<string>();
    for (const input of method.inputs) {
      if (!IDENTIFIER.test(input.name) || input.name === 'max' || input.name === 'min')
        problems.push(`tên số liệu "${input.name}" không hợp lệ (chữ Latinh, số, dấu gạch dưới; không dùng max, min).`);
      if (names.has(input.name)) problems.push(`tên số liệu "${input.name}" bị trùng.`);
      names.add(input.name);
      if (input.linkedFigure !== undefined && !isLinkedFigure(input.linkedFigure))
        problems.push(`số liệu liên kết "${input.linkedFigure}" không hợp lệ.`);
    }
    try {
      for (const used of expressionNames(parseExpression(method.expression)))
        if (used !== 'max' && !names.has(used))
          problems.push(`công thức dùng "${used}" nhưng chưa khai báo số liệu này.`);
    } catch (error) {
      if (!(error instanceof ExpressionError)) throw error;
      problems.push(`công thức "${method.expression}" sai: ${error.message}`);
    }
  }
  if (node.linkedFigure !== undefined) {
    if (method.type !== 'tiers' && method.type !== 'proportional')
      problems.push('chỉ tiêu chí chấm theo mức hoặc theo tỷ lệ mới liên kết được với một số liệu.');
    if (!isLinkedFigure(node.linkedFigure)) problems.push(`số liệu liên kết "${node.linkedFigure}" không hợp lệ.`);
  }
  return problems;
}

export function validateCriteriaSet(set: CriteriaSet): SetProblem[] {
  const problems: SetProblem[] = [];
  const add = (node: CriteriaNode | null, message: string) =>
    problems.push({ code: node?.code ?? null, message: node ? `${label(node)}: ${message}` : message });
  const seen = new Set<string>();

  for (const { node, parent, underBonusOrPenalty } of walk(set.nodes)) {
    if (!CODE_PATTERN.test(node.code)) add(node, `mã "${node.code}" không hợp lệ (dạng 1, 1.2, 1.2.3, 2.TD).`);
    if (seen.has(node.code)) add(node, `mã bị trùng.`);
    seen.add(node.code);
    if (node.title.trim() === '') add(node, 'thiếu tên.');
    const children = node.children ?? [];

    if (isOutline(node)) {
      const parentAllowsOutline = parent !== null && (isOutline(parent) || isScoredLeaf(parent));
      if (!parentAllowsOutline)
        add(node, 'thiếu điểm tối đa (chỉ mục liệt kê bên dưới một tiêu chí được chấm mới được để trống điểm).');
      if (node.method || node.kind || node.source || node.notApplicable)
        add(node, 'mục không có điểm thì không có phương pháp chấm, nguồn điểm hay quy tắc không áp dụng.');
      // A listed criterion may name the figure that measures it: prefilled as the scored criterion's evidence.
      if (node.linkedFigure !== undefined && !isLinkedFigure(node.linkedFigure))
        add(node, `số liệu liên kết "${node.linkedFigure}" không hợp lệ.`);
      continue;
    }
    const max = node.maxPoints ?? 0;
    if (max < 0 || !hasAtMostThreeDecimals(max))
      add(node, `điểm tối đa ${max} phải không âm, tối đa 3 chữ số thập phân.`);
    const maxMilli = toMilli(max);
    const kind = kindOf(node);
    if (kind !== 'criterion' && underBonusOrPenalty)
      add(node, 'không đặt điểm thưởng/điểm trừ lồng trong điểm thưởng/điểm trừ khác.');

    if (isScoredLeaf(node)) {
      if (children.some((c) => !isOutline(c)))
        add(node, 'tiêu chí có phương pháp chấm thì các mục con chỉ được là mục liệt kê (không có điểm).');
      if (node.method) for (const m of methodProblems(node, node.method, maxMilli)) add(node, m);
      continue;
    }
    if (node.source || node.notApplicable || node.linkedFigure)
      add(
        node,
        'nguồn điểm, quy tắc không áp dụng và số liệu liên kết chỉ đặt ở tiêu chí được chấm (không có mục con).',
      );
    const scored = children.filter((c) => !isOutline(c));
    if (scored.length === 0) {
      add(node, 'chưa có phương pháp chấm và cũng không có tiêu chí con có điểm.');
      continue;
    }
    if (scored.length !== children.length) add(node, 'mục liệt kê không điểm chỉ đặt dưới một tiêu chí được chấm.');
    if (kind === 'criterion') {
      const sum = scored.filter((c) => kindOf(c) === 'criterion').reduce((s, c) => s + toMilli(c.maxPoints ?? 0), 0);
      if (sum !== maxMilli)
        add(node, `điểm tối đa ${formatPoints(maxMilli)} khác tổng điểm tối đa các tiêu chí con ${formatPoints(sum)}.`);
    }
  }

  const topSum = set.nodes.filter((n) => kindOf(n) === 'criterion').reduce((s, n) => s + toMilli(n.maxPoints ?? 0), 0);
  if (topSum !== toMilli(set.maxTotal))
    add(
      null,
      `Tổng điểm tối đa ${formatPoints(toMilli(set.maxTotal))} khác tổng điểm tối đa các lĩnh vực ${formatPoints(topSum)}.`,
    );
  set.bands.forEach((band, i) => {
    const prev = set.bands[i - 1];
    if (prev && prev.minPercent <= band.minPercent)
      add(null, `Các mức xếp loại phải xếp từ cao xuống thấp ("${band.label}" không thấp hơn "${prev.label}").`);
    if (band.label.trim() === '') add(null, `Mức xếp loại thứ ${i + 1} thiếu tên.`);
  });
  return problems;
}
