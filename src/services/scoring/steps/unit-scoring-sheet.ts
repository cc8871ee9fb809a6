import type { RoundStage } from '../../../contracts/scoring.js';
import type { CriteriaSet, NodeScore, UnitScore } from '../../../domain/scoring/types.js';
import { can } from '../../../domain/access/policy.js';
import type { Actor } from '../../context.js';
import type { loadRoundEntries } from '../../../db/queries/scoring/round-data.js';
import { type EntryRow } from '../../../db/queries/scoring/round-data.js';
import { leafInfo, type LeafInfo } from '../../../db/queries/scoring/review-scope.js';
import { scoreUnits, type Stage } from '../../../db/queries/scoring/stage-entries.js';
import type { loadEvidence } from '../../../db/queries/scoring/unit-evidence.js';

const ORDER: RoundStage[] = [
  'draft',
  'self_assessment',
  'appraisal',
  'explanation',
  'final_appraisal',
  'approved',
  'published',
];

const reached = (status: RoundStage, stage: RoundStage) => ORDER.indexOf(status) >= ORDER.indexOf(stage);

/** Which stages' figures the actor may see: the unit waits for the explanation round and for approval. */
export function visibleStages(actor: Actor | null, status: RoundStage): { appraisal: boolean; final: boolean } {
  const insider = actor !== null && can(actor, 'scoring.readEarly');
  return {
    appraisal: reached(status, 'appraisal') && (insider || reached(status, 'explanation')),
    final: reached(status, 'final_appraisal') && (insider || reached(status, 'approved')),
  };
}

export function scoreTotals(score: UnitScore) {
  return {
    total: score.total,
    effectiveMax: score.effectiveMax,
    percent: score.percent,
    band: score.band,
    areas: score.nodes
      .filter((n) => n.parentCode === null)
      .map((n) => ({
        code: n.code,
        title: n.title,
        points: n.points,
        maxPoints: n.maxPoints,
        effectiveMax: n.effectiveMax,
      })),
    issues: score.issues,
  };
}

/** Points the appraisal took away from what the unit claimed (a penalty grows the other way). */
export function deduction(info: LeafInfo, self: NodeScore | undefined, appraised: NodeScore | undefined): number {
  if (!self || !appraised) return 0;
  const lost = info.kind === 'penalty' ? appraised.points - self.points : self.points - appraised.points;
  return Math.max(0, Math.round(lost * 1000) / 1000);
}

export function buildSheet(
  set: CriteriaSet,
  actor: Actor | null,
  status: RoundStage,
  unitId: string,
  entries: EntryRow[],
  survey: Awaited<ReturnType<typeof loadRoundEntries>>['survey'],
  evidence: Awaited<ReturnType<typeof loadEvidence>>,
) {
  const info = leafInfo(set);
  const leaves = new Map([...info].map(([code, l]) => [code, l.node]));
  const visible = visibleStages(actor, status);
  const scoreAt = (stage: Stage) => scoreUnits(set, leaves, [unitId], entries, survey, stage).get(unitId)!;
  const self = scoreAt('self');
  const appraised = visible.appraisal ? scoreAt('appraised') : null;
  const final = visible.final ? scoreAt('final') : null;
  const nodesOf = (score: UnitScore | null) => new Map((score?.nodes ?? []).map((n) => [n.code, n]));
  const [selfNodes, appraisedNodes, finalNodes] = [nodesOf(self), nodesOf(appraised), nodesOf(final)];
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const surveyByCode = new Map(survey.map((s) => [s.code, s.points]));
  const itemOf = (x: (typeof evidence)[number]) => ({
    id: x.id,
    stage: x.stage,
    label: x.label,
    url: x.url,
    fileId: x.fileId,
    fileName: x.fileName,
    addedAt: x.addedAt.toISOString(),
  });
  const pointsOf = (n: NodeScore | undefined, entered: boolean) => ({
    points: entered && n ? n.points : null,
    detail: entered ? (n?.detail ?? null) : null,
  });

  return {
    leaves: [...info.values()].map((l) => {
      const code = l.node.code;
      const e = byCode.get(code);
      const ofLeaf = evidence.filter((x) => x.code === code);
      const appraisal =
        visible.appraisal && e?.appraisedBy
          ? { entry: e.appraisedEntry, reason: e.appraisalReason, ...pointsOf(appraisedNodes.get(code), true) }
          : null;
      const finalView =
        visible.final && e?.finalBy
          ? { entry: e.finalEntry, reason: e.finalReason, ...pointsOf(finalNodes.get(code), true) }
          : null;
      return {
        code,
        title: l.node.title,
        area: l.area,
        maxPoints: l.node.maxPoints ?? 0,
        method: l.node.method?.type ?? 'manual',
        source: l.survey ? ('survey' as const) : ('self' as const),
        guidance: l.node.guidance ?? null,
        version: e?.version ?? 0,
        self: {
          entry: e?.selfEntry ?? null,
          note: e?.selfNote ?? null,
          prefilledFrom: e?.prefilledFrom ?? null,
          ...pointsOf(selfNodes.get(code), Boolean(e?.selfEntry) || surveyByCode.has(code)),
        },
        appraisal,
        explanation: visible.appraisal ? (e?.explanation ?? null) : null,
        final: finalView,
        deducted: appraisal ? deduction(l, selfNodes.get(code), appraisedNodes.get(code)) : 0,
        surveyPoints: surveyByCode.get(code) ?? null,
        evidence: ofLeaf.filter((x) => !x.archivedAt).map(itemOf),
        withdrawnEvidence: ofLeaf
          .filter((x) => x.archivedAt)
          .map((x) => ({
            ...itemOf(x),
            withdrawnAt: x.archivedAt!.toISOString(),
            withdrawnByName: x.withdrawnByName,
            reason: x.archiveReason ?? '',
          })),
      };
    }),
    scores: {
      self: scoreTotals(self),
      appraised: appraised && scoreTotals(appraised),
      final: final && scoreTotals(final),
    },
  };
}
