import { resolve } from 'node:path';
import type { S3Settings } from './files/s3-file-store.js';
import type { SingleSignOnSettings } from './security/openid-provider.js';

/** Everything configurable comes from the environment (README: Configuration). */
export interface Config {
  databaseUrl: string | undefined;
  dataDir: string;
  port: number;
  host: string;
  logLevel: string;
  /** Evidence files in an S3-compatible bucket (CCHC_S3_*), shared by several app servers; none: the data folder. */
  s3: S3Settings | undefined;
  /** A PostgreSQL streaming replica for dashboards, reports and lists (CCHC_READ_DATABASE_URL), and how far behind it may be. */
  readReplica: { url: string; maxLagMs: number } | undefined;
  signIn: SignInSettings;
}

/** How people sign in: with a password (unless CCHC_PASSWORD_LOGIN=off), through an OpenID provider (CCHC_OIDC_*), or both. */
export interface SignInSettings {
  passwordLogin: boolean;
  singleSignOn: SingleSignOnSettings | undefined;
}

function signInSettings(env: NodeJS.ProcessEnv): SignInSettings {
  const switched = (env.CCHC_PASSWORD_LOGIN ?? 'on').trim().toLowerCase();
  if (switched !== 'on' && switched !== 'off')
    throw new Error(`CCHC_PASSWORD_LOGIN must be "on" or "off", not "${env.CCHC_PASSWORD_LOGIN}".`);
  const singleSignOn = singleSignOnSettings(env);
  // Nobody could sign in at all: refuse to start rather than serve a login page with no way in.
  if (switched === 'off' && !singleSignOn)
    throw new Error('CCHC_PASSWORD_LOGIN=off needs single sign-on: set CCHC_OIDC_ISSUER (README: Single sign-on).');
  return { passwordLogin: switched === 'on', singleSignOn };
}

function singleSignOnSettings(env: NodeJS.ProcessEnv): SingleSignOnSettings | undefined {
  if (!env.CCHC_OIDC_ISSUER) return undefined;
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required when CCHC_OIDC_ISSUER is set (README: Single sign-on).`);
    return value;
  };
  let issuer: URL;
  try {
    issuer = new URL(env.CCHC_OIDC_ISSUER);
  } catch {
    throw new Error(`CCHC_OIDC_ISSUER must be the provider's address (https://…), not "${env.CCHC_OIDC_ISSUER}".`);
  }
  return {
    issuer,
    clientId: required('CCHC_OIDC_CLIENT_ID'),
    clientSecret: required('CCHC_OIDC_CLIENT_SECRET'),
    claim: env.CCHC_OIDC_CLAIM || 'email',
    label: env.CCHC_OIDC_LABEL || 'tài khoản định danh của tỉnh',
  };
}

function readReplicaSettings(env: NodeJS.ProcessEnv): Config['readReplica'] {
  if (!env.CCHC_READ_DATABASE_URL) return undefined;
  const lag = env.CCHC_READ_MAX_LAG_MS;
  const maxLagMs = lag === undefined || lag === '' ? 5_000 : Number(lag);
  if (!Number.isInteger(maxLagMs) || maxLagMs < 0)
    throw new Error(`CCHC_READ_MAX_LAG_MS must be a whole number of milliseconds, not "${lag}".`);
  return { url: env.CCHC_READ_DATABASE_URL, maxLagMs };
}

/** The bucket's settings, when CCHC_S3_ENDPOINT names one; a missing bucket or key is a start-up error, named. */
function s3Settings(env: NodeJS.ProcessEnv): S3Settings | undefined {
  if (!env.CCHC_S3_ENDPOINT) return undefined;
  const required = (name: string) => {
    const value = env[name];
    if (!value) throw new Error(`${name} is required when CCHC_S3_ENDPOINT is set (README: Several servers).`);
    return value;
  };
  return {
    endpoint: env.CCHC_S3_ENDPOINT,
    bucket: required('CCHC_S3_BUCKET'),
    region: env.CCHC_S3_REGION || 'us-east-1',
    accessKeyId: required('CCHC_S3_ACCESS_KEY_ID'),
    secretAccessKey: required('CCHC_S3_SECRET_ACCESS_KEY'),
    prefix: env.CCHC_S3_PREFIX || '',
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: resolve(env.CCHC_DATA_DIR || 'data'),
    port: Number(env.PORT || 3000),
    host: env.HOST || '127.0.0.1',
    logLevel: env.LOG_LEVEL || 'info',
    s3: s3Settings(env),
    readReplica: readReplicaSettings(env),
    signIn: signInSettings(env),
  };
}

/** PGlite keeps its files in <dataDir>/db; uploads live in <dataDir>/files. */
export const pgliteDir = (config: Config) => resolve(config.dataDir, 'db');
export const filesDir = (config: Config) => resolve(config.dataDir, 'files');
