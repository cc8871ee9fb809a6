/**
 * Uploads: one size limit refused before the body is read, one content check on every evidence route,
 * and every stored file handed back as a download that no browser renders or runs.
 */
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { eq } from 'drizzle-orm';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storedFiles, units } from '../../src/db/schema/index.js';
import { createApp } from '../../src/http/app.js';
import { loadDemoScoring } from '../../src/services/demo/load-demo-scoring.js';
import { body, type Client, type TestApi } from '../support/api.js';
import { SMALL_PDF, withCommittedPlan } from '../support/plan.js';

const MB = 1024 * 1024;
const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const text = (value: string) => new TextEncoder().encode(value);

// Uploads are received into this process's temporary folder: every one must be gone once it is answered.
const uploadsFolder = mkdtempSync(join(tmpdir(), 'cchc-upload-safety-'));
process.env.TMPDIR = uploadsFolder;
const receivedUploads = () => readdirSync(uploadsFolder).filter((name) => name.startsWith('cchc-upload-'));

let api: TestApi;
let stp: Client;
let camlo: Client;
let leafEvidence: string;
let assignmentEvidence: string;
let unitPath: string;

beforeAll(async () => {
  const started = await withCommittedPlan();
  ({ api, camlo } = started);
  const { coordinator, planId } = started;
  await loadDemoScoring(api.database.db, api.clock.now);
  stp = await api.signIn('stp.baocao');
  const [work] = (await body(await camlo.get(`/api/assignments?planId=${planId}&role=lead`))).items;
  assignmentEvidence = `/api/assignments/${work.id}/evidence`;
  const round = (await body(await coordinator.get('/api/scoring/rounds'))).find((r: { name: string }) =>
    r.name.includes('sở, ban, ngành'),
  );
  const stpId = (await api.database.db.select({ id: units.id }).from(units).where(eq(units.code, 'QT.STP')))[0]!.id;
  unitPath = `/api/scoring/rounds/${round.id}/units/${stpId}`;
  leafEvidence = `${unitPath}/entries/1.1.1/evidence`;
}, 120_000);
afterAll(() => api.close());

