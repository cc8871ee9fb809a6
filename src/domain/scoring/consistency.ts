/**
 * Consistency checks on a result set as printed (imported, entered by hand, or the two-decimal
 * display of a computed score): a parent's total against the sum of its children, a percentage
 * against points / maximum, self-assessed + survey parts against the area's points, maxima
 * against their parts and against the criteria set, and totals a document declares over other
 * figures. Each disagreement is reported with a Vietnamese message, never hidden: an "error"
 * when the printed figures cannot all be right, "info" when they differ only by rounding.
 */
import { formatNumberVi } from '../text/format.js';
import { fromMilli, toDisplayedCenti, toMilli } from './decimal.js';
import {
  add,
  cmp,
  div,
  fromInteger,
  fromNumber,
  mul,
  rational,
  roundToScale,
  sub,
  toNumber,
  type Rational,
} from './rational.js';
import { exact, negate, readPrinted, sumIntervals, type Interval, type Printed } from './printed-number.js';
import { isOutline, kindOf, walk } from './tree.js';
import type { CriteriaSet, NaRescaling, NodeKind, UnitScore } from './types.js';

export interface PrintedNode {
  code: string;
  title?: string;
  points?: Printed;
  /** Maxima are exact figures, not rounded ones. */
  maxPoints?: number;
  percent?: Printed;
  selfPoints?: Printed;
  selfMax?: number;
  surveyPoints?: Printed;
  surveyMax?: number;
  notApplicable?: boolean;
  /** The enclosing node's code (null: top level). Without it and without a set, "2.1" is under "2". */
  parent?: string | null;
  kind?: NodeKind;
}

/** A figure the document states as the sum of other figures ("survey of leaders 18,51/22"). */
export interface DeclaredSum {
  label: string;
  points: Printed;
  maxPoints?: number;
  parts: { code: string; part: 'points' | 'self' | 'survey' }[];
}

export interface PrintedResultSet {
  label: string;
  total?: Printed;
  maxTotal?: number;
  percent?: Printed;
  nodes: PrintedNode[];
  sums?: DeclaredSum[];
  /** How not-applicable leaves were handled (taken from the criteria set when one is given). */
  naRescaling?: NaRescaling;
}

export type CheckKind = 'children_sum' | 'parts_sum' | 'percent' | 'max_sum' | 'declared_sum' | 'over_max' | 'set_max';

export interface Disagreement {
  check: CheckKind;
  severity: 'error' | 'info';
  /** The node concerned; null for the overall total. */
  code: string | null;
  message: string;
  printed: number;
  computed: number;
  difference: number;
}

const show = (r: Rational, decimals = 3) => formatNumberVi(toNumber(r), Math.max(decimals, 2));
const overlaps = (a: Interval, b: Interval) => cmp(a.lo, b.hi) <= 0 && cmp(b.lo, a.hi) <= 0;
const HUNDRED = fromInteger(100);

interface Tree {
  parent: Map<string, string | null>;
  children: Map<string | null, string[]>;
  kind: Map<string, NodeKind>;
  setMax: Map<string, number>;
  title: Map<string, string>;
}

/** Parent links from the criteria set when given, else from the codes ("2.1" is under "2"). */
function buildTree(printed: PrintedResultSet, set?: CriteriaSet): Tree {
  const tree: Tree = { parent: new Map(), children: new Map(), kind: new Map(), setMax: new Map(), title: new Map() };
  const link = (code: string, parent: string | null) => {
    tree.parent.set(code, parent);
    tree.children.set(parent, [...(tree.children.get(parent) ?? []), code]);
  };
  if (set) {
    for (const { node, parent } of walk(set.nodes)) {
      if (isOutline(node)) continue;
      link(node.code, parent?.code ?? null);
      tree.kind.set(node.code, kindOf(node));
      tree.setMax.set(node.code, node.maxPoints ?? 0);
      tree.title.set(node.code, node.title);
    }
  } else {
    const codes = new Set(printed.nodes.map((n) => n.code));
    for (const node of printed.nodes) {
      const byPrefix = node.code.includes('.') ? node.code.slice(0, node.code.lastIndexOf('.')) : null;
      const parent = node.parent !== undefined ? node.parent : byPrefix;
      link(node.code, parent !== null && codes.has(parent) ? parent : null);
      tree.kind.set(node.code, node.kind ?? 'criterion');
    }
  }
  return tree;
}

