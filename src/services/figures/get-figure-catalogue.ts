/** The catalogue's definitions: public rules, like the criteria sets, read by everyone signed in. */
import { FIGURES, type FigureDefinition } from '../../domain/figures/catalogue.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function getFigureCatalogue(ctx: ServiceContext) {
  await authorize(ctx, 'figureCatalogue.read');
  const definitions: readonly FigureDefinition[] = FIGURES;
  return definitions.map(({ words, ...definition }) => ({ ...definition, ...(words ? { words: [...words] } : {}) }));
}
