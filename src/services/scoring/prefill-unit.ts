/**
 * Prefill from tracked work: leaves linked to a figure of the catalogue (activities done on time, reports
 * on time, …) get the unit's figure for the round's year as their value, with the figure's source as
 * evidence. What the unit already entered is kept; a figure without data leaves its leaf for the unit.
 * In the province's joint round an agency prefills the same way, but only the criteria assigned to it: the others
 * are left untouched (and not listed as missing to it).
 */
import { yearOf } from '../../domain/figures/period.js';
import {
  catalogueKeysOf,
  knownFiguresFrom,
  linkedFiguresOf,
  listedFigureEvidence,
  listedFiguresOf,
  prefillEntries,
} from '../../domain/scoring/prefill.js';
import { formatNumberVi, localDateOf } from '../../domain/text/format.js';
import { sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.js';
import { unitsOfLevel } from '../../db/queries/figures/level-units.js';
import { provinceOfUnit } from '../../db/queries/units/province.js';
import { liveEvidenceLabels } from '../../db/queries/scoring/unit-evidence.js';
import { figureDefinition, type FigureKey } from '../../domain/figures/catalogue.js';
import { combineRates, type FigureValue } from '../../domain/figures/values.js';
import type { ServiceContext } from '../context.js';
import { insertEvidence, writeEntry } from '../../db/queries/scoring/entry-write.js';
import { checkLeafEntry } from '../../domain/scoring/leaf-entry-check.js';
import { authorize } from '../access/authorize.js';
import { loadRoundEntries, scoredLeafOf } from '../../db/queries/scoring/round-data.js';
import { openSelfAssessment } from './steps/open-self-assessment.js';
import { AppError } from '../../domain/errors.js';
import type { CriteriaSet, UnitEntries } from '../../domain/scoring/types.js';
import { collectFigures } from '../figures/collect-figures.js';
import { scoredLeaves } from '../../domain/scoring/tree.js';
import type { Actor } from '../context.js';

/** The unit's own staff prefill every leaf; an agency of a joint round only the criteria assigned to it. */
async function prefillRights(ctx: ServiceContext, roundId: string, unitId: string) {
  try {
    const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'tự chấm điểm cho đơn vị khác');
    return { actor, mayWrite: async (_code: string) => true };
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'FORBIDDEN') throw error;
    const refusal = error;
    // Policy first: only an agency named in this joint round goes further (the codes are checked below).
    await authorize(ctx, 'scoring.jointRead', { roundId }).catch(() => {
      throw refusal;
    });
    return {
      actor: undefined as Actor | undefined,
      refusal,
      mayWrite: (code: string) =>
        authorize(ctx, 'scoring.selfAssess', { unitId, roundId, code }).then(
          () => true,
          (e: unknown) => {
            if (e instanceof AppError && e.code === 'FORBIDDEN') return false;
            throw e;
          },
        ),
    };
  }
}

