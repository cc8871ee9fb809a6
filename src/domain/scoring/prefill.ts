/**
 * Prefill from tracked work: a leaf linked to a figure cchc already holds (share of the unit's
 * plan activities done on time, reports submitted on time, an indicator value) gets that figure
 * as its value, with a link back to where it came from. What a person already entered is kept.
 */
import type { FigureKey } from '../figures/catalogue.js';
import type { FigureValue } from '../figures/values.js';
import { catalogueKeyOf } from './figure-links.js';
import { scoredLeaves } from './tree.js';
import type { CriteriaNode, CriteriaSet, LeafEntry, LinkedFigure, UnitEntries } from './types.js';

export interface KnownFigure {
  key: LinkedFigure;
  value: number;
  /** Vietnamese description shown next to the value ("12/15 hoạt động hoàn thành đúng hạn"). */
  label: string;
  /** Where the figure comes from (an app path such as "/nhiem-vu?unitId=…"). */
  link: string;
}

export interface PrefilledValue {
  code: string;
  /** The formula input filled, when the leaf is a formula. */
  input?: string;
  figure: LinkedFigure;
  value: number;
  label: string;
  link: string;
}

export interface PrefillResult {
  entries: UnitEntries;
  prefilled: PrefilledValue[];
  /** Linked leaves (or formula inputs) for which no figure was supplied. */
  missing: { code: string; input?: string; figure: LinkedFigure }[];
}

export function prefillEntries(
  set: CriteriaSet,
  figures: readonly KnownFigure[],
  existing: UnitEntries = {},
): PrefillResult {
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const entries: UnitEntries = { ...existing };
  const prefilled: PrefilledValue[] = [];
  const missing: PrefillResult['missing'] = [];

  for (const leaf of scoredLeaves(set)) {
    const current: LeafEntry | undefined = existing[leaf.code];
    if (current?.notApplicable) continue;
    if (leaf.linkedFigure && current?.value === undefined) {
      const figure = byKey.get(leaf.linkedFigure);
      if (!figure) missing.push({ code: leaf.code, figure: leaf.linkedFigure });
      else {
        entries[leaf.code] = { ...current, value: figure.value };
        prefilled.push({
          code: leaf.code,
          figure: figure.key,
          value: figure.value,
          label: figure.label,
          link: figure.link,
        });
      }
    }
    if (leaf.method?.type !== 'formula') continue;
    for (const input of leaf.method.inputs) {
      if (!input.linkedFigure || current?.inputs?.[input.name] !== undefined) continue;
      const figure = byKey.get(input.linkedFigure);
      if (!figure) {
        missing.push({ code: leaf.code, input: input.name, figure: input.linkedFigure });
        continue;
      }
      const entry = entries[leaf.code] ?? {};
      entries[leaf.code] = { ...entry, inputs: { ...entry.inputs, [input.name]: figure.value } };
      prefilled.push({
        code: leaf.code,
        input: input.name,
        figure: figure.key,
        value: figure.value,
        label: figure.label,
        link: figure.link,
      });
    }
  }
  return { entries, prefilled, missing };
}

/**
 * A criterion listed under a scored one without points of its own (the province's PAR INDEX set scores an area's
 * self-assessment as a whole) but measured by a figure: the figure is prefilled as the scored criterion's evidence,
 * and the points stay the agency's to give.
 */
export interface ListedFigure {
  /** The listed criterion ("3.4"). */
  code: string;
  title: string;
  /** The scored criterion it is listed under ("3"), which receives the evidence. */
  leafCode: string;
  figure: LinkedFigure;
}

export function listedFiguresOf(set: CriteriaSet): ListedFigure[] {
  const out: ListedFigure[] = [];
  const visit = (node: CriteriaNode, leafCode: string) => {
    for (const child of node.children ?? []) {
      if (child.linkedFigure) out.push({ code: child.code, title: child.title, leafCode, figure: child.linkedFigure });
      visit(child, leafCode);
    }
  };
  for (const leaf of scoredLeaves(set)) visit(leaf, leaf.code);
  return out;
}

/** The evidence line a listed criterion's figure is recorded under (the same line is not added twice). */
export const listedFigureEvidence = (listed: ListedFigure, figure: KnownFigure): string =>
  `Số liệu theo dõi trên cchc, tiêu chí ${listed.code} ${listed.title}: ${figure.label}`;

/** Every figure the set's leaves, formula inputs and listed criteria link to. */
export function linkedFiguresOf(set: CriteriaSet): LinkedFigure[] {
  const links = new Set<LinkedFigure>();
  for (const leaf of scoredLeaves(set)) {
    if (leaf.linkedFigure) links.add(leaf.linkedFigure);
    if (leaf.method?.type === 'formula')
      for (const input of leaf.method.inputs) if (input.linkedFigure) links.add(input.linkedFigure);
  }
  for (const listed of listedFiguresOf(set)) links.add(listed.figure);
  return [...links];
}

/** The catalogue keys behind a set's links (what to compute for a prefill). */
export const catalogueKeysOf = (links: readonly LinkedFigure[]): FigureKey[] => [
  ...new Set(links.map(catalogueKeyOf).filter((k): k is FigureKey => k !== null)),
];

/**
 * The catalogue's values as the figures a prefill knows, under each link that names them. A value without
 * data (null) is not known: the leaf is left for the unit, never filled with 0.
 */
export function knownFiguresFrom(links: readonly LinkedFigure[], values: readonly FigureValue[]): KnownFigure[] {
  return links.flatMap((link) => {
    const key = catalogueKeyOf(link);
    const value = values.find((v) => v.key === key && v.value !== null);
    return value ? [{ key: link, value: value.value!, label: value.source.label, link: value.source.link ?? '' }] : [];
  });
}
