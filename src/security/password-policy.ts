import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { passwordWeakness, type PasswordOwner } from '../domain/auth/password-policy.js';
import { errorMessage } from '../domain/error-codes.js';
import { AppError } from '../domain/errors.js';

const COMMON_PASSWORDS = fileURLToPath(new URL('../../seed/common-passwords.txt', import.meta.url));
let common: Set<string> | undefined;

/** The shipped list (seed/common-passwords.txt, made by scripts/generate-common-passwords.ts), read once. */
function commonPasswords(): Set<string> {
  common ??= new Set(readFileSync(COMMON_PASSWORDS, 'utf8').split('\n').filter(Boolean));
  return common;
}

/**
 * Refuses a new password that is common or contains the owner's names, wherever a password is set
 * (account creation in the app and the CLI, reset by an administrator, change by the user).
 * `field` is the request field and `label` its label on the form, so the message names it.
 */
export function requireStrongPassword(password: string, owner: PasswordOwner, field: string, label: string): void {
  const weakness = passwordWeakness(password, owner, commonPasswords());
  if (!weakness) return;
  const params = { label, weakness };
  throw new AppError('WEAK_PASSWORD', params, {
    issues: [{ path: field, message: errorMessage('WEAK_PASSWORD', params) }],
  });
}
