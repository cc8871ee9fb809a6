/**
 * A long-lived worker that reads plan uploads one after another, as src/readers/read-upload-worker.ts reads
 * them (the same upload check, the same reader, the refusal sent back as its code and params), and also keeps
 * the stack of what a reader tripped on, which the upload path turns into "unreadable file". The bulk of the
 * fuzzing goes through these, under the same memory cap, while the test also sends a share of its cases
 * through `readUploadOffThread` itself.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../../../src/domain/errors.js';
import { checkUpload } from '../../../src/domain/reporting/upload-check.js';
import type { UploadJob, WorkerAnswer } from '../../../src/readers/read-upload.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { readUploadContent } from '../../../src/files/upload-content.js';

type PlanJob = Extract<UploadJob, { kind: 'plan' }>;

async function read(job: PlanJob): Promise<unknown> {
  const bytes = await readUploadContent(job.content);
  const checked = checkUpload({ bytes, fileName: job.fileName }, 'plan-document');
  if (!checked.ok) {
    const first = checked.issues[0]!;
    const details = { issues: checked.issues };
    throw first.code === 'too_large'
      ? new AppError('FILE_TOO_LARGE', { refusal: first.message }, details)
      : new AppError('UNSUPPORTED_FORMAT', { refusal: first.message }, details);
  }
  const parsed = await parsePlanDocument({ ...job, bytes });
  return { activities: parsed.plan.activities.length };
}

parentPort!.on('message', (message: { id: number; job: PlanJob }) => {
  let unexpected: string | undefined;
  void read(message.job)
    .then(
      (value): WorkerAnswer => ({ ok: true, value }),
      (error: unknown): WorkerAnswer => {
        if (error instanceof AppError)
          return { ok: false, error: { code: error.code, params: error.params, details: error.details } };
        // The upload path says "unreadable file" here; the bench keeps what tripped, to look into it.
        unexpected = String((error as Error)?.stack ?? error).slice(0, 2000);
        return { ok: false, error: null };
      },
    )
    .then((answer) => parentPort!.postMessage({ id: message.id, answer, unexpected }));
});

// Modules are loaded: the pool starts timing jobs from here.
parentPort!.postMessage({ ready: true });
