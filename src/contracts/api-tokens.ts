import { z } from 'zod';
import { isoDate, uuid } from './common.js';
import { TOKEN_SCOPE_NAMES } from '../domain/access/policy.js';

export const tokenScope = z.enum(TOKEN_SCOPE_NAMES, { error: 'Phạm vi quyền không có trong danh mục.' });

/** An API token as the administrator sees it: never the token itself, which is shown once when issued. */
export const apiTokenView = z.object({
  id: uuid,
  name: z.string(),
  scopes: z.array(tokenScope),
  /** The token's first characters ("cchc_AbC1…"), to tell it apart. */
  prefix: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The last day it works (dd/mm/yyyy shown by the page); null: until revoked. */
  expiresOn: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  revokeReason: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
});
export type ApiTokenView = z.infer<typeof apiTokenView>;

export const apiTokenList = z.object({ items: z.array(apiTokenView) });

export const issueApiTokenRequest = z.object({
  name: z
    .string({ error: 'Hãy nhập tên hệ thống.' })
    .trim()
    .min(3, 'Hãy nhập tên hệ thống (ít nhất 3 ký tự).')
    .max(200, 'Tối đa 200 ký tự.')
    .meta({ label: 'Tên hệ thống' }),
  scopes: z
    .array(tokenScope)
    .min(1, 'Hãy chọn ít nhất một phạm vi.')
    .transform((scopes) => [...new Set(scopes)])
    .meta({ label: 'Phạm vi quyền' }),
  /** The last day the token works; null or absent: until revoked. */
  expiresOn: isoDate.nullable().default(null).meta({ label: 'Hết hạn' }),
});

/** The token, shown this once: cchc keeps only its hash. */
export const issuedApiToken = z.object({ token: z.string(), apiToken: apiTokenView });
