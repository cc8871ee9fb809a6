/**
 * An S3 server for the object-storage tests: `s3rver` run as its own process over HTTP, signatures checked (its
 * fixed credentials), a fresh folder each time; or, when TEST_S3_ENDPOINT is set, that S3-compatible server
 * (MinIO, Ceph, a cloud bucket: TEST_S3_BUCKET, TEST_S3_ACCESS_KEY_ID, TEST_S3_SECRET_ACCESS_KEY, TEST_S3_REGION),
 * each run under its own key prefix so runs never see each other's objects.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { S3Settings } from '../../src/files/s3-file-store.js';

export interface RunningS3 {
  settings: S3Settings;
  stop: () => Promise<void>;
}

const BUCKET = 'cchc-test';

export async function startS3Server(): Promise<RunningS3> {
  const env = process.env;
  if (env.TEST_S3_ENDPOINT)
    return {
      settings: {
        endpoint: env.TEST_S3_ENDPOINT,
        bucket: env.TEST_S3_BUCKET ?? BUCKET,
        region: env.TEST_S3_REGION ?? 'us-east-1',
        accessKeyId: env.TEST_S3_ACCESS_KEY_ID ?? '',
        secretAccessKey: env.TEST_S3_SECRET_ACCESS_KEY ?? '',
        prefix: `cchc-test-${randomUUID()}/`,
      },
      stop: async () => {},
    };
  const directory = await mkdtemp(join(tmpdir(), 'cchc-s3-'));
  const bin = createRequire(import.meta.url).resolve('s3rver/bin/s3rver.js');
  const server = spawn(
    process.execPath,
    [bin, '--directory', directory, '--address', '127.0.0.1', '--port', '0', '--configure-bucket', BUCKET],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`s3rver did not start: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /S3rver listening on [\d.]+:(\d+)/.exec(output);
      if (found) {
        clearTimeout(timer);
        resolve(Number(found[1]));
      }
    };
    server.stdout.on('data', read);
    server.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.on('exit', (code) => reject(new Error(`s3rver exited (${code}): ${output}`)));
  });
  return {
    settings: {
      endpoint: `http://127.0.0.1:${port}`,
      bucket: BUCKET,
      region: 'us-east-1',
      // s3rver's only credentials: a request signed with any other secret is refused (SignatureDoesNotMatch).
      accessKeyId: 'S3RVER',
      secretAccessKey: 'S3RVER',
    },
    stop: async () => {
      server.kill();
      await new Promise((resolve) => server.once('exit', resolve));
      await rm(directory, { recursive: true, force: true });
    },
  };
}

/** The environment a `cchc` process reads the bucket from (README: Files in an object store). */
export function bucketEnvironment(settings: S3Settings): Record<string, string> {
  return {
    CCHC_S3_ENDPOINT: settings.endpoint,
    CCHC_S3_BUCKET: settings.bucket,
    CCHC_S3_REGION: settings.region,
    CCHC_S3_ACCESS_KEY_ID: settings.accessKeyId,
    CCHC_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
    CCHC_S3_PREFIX: settings.prefix ?? '',
  };
}
