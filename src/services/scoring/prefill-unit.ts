/**
 * Prefill from tracked work: leaves linked to a figure of the catalogue (activities done on time, reports
 * on time, …) get the unit's figure for the round's year as their value, with the figure's source as
 * evidence. What the unit already entered is kept; a figure without data leaves its leaf for the unit.
 * In the province's joint round an agency prefills the same way, but only the criteria assigned to it: the others
 * are left untouched (and not listed as missing to it).
 */
import { yearOf } from '../../domain/figures/period.js';
import { catalogueKeysOf, knownFiguresFrom, linkedFiguresOf, prefillEntries } from '../../domain/scoring/prefill.js';
import { localDateOf } from '../../domain/text/format.js';
import type { ServiceContext } from '../context.js';
import { insertEvidence, writeEntry } from '../../db/queries/scoring/entry-write.js';
import { checkLeafEntry } from '../../domain/scoring/leaf-entry-check.js';
import { authorize } from '../access/authorize.js';
import { loadRoundEntries, scoredLeafOf } from '../../db/queries/scoring/round-data.js';
import { openSelfAssessment } from './steps/open-self-assessment.js';
import { AppError } from '../../domain/errors.js';
import type { UnitEntries } from '../../domain/scoring/types.js';
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
    const values = await collectFigures(tx, {
      keys: catalogueKeysOf(links),
      unitIds: [unitId],
      period: yearOf(set.year),
      today: localDateOf(ctx.now()),
    });
    const result = prefillEntries(set, knownFiguresFrom(links, values), existing);
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
    return { prefilled, missing };
  });
}
