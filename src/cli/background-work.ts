import type { Logger } from 'pino';
import type { Database } from '../db/client.js';
import { mailerFromEnv } from '../mail/mailer.js';
import { deliverOutbox } from '../services/notifications/deliver-outbox.js';
import { runReminders } from '../services/notifications/run-reminders.js';
import { loggableError } from '../http/log-error.js';
import { refreshPlannerStatistics } from '../db/planner-statistics.js';

const STATISTICS_EVERY_MS = 60 * 60_000;

/**
 * Reminders and e-mail delivery, every few minutes, inside the server process. Both are idempotent and
 * claim rows with SKIP LOCKED, so any number of app servers may run them. On the embedded database also the
 * planner's statistics, hourly (`embedded`: PGlite has no autovacuum).
 */
export function startBackgroundWork(
  db: Database,
  logger: Logger,
  { embedded = false, intervalMs = Number(process.env.CCHC_JOBS_INTERVAL_MS ?? 5 * 60_000) } = {},
): () => void {
  const mailer = mailerFromEnv();
  if (!mailer) logger.info('chưa cấu hình CCHC_SMTP_URL: thư nhắc việc được giữ trong hàng đợi');
  let running = false;
  let statisticsAt = 0;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const reminders = await runReminders(db, now);
      const mail = mailer ? await deliverOutbox(db, mailer, now) : null;
      if (reminders.inApp || reminders.email || mail?.sent || mail?.failed)
        logger.info({ reminders, mail }, 'nhắc việc');
      if (embedded && now.getTime() - statisticsAt >= STATISTICS_EVERY_MS) {
        statisticsAt = now.getTime();
        await refreshPlannerStatistics(db);
      }
    } catch (error) {
      logger.error(loggableError(error), 'nhắc việc thất bại');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 15_000);
  const every = setInterval(tick, intervalMs);
  first.unref();
  every.unref();
  return () => {
    clearTimeout(first);
    clearInterval(every);
  };
}