export function checkConsistency(printed: PrintedResultSet, set?: CriteriaSet): Disagreement[] {
  const out: Disagreement[] = [];
  const tree = buildTree(printed, set);
  const byCode = new Map(printed.nodes.map((n) => [n.code, n]));
  const where = (code: string | null) => {
    if (code === null) return 'Tổng điểm';
    const title = byCode.get(code)?.title ?? tree.title.get(code);
    const what = tree.parent.get(code) === null ? 'Lĩnh vực' : 'Mục';
    return `${what} ${code}${title ? ` (${title})` : ''}`;
  };

  /**
   * Records a disagreement. A percentage is printed from unrounded points, so one that differs
   * from the printed points only by rounding is not worth a note (reportRounding = false).
   */
  function compare(
    check: CheckKind,
    code: string | null,
    what: string,
    printedI: Interval,
    computed: Interval,
    how: string,
    reportRounding = true,
  ) {
    // The printed figure is the computed one, rounded as printed: nothing to report.
    const scale = 10n ** BigInt(printedI.decimals);
    if (cmp(printedI.value, rational(roundToScale(computed.value, scale), scale)) === 0) return;
    const difference = sub(printedI.value, computed.value);
    const decimals = Math.max(printedI.decimals, computed.decimals);
    const base = `${where(code)}: ${what} in là ${show(printedI.value, printedI.decimals)}, còn ${how} = ${show(computed.value, decimals)} (chênh ${show(difference, decimals)})`;
    const within = overlaps(printedI, computed);
    if (within && !reportRounding) return;
    out.push({
      check,
      severity: within ? 'info' : 'error',
      code,
      message: within
        ? `${base}; chênh lệch nằm trong sai số làm tròn của các số đã in.`
        : `${base}; các số đã in không thể cùng đúng.`,
      printed: toNumber(printedI.value),
      computed: toNumber(computed.value),
      difference: toNumber(difference),
    });
  }

  const maxOf = (code: string): number | undefined => byCode.get(code)?.maxPoints ?? tree.setMax.get(code);
  const memo = new Map<string, Interval | null>();

  /** The node's points: as printed, else the sum of its children when every child is known. */
  function valueOf(code: string): Interval | null {
    if (memo.has(code)) return memo.get(code) ?? null;
    const node = byCode.get(code);
    const own = node?.points !== undefined ? readPrinted(node.points) : null;
    const fromChildren = childrenSum(code);
    if (own && fromChildren) compare('children_sum', code, 'điểm', own, fromChildren.sum, fromChildren.how);
    const value = own ?? fromChildren?.sum ?? null;
    memo.set(code, value);
    return value;
  }

  function childrenSum(code: string | null): { sum: Interval; how: string } | null {
    const kids = (tree.children.get(code) ?? []).filter((c) => !byCode.get(c)?.notApplicable);
    if (kids.length === 0) return null;
    const parts: Interval[] = [];
    for (const kid of kids) {
      const v = valueOf(kid);
      if (!v) return null;
      parts.push(tree.kind.get(kid) === 'penalty' ? negate(v) : v);
    }
    let sum = sumIntervals(parts);
    let how = `tổng các mục con (${kids.join(', ')})`;
    const excluded = (tree.children.get(code) ?? []).filter((c) => byCode.get(c)?.notApplicable);
    const parentMax = code === null ? (printed.maxTotal ?? set?.maxTotal) : maxOf(code);
    if (
      excluded.length > 0 &&
      (set?.naRescaling ?? printed.naRescaling) === 'scale_to_parent' &&
      parentMax !== undefined
    ) {
      // Scaled up to the parent's maximum: check the re-scaling, not the raw sum.
      const applicable = kids
        .filter((k) => tree.kind.get(k) === 'criterion')
        .reduce((s, k) => s + toMilli(maxOf(k) ?? 0), 0);
      if (applicable > 0) {
        const f = rational(BigInt(toMilli(parentMax)), BigInt(applicable));
        sum = { value: mul(sum.value, f), lo: mul(sum.lo, f), hi: mul(sum.hi, f), decimals: sum.decimals };
        how += ` quy đổi × ${formatNumberVi(parentMax)}/${formatNumberVi(fromMilli(applicable))}`;
      }
    }
    const ownKind = code === null ? 'criterion' : tree.kind.get(code);
    if (ownKind !== 'criterion' && parentMax !== undefined && cmp(sum.lo, fromNumber(parentMax)) > 0) {
      // A bonus or penalty node is capped at its maximum.
      const cap = fromNumber(parentMax);
      sum = exact(cap, sum.decimals);
      how += ` (giới hạn ở mức tối đa ${formatNumberVi(parentMax)})`;
    }
    return { sum, how };
  }

  for (const node of printed.nodes) {
    const value = valueOf(node.code);
    const max = maxOf(node.code);
    const setMax = tree.setMax.get(node.code);
    if (node.maxPoints !== undefined && setMax !== undefined && toMilli(node.maxPoints) !== toMilli(setMax))
      out.push({
        check: 'set_max',
        severity: toMilli(node.maxPoints) > toMilli(setMax) ? 'error' : 'info',
        code: node.code,
        message: `${where(node.code)}: điểm tối đa in là ${formatNumberVi(node.maxPoints)}, bộ tiêu chí ghi ${formatNumberVi(setMax)}${
          toMilli(node.maxPoints) < toMilli(setMax) ? ' (thấp hơn: có thể do tiêu chí không áp dụng)' : ''
        }.`,
        printed: node.maxPoints,
        computed: setMax,
        difference: fromMilli(toMilli(node.maxPoints) - toMilli(setMax)),
      });
    if (value && max !== undefined && cmp(value.lo, fromNumber(max)) > 0)
      compare('over_max', node.code, 'điểm', value, exact(fromNumber(max)), 'điểm tối đa');
    if (value && max !== undefined && max > 0 && node.percent !== undefined) {
      const f = div(HUNDRED, fromNumber(max));
      const computed = { value: mul(value.value, f), lo: mul(value.lo, f), hi: mul(value.hi, f), decimals: 2 };
      compare(
        'percent',
        node.code,
        'tỷ lệ (%)',
        readPrinted(node.percent),
        computed,
        `điểm/điểm tối đa × 100 (${show(value.value, value.decimals)}/${formatNumberVi(max)})`,
        false,
      );
    }
    if (node.selfPoints !== undefined && node.surveyPoints !== undefined && value) {
      const parts = sumIntervals([readPrinted(node.selfPoints), readPrinted(node.surveyPoints)]);
      compare('parts_sum', node.code, 'điểm', value, parts, 'điểm tự đánh giá + điểm điều tra xã hội học');
    }
    if (node.selfMax !== undefined && node.surveyMax !== undefined && max !== undefined)
      compare(
        'max_sum',
        node.code,
        'điểm tối đa',
        exact(fromNumber(max)),
        exact(add(fromNumber(node.selfMax), fromNumber(node.surveyMax))),
        'tối đa phần tự đánh giá + phần điều tra',
      );
    for (const [part, partMax] of [
      [node.selfPoints, node.selfMax],
      [node.surveyPoints, node.surveyMax],
    ] as const)
      if (part !== undefined && partMax !== undefined && cmp(readPrinted(part).lo, fromNumber(partMax)) > 0)
        compare(
          'over_max',
          node.code,
          'điểm thành phần',
          readPrinted(part),
          exact(fromNumber(partMax)),
          'điểm tối đa của thành phần',
        );
    const kids = (tree.children.get(node.code) ?? []).filter(
      (k) => tree.kind.get(k) !== 'bonus' && tree.kind.get(k) !== 'penalty',
    );
    if (
      max !== undefined &&
      kids.length > 0 &&
      kids.every((k) => maxOf(k) !== undefined) &&
      !kids.some((k) => byCode.get(k)?.notApplicable)
    )
      compare(
        'max_sum',
        node.code,
        'điểm tối đa',
        exact(fromNumber(max)),
        exact(kids.reduce((s, k) => add(s, fromNumber(maxOf(k) ?? 0)), fromInteger(0))),
        'tổng điểm tối đa các mục con',
      );
  }

  // The overall total, its percentage and its maximum.
  const top = childrenSum(null);
  const total = printed.total !== undefined ? readPrinted(printed.total) : (top?.sum ?? null);
  if (printed.total !== undefined && top)
    compare(
      'children_sum',
      null,
      'tổng điểm',
      readPrinted(printed.total),
      top.sum,
      top.how.replace('các mục con', 'các lĩnh vực'),
    );
  const maxTotal = printed.maxTotal ?? set?.maxTotal;
  if (total && maxTotal && printed.percent !== undefined) {
    const f = div(HUNDRED, fromNumber(maxTotal));
    compare(
      'percent',
      null,
      'chỉ số (%)',
      readPrinted(printed.percent),
      { value: mul(total.value, f), lo: mul(total.lo, f), hi: mul(total.hi, f), decimals: 2 },
      `tổng điểm/${formatNumberVi(maxTotal)} × 100`,
      false,
    );
  }
  const topKids = (tree.children.get(null) ?? []).filter(
    (k) => tree.kind.get(k) !== 'bonus' && tree.kind.get(k) !== 'penalty',
  );
  if (maxTotal !== undefined && topKids.length > 0 && topKids.every((k) => maxOf(k) !== undefined))
    compare(
      'max_sum',
      null,
      'tổng điểm tối đa',
      exact(fromNumber(maxTotal)),
      exact(topKids.reduce((s, k) => add(s, fromNumber(maxOf(k) ?? 0)), fromInteger(0))),
      'tổng điểm tối đa các lĩnh vực',
    );

  for (const declared of printed.sums ?? []) {
    const parts: Interval[] = [];
    const maxParts: Rational[] = [];
    for (const { code, part } of declared.parts) {
      const node = byCode.get(code);
      const figure = part === 'points' ? node?.points : part === 'self' ? node?.selfPoints : node?.surveyPoints;
      const partValue = part === 'points' ? valueOf(code) : figure !== undefined ? readPrinted(figure) : null;
      if (partValue) parts.push(partValue);
      const partMax = part === 'points' ? maxOf(code) : part === 'self' ? node?.selfMax : node?.surveyMax;
      if (partMax !== undefined) maxParts.push(fromNumber(partMax));
    }
    const names = declared.parts
      .map((p) => (p.part === 'points' ? p.code : `${p.code} (${p.part === 'self' ? 'tự đánh giá' : 'điều tra'})`))
      .join(' + ');
    const label = `"${declared.label}"`;
    if (parts.length === declared.parts.length)
      compare('declared_sum', null, `${label}`, readPrinted(declared.points), sumIntervals(parts), `tổng ${names}`);
    if (declared.maxPoints !== undefined && maxParts.length === declared.parts.length)
      compare(
        'max_sum',
        null,
        `${label}: điểm tối đa`,
        exact(fromNumber(declared.maxPoints)),
        exact(maxParts.reduce(add, fromInteger(0))),
        `tổng điểm tối đa ${names}`,
      );
  }
  return out;
}

/**
 * A computed score as it is displayed (two decimals), ready for the same checks: the only
 * disagreements left are rounding notes ("info"), which is what lets a report say why a total
 * differs from the sum of its displayed parts.
 */
export function printedFromScore(score: UnitScore, naRescaling: NaRescaling): PrintedResultSet {
  const twoDecimals = (points: number): Printed => ({ value: toDisplayedCenti(toMilli(points)) / 100, decimals: 2 });
  return {
    label: `${score.unitId} ${score.year}`,
    naRescaling,
    total: twoDecimals(score.total),
    maxTotal: score.effectiveMax,
    ...(score.percent !== null ? { percent: twoDecimals(score.percent) } : {}),
    nodes: score.nodes.map((n) => ({
      code: n.code,
      title: n.title,
      parent: n.parentCode,
      kind: n.kind,
      points: twoDecimals(n.points),
      maxPoints: n.effectiveMax,
      ...(n.percent !== null ? { percent: twoDecimals(n.percent) } : {}),
      ...(n.status === 'excluded' ? { notApplicable: true } : {}),
    })),
  };
}
