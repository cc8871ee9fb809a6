import { z } from 'zod';
import { surveyResultsQuery } from '../../../src/contracts/survey-results.js';

/**
 * The results page's filters, kept in the address: a figure's source link opens the page on its unit and
 * period (`?unitId=…&from=…&to=…`), and a filtered page can be shared. A value the address spells wrong is
 * dropped rather than refusing the page.
 */
const { shape } = surveyResultsQuery;
export const surveyResultsSearch = z.object({
  campaignId: shape.campaignId.catch(undefined),
  unitId: shape.unitId.catch(undefined),
  from: shape.from.catch(undefined),
  to: shape.to.catch(undefined),
  channel: shape.channel.catch(undefined),
  field: shape.field.catch(undefined),
});
export type SurveyResultsSearch = z.infer<typeof surveyResultsSearch>;
