import { endpoints } from '../../contracts/endpoints/index.js';
import { periodOfSpan } from '../../domain/figures/period.js';
import { computeFigures } from '../../services/figures/compute-figures.js';
import { getFigureCatalogue } from '../../services/figures/get-figure-catalogue.js';
import { handle } from '../route.js';

export const figureRoutes = [
  handle(endpoints.getFigureCatalogue, (_request, ctx) => getFigureCatalogue(ctx)),
  handle(endpoints.getFigures, ({ query }, ctx) =>
    computeFigures(ctx, {
      keys: query.keys,
      scope: query.unitId ? { unitId: query.unitId } : query.level ? { level: query.level } : undefined,
      period: periodOfSpan(query.year, query.span),
    }),
  ),
];
