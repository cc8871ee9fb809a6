import { endpoints } from '../../contracts/endpoints/index.js';
import { issueApiToken } from '../../services/api-tokens/issue-api-token.js';
import { listApiTokens } from '../../services/api-tokens/list-api-tokens.js';
import { revokeApiToken } from '../../services/api-tokens/revoke-api-token.js';
import { handle } from '../route.js';

export const apiTokenRoutes = [
  handle(endpoints.listApiTokens, (_input, ctx) => listApiTokens(ctx)),
  handle(endpoints.issueApiToken, ({ body }, ctx) => issueApiToken(ctx, body)),
  handle(endpoints.revokeApiToken, ({ params, body }, ctx) => revokeApiToken(ctx, params.id, body.reason)),
];
