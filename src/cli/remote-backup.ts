import { AppError } from '../domain/errors.js';

/**
 * Downloads a backup from a running cchc server (GET /api/system/backup) as an administrator: the way to
 * back up an embedded database while its server runs, since no second process may open it.
 */
export async function downloadBackupFrom(server: string, username: string, password: string): Promise<Buffer> {
  const base = server.replace(/\/+$/, '');
  const answer = async (path: string, init?: RequestInit) => {
    try {
      return await fetch(`${base}${path}`, init);
    } catch {
      throw new AppError('SERVER_UNREACHABLE', { url: base });
    }
  };
  const login = await answer('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!login.ok) throw new AppError('LOGIN_FAILED', { username, answer: await messageOf(login) });
  const cookie = login.headers.get('set-cookie')?.split(';')[0] ?? '';
  const backup = await answer('/api/system/backup', { headers: { cookie } });
  if (!backup.ok) throw new AppError('BACKUP_REFUSED', { answer: await messageOf(backup) });
  return Buffer.from(await backup.arrayBuffer());
}

const messageOf = async (response: Response) =>
  ((await response.json().catch(() => null)) as { message?: string } | null)?.message ?? `HTTP ${response.status}`;
