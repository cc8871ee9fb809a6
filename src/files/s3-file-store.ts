import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { AppError } from '../domain/errors.js';
import { openedOnRead, type FileStore } from './file-store.js';

/** Where the bucket is and how to sign in to it (README: Several servers). */
export interface S3Settings {
  /** The S3 API's address: MinIO, Ceph, a cloud provider's regional endpoint. */
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Keys under this prefix ("cchc/"), so one bucket may hold other things too. */
  prefix?: string;
}

const notFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404);

/** The same keys as the local folder accepts: relative, no "..", no empty part, no backslash. */
function checkedKey(key: string): string {
  if (
    !key ||
    key.startsWith('/') ||
    key.includes('\\') ||
    key.split('/').some((p) => p === '' || p === '..' || p === '.')
  )
    throw new AppError('INVALID_FILE_KEY');
  return key;
}

/**
 * Files in an S3-compatible bucket, so every app server reads what any of them stored. A put resolves once the
 * store has answered 200 (the object is durable), so the row pointing at it may commit after, as with the folder.
 */
export function s3FileStore(settings: S3Settings): FileStore & { close(): void } {
  const client = new S3Client({
    endpoint: settings.endpoint,
    region: settings.region,
    credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    // Path-style addressing (endpoint/bucket/key) works with every S3-compatible server, virtual hosts do not.
    forcePathStyle: true,
    // Checksums only where the API requires them: not every S3-compatible server knows the newer trailers.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  const prefix = settings.prefix ?? '';
  const Bucket = settings.bucket;
  const objectKey = (key: string) => `${prefix}${checkedKey(key)}`;
  return {
    async put(key, bytes) {
      await client.send(
        new PutObjectCommand({ Bucket, Key: objectKey(key), Body: bytes, ContentLength: bytes.length }),
      );
    },
    async putFile(key, path) {
      const { size } = await stat(path);
      // A file stream: the SDK signs it by reading the file again from its path, then sends it as it reads.
      await client.send(
        new PutObjectCommand({ Bucket, Key: objectKey(key), Body: createReadStream(path), ContentLength: size }),
      );
    },
    async get(key) {
      try {
        const answer = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
        return Buffer.from(await answer.Body!.transformToByteArray());
      } catch (error) {
        if (notFound(error)) throw new AppError('FILE_MISSING');
        throw error;
      }
    },
    async open(key) {
      const Key = objectKey(key);
      let size: number;
      try {
        size = (await client.send(new HeadObjectCommand({ Bucket, Key }))).ContentLength ?? 0;
      } catch (error) {
        if (notFound(error)) throw new AppError('FILE_MISSING');
        throw error;
      }
      // The object itself is asked for only when the answer is read: an unread one holds no connection.
      const body = async () => (await client.send(new GetObjectCommand({ Bucket, Key }))).Body!.transformToWebStream();
      return { size, stream: openedOnRead(body) };
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return true;
      } catch (error) {
        if (notFound(error)) return false;
        throw error;
      }
    },
    async keys() {
      // The first listing API (marker = the last key seen): every S3-compatible server pages it the same way.
      const found: string[] = [];
      let Marker: string | undefined;
      for (;;) {
        const page = await client.send(new ListObjectsCommand({ Bucket, Prefix: prefix || undefined, Marker }));
        const listed = (page.Contents ?? []).map((object) => object.Key!).filter(Boolean);
        found.push(...listed.map((key) => key.slice(prefix.length)));
        if (!page.IsTruncated || listed.length === 0) return found;
        Marker = page.NextMarker ?? listed.at(-1);
      }
    },
    async clear() {
      // One request per object: multi-object delete needs a checksum not every S3-compatible server accepts.
      for (const key of await this.keys())
        await client.send(new DeleteObjectCommand({ Bucket, Key: `${prefix}${key}` }));
    },
    close() {
      client.destroy();
    },
  };
}
