/**
 * Worker-thread entry that reads uploaded files, one after another (read-upload.ts keeps a few of these in a
 * pool, each under a memory cap, each file under a time limit): every `{ id, job }` is answered with
 * `{ id, answer }`, the result or the AppError that refused the file. It loads the plan readers before saying
 * it is ready (pdfjs is already loaded by the pool's bootstrap), so that a user's first upload does not wait
 * for them.
 */
import { parentPort } from 'node:worker_threads';
import { AppError } from '../domain/errors.js';
import { checkUpload, type UploadPurpose } from '../domain/reporting/upload-check.js';
import type { UploadJob, WorkerAnswer } from './read-upload.js';
import { readUploadContent } from '../files/upload-content.js';

/** An Office evidence file is stored, not read as a plan; it still has to inflate within bounds and hold sane XML. */
async function checkOfficePackage(bytes: Uint8Array): Promise<void> {
  const { readZipPackage } = await import('./zip-package.js');
  const { checkXmlShape } = await import('./xml-guard.js');
  for (const [name, data] of readZipPackage(bytes)) {
    if (/\.(xml|rels)$/i.test(name)) checkXmlShape(new TextDecoder('utf-8').decode(data));
  }
}

const PURPOSES: Record<UploadJob['kind'], UploadPurpose> = {
  plan: 'plan-document',
  table: 'unit-table',
  criteria: 'criteria-set',
  survey: 'survey-points',
  evidence: 'evidence',
  dossiers: 'dossier-file',
};

// The plan readers are loaded before the worker says it is ready; the others (exceljs, parse5…) on first use.
async function run(job: UploadJob): Promise<unknown> {
  const bytes = await readUploadContent(job.content);
  // The one content check of every upload (domain/reporting/upload-check.ts), then the reader.
  const checked = checkUpload({ bytes, fileName: job.fileName }, PURPOSES[job.kind]);
  if (job.kind === 'evidence') {
    if (!checked.ok) return checked;
    // Office files are held to the limits of the readers: the council's software would choke on them too.
    if (checked.value.kind === 'docx') (await import('./document/read-document.js')).readDocxDocument(bytes);
    else if (checked.value.kind === 'xlsx') (await import('./workbook-guard.js')).checkWorkbook(bytes);
    else if (checked.value.kind === 'ods') (await import('./document/sheet-reader.js')).readOdsSheets(bytes);
    else if (checked.value.kind === 'odt') await checkOfficePackage(bytes);
    return checked;
  }
  if (!checked.ok) {
    const first = checked.issues[0]!;
    const details = { issues: checked.issues };
    throw first.code === 'too_large'
      ? new AppError('FILE_TOO_LARGE', { refusal: first.message }, details)
      : new AppError('UNSUPPORTED_FORMAT', { refusal: first.message }, details);
  }
  switch (job.kind) {
    case 'plan': {
      const { parsePlanDocument } = await import('./parse-plan-document.js');
      return parsePlanDocument({
        bytes,
        fileName: job.fileName,
        directory: job.directory,
        asOf: job.asOf,
        mapping: job.mapping ?? null,
      });
    }
    case 'table':
      return (await import('./tabular.js')).readTable(bytes);
    case 'criteria':
      return (await import('./criteria-file.js')).readCriteriaFile(bytes);
    case 'survey':
      return (await import('./survey-points.js')).readSurveyFile(bytes);
    case 'dossiers': {
      // A preview: every record checked and matched, none kept (the commit reads the stored file again).
      const { readDossierFile } = await import('./dossiers/read-dossier-file.js');
      const { directory, asOf, mapping } = job;
      return readDossierFile(
        (async function* () {
          yield bytes;
        })(),
        { directory, asOf, mapping },
      );
    }
  }
}

await import('./parse-plan-document.js');

parentPort!.on('message', ({ id, job }: { id: number; job: UploadJob }) => {
  void run(job)
    .then(
      (value): WorkerAnswer => ({ ok: true, value }),
      (error: unknown): WorkerAnswer =>
        error instanceof AppError
          ? { ok: false, error: { code: error.code, params: error.params, details: error.details } }
          : // A reader tripped on something it did not expect: the file is not what it claims to be.
            { ok: false, error: null },
    )
    .then((answer) => parentPort!.postMessage({ id, answer }));
});
parentPort!.postMessage({ ready: true });
