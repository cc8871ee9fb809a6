import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { localFileStore } from '../../src/files/local-file-store.js';
import type { DatabaseHandle } from '../../src/db/client.js';
import type { SignIn } from '../../src/http/sign-in.js';
import type { ReadReplica } from '../../src/db/read-replica.js';
import type { FileStore } from '../../src/files/file-store.js';
import type { AdmissionLimits } from '../../src/http/admission.js';
import { createApp } from '../../src/http/app.js';
import { DEMO_PASSWORD, loadDemo } from '../../src/services/demo/load-demo.js';
import { createTestDatabase } from './database.js';

export interface TestApi {
  database: DatabaseHandle;
  /** The server's file store (for running background jobs in tests). */
  files: FileStore;
  /** Moves the server's clock (lock-outs, expiry). */
  clock: { now: Date };
  request: (path: string, init?: RequestInit) => Promise<Response>;
  /** A signed-in client of a demo user (or any user with the password given). */
  signIn: (username: string, password?: string) => Promise<Client>;
  anonymous: Client;
  /** The same browser session (cookie, CSRF token) sent to this server: a client signed in through another one. */
  resume: (other: Client) => Client;
  /** Another system, calling with an API token (Authorization: Bearer) instead of a session. */
  withToken: (token: string) => Client;
  close: () => Promise<void>;
}

export interface Client {
  user: { id: string; role: string; unitId: string | null };
  /** What the browser holds: the session cookie and the CSRF token. */
  session: { cookie: string | null; csrf: string | null };
  get: (path: string) => Promise<Response>;
  send: (method: string, path: string, body?: unknown) => Promise<Response>;
  /** Sends the body text as it is, declared as JSON (for malformed-input tests). */
  sendRaw: (method: string, path: string, text: string) => Promise<Response>;
  upload: (path: string, file: Blob, fileName: string) => Promise<Response>;
}

const BASE = 'http://cchc.test';

/** The real Hono app over a fresh database with the demo province, called in-process through fetch. */
export async function createTestApi(
  options: {
    demo?: boolean;
    admission?: AdmissionLimits | null;
    files?: FileStore;
    /** Another server on the same database (several app servers): the demo is not loaded again, nor closed here. */
    database?: DatabaseHandle;
    /** Reads fit for it go to this streaming replica (CCHC_READ_DATABASE_URL). */
    readReplica?: ReadReplica;
    /** Password sign-in on or off and an OpenID provider (default: passwords only). */
    signIn?: SignIn;
  } = {},
): Promise<TestApi> {
  const database = options.database ?? (await createTestDatabase());
  if (options.demo !== false && !options.database) await loadDemo(database.db);
  const clock = { now: new Date() };
  const files = options.files ?? localFileStore(await mkdtemp(join(tmpdir(), 'cchc-test-files-')));
  const app = createApp({
    database,
    files,
    logger: pino({ level: 'silent' }),
    now: () => clock.now,
    ...(options.admission !== undefined ? { admission: options.admission } : {}),
    ...(options.readReplica ? { readReplica: options.readReplica } : {}),
    ...(options.signIn ? { signIn: options.signIn } : {}),
  });
  const request = async (path: string, init?: RequestInit) => app.fetch(new Request(`${BASE}${path}`, init));

  const client = (cookie: string | null, csrf: string | null, user: Client['user'], authorization?: string): Client => {
    const headers = (extra: Record<string, string> = {}) => ({
      ...(cookie ? { cookie } : {}),
      ...(csrf ? { 'x-csrf-token': csrf } : {}),
      ...(authorization ? { authorization } : {}),
      ...extra,
    });
    return {
      user,
      session: { cookie, csrf },
      get: (path) => request(path, { headers: headers() }),
      send: (method, path, body) =>
        request(path, {
          method,
          headers: headers({ 'content-type': 'application/json' }),
          body: body === undefined ? '{}' : JSON.stringify(body),
        }),
      sendRaw: (method, path, text) =>
        request(path, { method, headers: headers({ 'content-type': 'application/json' }), body: text }),
      upload: (path, file, fileName) => {
        const form = new FormData();
        form.append('file', file, fileName);
        return request(path, { method: 'POST', headers: headers(), body: form });
      },
    };
  };

  return {
    database,
    files,
    clock,
    request,
    anonymous: client(null, null, { id: '', role: 'anonymous', unitId: null }),
    signIn: async (username, password = DEMO_PASSWORD) => {
      const response = await request('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      if (response.status !== 200)
        throw new Error(`login ${username} failed: ${response.status} ${await response.text()}`);
      const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
      const body = (await response.json()) as { csrfToken: string; user: Client['user'] };
      return client(cookie, body.csrfToken, body.user);
    },
    resume: (other) => client(other.session.cookie, other.session.csrf, other.user),
    withToken: (token) => client(null, null, { id: '', role: 'system', unitId: null }, `Bearer ${token}`),
    close: () => (options.database ? Promise.resolve() : database.close()),
  };
}

/** A response body for assertions: tests read arbitrary JSON shapes. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const body = (response: Response): Promise<any> => response.json();