export async function prefillUnit(ctx: ServiceContext, roundId: string, unitId: string) {
  const rights = await prefillRights(ctx, roundId, unitId);
  let allowed: Set<string> | undefined;
  if (!rights.actor) {
    // An agency: refused unless at least one criterion of the round is assigned to it.
    const { set } = await ctx.db.transaction((tx) => openSelfAssessment(ctx, tx, roundId, unitId));
    allowed = new Set();
    for (const leaf of scoredLeaves(set)) if (await rights.mayWrite(leaf.code)) allowed.add(leaf.code);
    if (allowed.size === 0) throw rights.refusal;
  }
  const actor = rights.actor ?? ctx.actor!;
  const mine = (code: string) => !allowed || allowed.has(code);
  return ctx.db.transaction(async (tx) => {
    const { set } = await openSelfAssessment(ctx, tx, roundId, unitId);
    const { entries } = await loadRoundEntries(tx, roundId, [unitId]);
    const existing: UnitEntries = Object.fromEntries(
      entries.filter((e) => e.selfEntry).map((e) => [e.code, e.selfEntry!]),
    );
    const versions = new Map(entries.map((e) => [e.code, e.version]));
    const links = linkedFiguresOf(set);
    const values = await figuresOf(tx, set, unitId, catalogueKeysOf(links), localDateOf(ctx.now()));
    const known = knownFiguresFrom(links, values);
    const result = prefillEntries(set, known, existing);
    const missing = result.missing.filter((m) => mine(m.code));
    const prefilled = [];
    for (const code of new Set(result.prefilled.map((p) => p.code).filter(mine))) {
      const entry = result.entries[code]!;
      const sources = result.prefilled.filter((p) => p.code === code);
      try {
        checkLeafEntry(scoredLeafOf(set, code), entry);
      } catch (error) {
        // A figure the leaf cannot take (a rate above 100%) is left for the unit to enter.
        if (!(error instanceof AppError)) throw error;
        missing.push(...sources.map((s) => ({ code, ...(s.input ? { input: s.input } : {}), figure: s.figure })));
        continue;
      }
      const key = { roundId, unitId, code };
      const label = sources.map((s) => s.label).join('; ');
      await writeEntry(
        tx,
        actor,
        key,
        versions.get(code) ?? 0,
        'prefill',
        { selfEntry: entry, prefilledFrom: label },
        ctx.now(),
      );
      for (const source of sources)
        await insertEvidence(
          tx,
          actor,
          key,
          'self',
          { label: `Số liệu theo dõi trên cchc: ${source.label}`, url: source.link || null, fileId: null },
          ctx.now(),
        );
      prefilled.push(
        ...sources.map((s) => ({
          code,
          ...(s.input ? { input: s.input } : {}),
          value: s.value,
          label: s.label,
          link: s.link,
        })),
      );
    }
    // Criteria listed under a scored one and measured by a figure: the figure becomes that criterion's evidence.
    const accepted = new Set(entries.filter((e) => e.reviewStatus === 'accepted').map((e) => e.code));
    const listed = listedFiguresOf(set).filter((l) => mine(l.leafCode) && !accepted.has(l.leafCode));
    if (listed.length) {
      // Two prefills at once add each line once: the second waits here, then finds the first one's lines.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`prefill:${roundId}:${unitId}`}))`);
      const present = new Set(await liveEvidenceLabels(tx, roundId, unitId));
      for (const item of listed) {
        const figure = known.find((f) => f.key === item.figure);
        if (!figure) {
          missing.push({ code: item.code, figure: item.figure });
          continue;
        }
        const label = listedFigureEvidence(item, figure);
        if (!present.has(label)) {
          present.add(label);
          await insertEvidence(
            tx,
            actor,
            { roundId, unitId, code: item.leafCode },
            'self',
            { label, url: figure.link || null, fileId: null },
            ctx.now(),
          );
        }
        prefilled.push({ code: item.code, value: figure.value, label: figure.label, link: figure.link });
      }
    }
    return { prefilled, missing };
  });
}

/**
 * The figures a unit's set links to, for the set's year. The province's own set (its joint round) reads each
 * figure over the whole province: Σ numerator / Σ denominator over its departments, districts and communes.
 */
async function figuresOf(tx: Tx, set: CriteriaSet, unitId: string, keys: FigureKey[], today: string) {
  const period = yearOf(set.year);
  if (set.subject !== 'province') return collectFigures(tx, { keys, unitIds: [unitId], period, today });
  // The province of the unit scored (its own unit, in the joint round).
  const unitIds = await unitsOfLevel(tx, 'province', period, await provinceOfUnit(tx, unitId));
  const values = await collectFigures(tx, { keys, unitIds, period, today, level: 'province' });
  return combineRates(values, { unitId, source: (key, parts) => ({ label: provinceLabel(key, parts, set.year) }) });
}

function provinceLabel(key: FigureKey, parts: readonly FigureValue[], year: number): string {
  const combined = combineRates(parts)[0]!;
  const definition = figureDefinition(key);
  const value =
    combined.value === null
      ? 'chưa có số liệu'
      : `${formatNumberVi(combined.value)}${definition.unit === 'percent' || definition.kind === 'rate' ? '%' : ''}`;
  const ratio =
    combined.numerator !== null && combined.denominator !== null
      ? ` (${formatNumberVi(combined.numerator)}/${formatNumberVi(combined.denominator)})`
      : '';
  return `${definition.name.vi} toàn tỉnh năm ${year}: ${value}${ratio}, ${combined.unitsCovered ?? 0} đơn vị có số liệu`;
}
