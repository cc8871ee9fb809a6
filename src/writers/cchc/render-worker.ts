/**
 * Worker-thread entry that writes one document (Word or Excel) from plain data and posts the bytes back.
 * Writing a large report is seconds of synchronous work; done here, the server's event loop stays free.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { buildAdministrativeDocument, type AdministrativeDocument } from '../docx/administrative-document.js';
import { buildTableWorkbook, type SheetSpec } from '../xlsx/table-workbook.js';

export type RenderJob = { kind: 'docx'; document: AdministrativeDocument } | { kind: 'xlsx'; sheets: SheetSpec[] };

const job = workerData as RenderJob;
const bytes =
  job.kind === 'docx' ? await buildAdministrativeDocument(job.document) : await buildTableWorkbook(job.sheets);
const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
parentPort!.postMessage(view, [view.buffer as ArrayBuffer]);
