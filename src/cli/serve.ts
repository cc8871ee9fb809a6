import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import type { Logger } from 'pino';
import { type Config } from '../config.js';
import { configuredFileStore } from '../files/configured-file-store.js';
import type { DatabaseHandle } from '../db/client.js';
import { openReadReplica } from '../db/read-replica.js';
import { holdServingLock } from '../db/serving-lock.js';
import { loggableError } from '../http/log-error.js';
import { sweepAbandonedUploads } from '../http/abandoned-uploads.js';
import { createApp } from '../http/app.js';
import { publicOrigin } from '../http/public-origin.js';
import { closeUploadReaders, warmUploadReaders } from '../readers/read-upload.js';
import { openIdProvider } from '../security/openid-provider.js';
import { startBackgroundWork } from './background-work.js';
import { startJobWorker } from './job-worker.js';

export const WEB_ROOT = fileURLToPath(new URL('../../web/dist', import.meta.url));

/** Serves the API and the built browser app until SIGINT/SIGTERM, then closes the database cleanly. */
export async function startServer(config: Config, database: DatabaseHandle, logger: Logger): Promise<void> {
  publicOrigin('http://127.0.0.1/'); // a wrong CCHC_PUBLIC_URL stops the start, not the first poster printed
  const files = configuredFileStore(config);
  const readReplica = config.readReplica
    ? openReadReplica(config.readReplica.url, database, {
        maxLagMs: config.readReplica.maxLagMs,
        onProblem: (problem) => logger.warn({ problem }, 'đọc từ cơ sở dữ liệu chính thay cho bản sao chỉ đọc'),
      })
    : null;
  const app = createApp({
    database,
    files,
    logger,
    webRoot: WEB_ROOT,
    version: process.env.npm_package_version,
    readReplica,
    signIn: {
      passwordLogin: config.signIn.passwordLogin,
      provider: config.signIn.singleSignOn ? openIdProvider(config.signIn.singleSignOn) : null,
    },
  });
  // A restore must not replace the data under a running server (PGlite: the folder lock does it).
  const releaseServingLock = config.databaseUrl ? await holdServingLock(config.databaseUrl, logger) : async () => {};
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const url = `http://${config.host}:${info.port}`;
      database.lock?.noteUrl(url);
      logger.info({ url, database: database.describe, readReplica: readReplica?.describe }, 'cchc đang chạy');
      resolve();
    });
    // A client (a browser, a proxy, a test's request pool) may reuse a connection it has kept idle for
    // a few seconds; Node's 5 s default closes it first and that request fails with ECONNRESET. Keep idle
    // connections longer than the usual clients and proxies (60 s) do, so that they close first.
    const httpServer = server as Server;
    httpServer.keepAliveTimeout = 65_000;
    httpServer.headersTimeout = 66_000;
    const stopBackgroundWork = startBackgroundWork(database.db, logger, { embedded: database.kind === 'pglite' });
    const stopJobWorker = startJobWorker(database.db, files, logger);
    // The upload readers (worker threads with the readers and pdfjs loaded) start now, not at the first upload.
    warmUploadReaders(Number(process.env.CCHC_UPLOAD_READERS) || undefined).catch((error: unknown) =>
      logger.error(loggableError(error), 'không khởi động được bộ đọc tệp tải lên'),
    );
    sweepAbandonedUploads().then(
      (removed) => removed > 0 && logger.info({ removed }, 'đã xoá tệp tải lên dở dang của lần chạy trước'),
      (error: unknown) => logger.warn(loggableError(error), 'không dọn được thư mục tải lên tạm'),
    );
    const shutdown = async () => {
      logger.info('đang dừng');
      stopBackgroundWork();
      stopJobWorker();
      server.close();
      await closeUploadReaders();
      await releaseServingLock();
      await readReplica?.close();
      await database.close();
      process.exit(0);
    };
    process.once('SIGINT', shutdown);
    process.once('SIGTERM', shutdown);
  });
}
