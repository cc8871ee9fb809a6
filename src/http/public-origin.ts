import { AppError } from '../domain/errors.js';

/**
 * The address printed in the survey QR codes and posters and shown as a unit's public link: `CCHC_PUBLIC_URL`
 * when set, else the address the request came to. Behind a reverse proxy the request's own address is the
 * proxy's upstream (http://127.0.0.1:3000), and an officer may work on an intranet address citizens cannot reach:
 * a poster printed from either would send every phone nowhere.
 */
export function publicOrigin(requestUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.CCHC_PUBLIC_URL?.trim();
  if (!configured) return new URL(requestUrl).origin;
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new AppError('INVALID_PUBLIC_URL', { text: configured });
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    throw new AppError('INVALID_PUBLIC_URL', { text: configured });
  return url.origin;
}
