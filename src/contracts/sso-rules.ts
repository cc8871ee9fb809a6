import { z } from 'zod';
import { role } from './auth.js';
import { uuid } from './common.js';

/** A domain name as e-mail addresses end: labels of letters, digits and hyphens, at least two ("snv.quangtri.gov.vn"). */
const emailDomain = z
  .string()
  .trim()
  .toLowerCase()
  .transform((value) => value.replace(/^@/, ''))
  .pipe(
    z
      .string()
      .max(200)
      .regex(
        /^(?=.{3,200}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$/,
        'Tên miền thư điện tử không hợp lệ (ví dụ: snv.quangtri.gov.vn).',
      ),
  );

/** Who gets an account on first single sign-on: a person whose verified e-mail is in this domain. */
export const ssoAccountRule = z.object({
  id: uuid,
  emailDomain: z.string(),
  role,
  unitId: uuid.nullable(),
  unitName: z.string().nullable(),
  createdAt: z.string(),
});
export type SsoAccountRule = z.infer<typeof ssoAccountRule>;

export const ssoAccountRuleList = z.object({ items: z.array(ssoAccountRule) });

/** A rule never makes administrators: anyone the provider vouches for in the domain would get the whole system. */
const ruleRole = role.exclude(['admin'], {
  error: 'Quy tắc không cấp quyền quản trị; tài khoản quản trị do quản trị viên tạo riêng.',
});

export const createSsoAccountRuleRequest = z
  .object({ emailDomain, role: ruleRole, unitId: uuid.nullable().default(null) })
  .refine((rule) => rule.role !== 'reporter' || rule.unitId, {
    message: 'Người báo cáo phải thuộc một đơn vị.',
    path: ['unitId'],
  });
