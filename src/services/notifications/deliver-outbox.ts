import { and, asc, eq, isNull, lte, sql } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { outboxEmails } from '../../db/schema/index.js';
import type { Mailer } from '../../mail/mailer.js';

const BATCH = 20;
/** 1 min, 2, 4 … capped at 6 hours between tries. */
const backoffMs = (attempts: number) => Math.min(6 * 3600_000, 60_000 * 2 ** attempts);

/**
 * Sends what is due in the outbox. Rows are claimed with FOR UPDATE SKIP LOCKED, so several app servers
 * can run this at once without sending anything twice; a failure is kept with its error and retried later.
 */
export async function deliverOutbox(
  db: Database,
  mailer: Mailer,
  now: Date,
): Promise<{ sent: number; failed: number }> {
  let sent = 0;
  let failed = 0;
  await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(outboxEmails)
      .where(and(isNull(outboxEmails.sentAt), lte(outboxEmails.nextAttemptAt, now)))
      .orderBy(asc(outboxEmails.nextAttemptAt))
      .limit(BATCH)
      .for('update', { skipLocked: true });
    for (const mail of due) {
      try {
        await mailer.send({ to: mail.toAddress, subject: mail.subject, text: mail.body });
        await tx
          .update(outboxEmails)
          .set({ sentAt: now, attempts: mail.attempts + 1, lastError: null })
          .where(eq(outboxEmails.id, mail.id));
        sent++;
      } catch (error) {
        await tx
          .update(outboxEmails)
          .set({
            attempts: sql`${outboxEmails.attempts} + 1`,
            nextAttemptAt: new Date(now.getTime() + backoffMs(mail.attempts)),
            lastError: String((error as Error).message ?? error).slice(0, 500),
          })
          .where(eq(outboxEmails.id, mail.id));
        failed++;
      }
    }
  });
  return { sent, failed };
}
