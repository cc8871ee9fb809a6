/** A plan target's link to a catalogue figure as the API shows it (contracts/reporting.ts `indicatorFigure`). */
import { figureDefinition, isFigureKey } from '../../../domain/figures/catalogue.js';
import { figureKindOfTarget, type FigureLinkStatus } from '../../../domain/figures/indicator-link.js';

export interface FigureLinkRow {
  unit: string;
  figureKey: string | null;
  figureLink: FigureLinkStatus | null;
  figureLinkedAt: Date | null;
  /** The name of whoever confirmed, changed or cleared it. */
  linkedByName: string | null;
}

export function figureView(row: FigureLinkRow) {
  const key = row.figureKey && isFigureKey(row.figureKey) ? row.figureKey : null;
  return {
    key,
    status: row.figureLink,
    name: key ? { ...figureDefinition(key).name } : null,
    linkedBy: row.linkedByName,
    linkedAt: row.figureLinkedAt?.toISOString() ?? null,
    kind: figureKindOfTarget(row.unit),
  };
}
