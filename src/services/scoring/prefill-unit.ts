/**
 * Prefill from tracked work: leaves linked to a figure cchc holds (activities done on time, reports
 * on time, an indicator) get that figure as the unit's value, with the source as evidence. What the
 * unit already entered is kept. The figures come from an injected source, so this works before
 * the plan-tracking figures exist (the default source knows none).
 */
import type { DbOrTx } from '../../db/client.js';
import { prefillEntries, type KnownFigure } from '../../domain/scoring/prefill.js';
import type { ServiceContext } from '../context.js';
import { insertEvidence, writeEntry } from '../../db/queries/scoring/entry-write.js';
import { checkLeafEntry } from '../../domain/scoring/leaf-entry-check.js';
import { authorize } from '../access/authorize.js';
import { loadRoundEntries, scoredLeafOf } from '../../db/queries/scoring/round-data.js';
import { openSelfAssessment } from './steps/open-self-assessment.js';
import { AppError } from '../../domain/errors.js';
import type { UnitEntries } from '../../domain/scoring/types.js';

export type FigureSource = (db: DbOrTx, query: { unitId: string; year: number }) => Promise<KnownFigure[]>;

export const noKnownFigures: FigureSource = async () => [];

export async function prefillUnit(
  ctx: ServiceContext,
  roundId: string,
  unitId: string,
  figures: FigureSource = noKnownFigures,
) {
  const actor = await authorize(ctx, 'scoring.selfAssess', { unitId }, 'tự chấm điểm cho đơn vị khác');
  return ctx.db.transaction(async (tx) => {
    const { set } = await openSelfAssessment(ctx, tx, roundId, unitId);
    const { entries } = await loadRoundEntries(tx, roundId, [unitId]);
    const existing: UnitEntries = Object.fromEntries(
      entries.filter((e) => e.selfEntry).map((e) => [e.code, e.selfEntry!]),
    );
    const versions = new Map(entries.map((e) => [e.code, e.version]));
    const result = prefillEntries(set, await figures(tx, { unitId, year: set.year }), existing);
    const missing = [...result.missing];
    const prefilled = [];
    for (const code of new Set(result.prefilled.map((p) => p.code))) {
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
          { label: `Số liệu theo dõi trên cchc: ${source.label}`, url: source.link, fileId: null },
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
