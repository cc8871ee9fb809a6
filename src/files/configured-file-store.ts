import { filesDir, type Config } from '../config.js';
import type { FileStore } from './file-store.js';
import { localFileStore } from './local-file-store.js';
import { s3FileStore } from './s3-file-store.js';

/** The installation's file store: the bucket when one is configured (several app servers), else the data folder. */
export function configuredFileStore(config: Config): FileStore {
  return config.s3 ? s3FileStore(config.s3) : localFileStore(filesDir(config));
}
