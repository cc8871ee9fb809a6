/**
 * Worker-thread entry that reads one uploaded file (read-upload.ts starts it, with a memory cap and a time
 * limit) and posts back the result, or the AppError that refused the file.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { AppError } from '../../domain/errors.js';
import { checkEvidenceUpload } from '../../domain/reporting/evidence-type.js';
import { readCriteriaFile } from '../../import/criteria-file.js';
import { readSurveyFile } from '../../import/survey-points.js';
import { readTable } from '../../import/tabular.js';
import { checkWorkbook } from '../../import/workbook-guard.js';
import { readZipPackage } from '../../import/zip-package.js';
import { checkXmlShape } from '../../import/xml-guard.js';
import { parsePlanDocument } from '../plans/parse-plan-document.js';
import type { UploadJob, WorkerAnswer } from './read-upload.js';

/** An Office evidence file is stored, not read; it still has to inflate within bounds and hold sane XML. */
function checkOfficePackage(bytes: Uint8Array): void {
  for (const [name, data] of readZipPackage(bytes)) {
    if (/\.(xml|rels)$/i.test(name)) checkXmlShape(new TextDecoder('utf-8').decode(data));
  }
}

async function run(job: UploadJob): Promise<unknown> {
  switch (job.kind) {
    case 'plan':
      return parsePlanDocument({ bytes: job.bytes, fileName: job.fileName, directory: job.directory, asOf: job.asOf });
    case 'table':
      return readTable(job.bytes);
    case 'criteria':
      return readCriteriaFile(job.bytes);
    case 'survey':
      return readSurveyFile(job.bytes);
    case 'evidence': {
      const checked = checkEvidenceUpload({ fileName: job.fileName, size: job.bytes.length, bytes: job.bytes });
      if (checked.ok && (checked.value.kind === 'docx' || checked.value.kind === 'odt')) checkOfficePackage(job.bytes);
      if (checked.ok && (checked.value.kind === 'xlsx' || checked.value.kind === 'ods')) {
        if (checked.value.kind === 'xlsx') checkWorkbook(job.bytes);
        else checkOfficePackage(job.bytes);
      }
      return checked;
    }
  }
}

const answer = await run(workerData as UploadJob).then(
  (value): WorkerAnswer => ({ ok: true, value }),
  (error: unknown): WorkerAnswer =>
    error instanceof AppError
      ? { ok: false, error: { code: error.code, message: error.message, status: error.status, details: error.details } }
      : // A reader tripped on something it did not expect: the file is not what it claims to be.
        { ok: false, error: null },
);
parentPort!.postMessage(answer);
