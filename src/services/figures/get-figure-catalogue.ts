/** The catalogue's definitions: public rules, like the criteria sets, read by everyone signed in. */
import { FIGURES } from '../../domain/figures/catalogue.js';
import { authorize } from '../access/authorize.js';
import type { ServiceContext } from '../context.js';

export async function getFigureCatalogue(ctx: ServiceContext) {
  await authorize(ctx, 'figureCatalogue.read');
  return FIGURES.map((f) => ({ ...f }));
}
