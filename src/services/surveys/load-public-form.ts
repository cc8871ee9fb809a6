import { campaignUnitByToken } from '../../db/queries/surveys/campaign-view.js';
import type { ServiceContext } from '../context.js';

const TOKEN = /^[A-Za-z0-9_-]{10,64}$/;

/** What the public form of a campaign unit shows (no session): null for an unknown link. */
export async function loadPublicSurveyForm(ctx: ServiceContext, token: string) {
  if (!TOKEN.test(token)) return null;
  return campaignUnitByToken(ctx.db, token);
}
