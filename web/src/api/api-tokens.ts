import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { issueApiTokenRequest } from '../../../src/contracts/api-tokens.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { call } from './client.js';

export const apiTokenKeys = {
  all: ['api-tokens'] as const,
  list: () => ['api-tokens', 'list'] as const,
};

export const apiTokenListQuery = () =>
  queryOptions({
    queryKey: apiTokenKeys.list(),
    queryFn: () => call(endpoints.listApiTokens, {}),
  });

/** Issues a token: the answer holds the token itself, shown once and never asked for again. */
export function issueApiToken(input: z.input<typeof issueApiTokenRequest>) {
  return call(endpoints.issueApiToken, { body: input }, { notify: false });
}

export function revokeApiToken(id: string, reason: string) {
  return call(endpoints.revokeApiToken, { params: { id }, body: { reason } }, { notify: false });
}
