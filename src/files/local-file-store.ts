import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { AppError } from '../domain/errors.js';
import { openedOnRead, type FileStore } from './file-store.js';

/** Writes a file under a temporary name, fsyncs it, then renames it into place: a reader sees all of it or none. */
async function writeInPlace(path: string, write: (handle: FileHandle) => Promise<unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.${Date.now()}.part`;
  const handle = await open(temporary, 'w');
  try {
    await write(handle);
    await handle.sync();
  } finally {
    await handle.close();
  }
  await rename(temporary, path);
}

/** Files under one folder; writes go to a temporary name, are fsync'ed, then renamed into place. */
export function localFileStore(root: string): FileStore {
  const base = resolve(root);
  const pathOf = (key: string) => {
    const path = resolve(base, key);
    if (!path.startsWith(base + sep)) throw new AppError('INVALID_FILE_KEY');
    return path;
  };
  return {
    async put(key, bytes) {
      await writeInPlace(pathOf(key), (handle) => handle.writeFile(bytes));
    },
    async putFile(key, source) {
      await writeInPlace(pathOf(key), async (handle) => {
        for await (const chunk of createReadStream(source)) await handle.write(chunk as Buffer);
      });
    },
    async get(key) {
      try {
        return await readFile(pathOf(key));
      } catch {
        throw new AppError('FILE_MISSING');
      }
    },
    async open(key) {
      const path = pathOf(key);
      const found = await stat(path).catch(() => null);
      if (!found?.isFile()) throw new AppError('FILE_MISSING');
      return {
        size: found.size,
        stream: openedOnRead(async () => Readable.toWeb(createReadStream(path)) as ReadableStream<Uint8Array>),
      };
    },
    async exists(key) {
      return stat(pathOf(key)).then(
        () => true,
        () => false,
      );
    },
    async keys() {
      const found = await readdir(base, { recursive: true, withFileTypes: true }).catch(() => []);
      return found
        .filter((entry) => entry.isFile() && !entry.name.endsWith('.part'))
        .map((entry) => relative(base, join(entry.parentPath, entry.name)).split(sep).join('/'));
    },
    async clear() {
      await rm(base, { recursive: true, force: true });
    },
  };
}
