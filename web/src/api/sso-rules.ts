import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import type { createSsoAccountRuleRequest } from '../../../src/contracts/sso-rules.js';
import { call } from './client.js';

export const ssoRuleKeys = { all: ['sso-account-rules'] as const };

export const ssoRuleListQuery = () =>
  queryOptions({ queryKey: ssoRuleKeys.all, queryFn: () => call(endpoints.listSsoAccountRules, {}) });

export function createSsoRule(input: z.input<typeof createSsoAccountRuleRequest>) {
  return call(endpoints.createSsoAccountRule, { body: input }, { notify: false });
}

export function deleteSsoRule(id: string) {
  return call(endpoints.deleteSsoAccountRule, { params: { id } });
}