describe('the one upload limit', () => {
  it('refuses a declared 30 MB upload with 413 naming 20 MB before reading a byte of it, and closes the connection', async () => {
    const app = createApp({ database: api.database, files: api.files, logger: pino({ level: 'silent' }) });
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const socket = connect((server.address() as AddressInfo).port, '127.0.0.1');
      let answer = '';
      socket.on('data', (chunk) => (answer += chunk));
      const closed = new Promise((resolve) => socket.once('close', resolve));
      // Only the headers are sent: the answer has to come without waiting for the 30 MB.
      socket.write(
        `POST ${assignmentEvidence} HTTP/1.1\r\nHost: cchc.test\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: ${30 * MB}\r\n\r\n`,
      );
      await closed;
      const [head, json] = answer.split('\r\n\r\n');
      expect(head).toMatch(/^HTTP\/1\.1 413/);
      expect(head).toMatch(/connection: close/i);
      expect(JSON.parse(json!).message).toContain('vượt quá giới hạn 20 MB');
    } finally {
      server.close();
    }
  });

  /** A 40 MB body without a declared length, counting what the server pulled of it. */
  const endless = () => {
    const pulled = { bytes: 0 };
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled.bytes += MB;
        if (pulled.bytes > 40 * MB) controller.close();
        else controller.enqueue(new Uint8Array(MB));
      },
    });
    return { pulled, stream };
  };

  it('counts a body sent without a declared length and refuses it at the limit, keeping nothing of it', async () => {
    const { pulled, stream } = endless();
    const response = await api.request(assignmentEvidence, {
      method: 'POST',
      headers: {
        cookie: camlo.session.cookie!,
        'x-csrf-token': camlo.session.csrf!,
        'content-type': 'multipart/form-data; boundary=x',
      },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(413);
    expect((await body(response)).message).toContain('20 MB');
    expect(pulled.bytes).toBeLessThan(25 * MB);
    expect(receivedUploads()).toEqual([]);
  });

  it('reads nothing of an upload from someone not signed in', async () => {
    const { pulled, stream } = endless();
    const response = await api.request(assignmentEvidence, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=x' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(response.status).toBe(401);
    expect(pulled.bytes).toBeLessThan(4 * MB);
  });

  it('receives a file as it arrives, stores it whole under its Vietnamese name, and keeps no copy of the upload', async () => {
    // A PDF carrying 3 MB of comment after its end: stored as it came, byte for byte.
    const pdf = new Uint8Array([...SMALL_PDF, ...text(`% ${'x'.repeat(3 * MB)}\nstartxref\n0\n%%EOF\n`)]);
    const response = await camlo.upload(assignmentEvidence, new Blob([pdf]), 'Biên bản họp.pdf');
    expect(response.status).toBe(201);
    const stored = await api.database.db.select().from(storedFiles).where(eq(storedFiles.fileName, 'Biên bản họp.pdf'));
    expect(stored).toHaveLength(1);
    expect(stored[0]!.sizeBytes).toBe(pdf.length);
    expect(Buffer.compare(await api.files.get(stored[0]!.storageKey), Buffer.from(pdf))).toBe(0);
    const refused = await camlo.upload(assignmentEvidence, new Blob([text('MZ')]), 'chuong-trinh.pdf');
    expect(refused.status).toBe(415);
    expect(receivedUploads()).toEqual([]);
  });

  it('refuses a file just over 20 MB in a form within the body limit, with the same message', async () => {
    const big = new Uint8Array(20 * MB + 10);
    big.set(SMALL_PDF);
    const response = await camlo.upload(assignmentEvidence, new Blob([big]), 'bien-ban.pdf');
    expect(response.status).toBe(413);
    expect((await body(response)).message).toBe(
      'Tệp "bien-ban.pdf" vượt quá giới hạn 20 MB. Hãy nén, tách tệp hoặc lưu lại với dung lượng nhỏ hơn.',
    );
  });
});

describe('a criteria set sent as JSON', () => {
  it('is refused with 400, not a stack overflow, when nested deeper than any criteria tree', async () => {
    const coordinator = await api.signIn('snv.cchc');
    const deep = `{"format":"cchc-criteria/1","nodes":[${'{"code":"1","children":['.repeat(30_000)}${']}'.repeat(30_000)}]}`;
    const response = await coordinator.sendRaw('POST', '/api/scoring/criteria-sets', deep);
    expect(response.status).toBe(400);
    expect((await body(response)).message).toContain('lồng nhau quá 64 tầng');
  });
});

describe('scoring evidence is checked by content like every evidence route', () => {
  it.each([
    ['a Windows program', new Uint8Array([...text('MZ'), ...new Uint8Array(300)]), 'quyet-dinh.exe'],
    ['a Windows program renamed .pdf', new Uint8Array([...text('MZ'), ...new Uint8Array(300)]), 'quyet-dinh.pdf'],
    [
      'an HTML page',
      text('<!DOCTYPE html><html><body><script>fetch("/api/users")</script></body></html>'),
      'bao-cao.html',
    ],
    [
      'an SVG image with a script',
      text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      'anh.svg',
    ],
  ])('refuses %s with 415, storing nothing', async (_what, bytes, name) => {
    const evidenceOf = async () =>
      (await body(await stp.get(unitPath))).leaves.find((l: { code: string }) => l.code === '1.1.1').evidence;
    const before = await evidenceOf();
    const response = await stp.upload(leafEvidence, new Blob([bytes]), name);
    expect(response.status).toBe(415);
    expect((await body(response)).message).toContain(`Tệp "${name}"`);
    expect(await evidenceOf()).toEqual(before);
  });

  it('refuses an HTML page carrying "%PDF-" in its first kilobyte on the assignment evidence route', async () => {
    const page = text(`<p>Biên bản</p><script>fetch('/api/users')</script>\n%PDF-1.7\n${'x'.repeat(500)}`);
    const response = await camlo.upload(assignmentEvidence, new Blob([page]), 'bien-ban.pdf');
    expect(response.status).toBe(415);
  });

  it('stores an image under its real type and hands every file back as a download that is never sniffed or rendered', async () => {
    const response = await stp.upload(leafEvidence, new Blob([PNG], { type: 'text/html' }), 'anh-hien-truong.png');
    expect(response.status).toBe(201);
    const sheet = await body(response);
    const evidence = sheet.leaves.find((l: { code: string }) => l.code === '1.1.1').evidence.at(-1);
    const [stored] = await api.database.db.select().from(storedFiles).where(eq(storedFiles.id, evidence.fileId));
    expect(stored!.contentType).toBe('image/png');

    const download = await stp.get(`${unitPath}/evidence/${evidence.id}`);
    expect(download.headers.get('content-type')).toBe('image/png');
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');

    // A file stored before this check, under the type its uploader claimed, is still only bytes to save.
    await api.database.db
      .update(storedFiles)
      .set({ contentType: 'text/html' })
      .where(eq(storedFiles.id, evidence.fileId));
    const legacy = await stp.get(`${unitPath}/evidence/${evidence.id}`);
    expect(legacy.headers.get('content-type')).toBe('application/octet-stream');
    expect(legacy.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(legacy.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
