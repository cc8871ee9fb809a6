import { createHash, randomBytes } from 'node:crypto';

export const SESSION_TTL_MS = 12 * 3600_000;

export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}
