import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sweepAbandonedUploads } from '../../../src/http/abandoned-uploads.js';

const HOUR = 60 * 60_000;
let scratch: string;

/** An upload folder as read-body.ts makes it, its folder and file last written `ageMs` ago. */
async function upload(name: string, ageMs: number) {
  const folder = join(scratch, name);
  await mkdir(folder);
  await writeFile(join(folder, 'upload'), 'x');
  const when = new Date(Date.now() - ageMs);
  await utimes(join(folder, 'upload'), when, when);
  await utimes(folder, when, when);
}

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'cchc-sweep-'));
});
afterEach(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('uploads left behind by a killed server', () => {
  it('removes only upload folders nothing has been written to for an hour, and nothing else', async () => {
    await upload('cchc-upload-Ab12Cd', 2 * HOUR);
    await upload('cchc-upload-Ef34Gh', 60_000);
    await upload('cchc-upload-safety-Ij56Kl', 2 * HOUR);
    await upload('ke-hoach', 2 * HOUR);
    expect(await sweepAbandonedUploads(scratch)).toBe(1);
    expect((await readdir(scratch)).sort()).toEqual(['cchc-upload-Ef34Gh', 'cchc-upload-safety-Ij56Kl', 'ke-hoach']);
  });

  it('keeps a folder whose upload is still being written, though the folder itself is old', async () => {
    await upload('cchc-upload-Mn78Op', 2 * HOUR);
    await writeFile(join(scratch, 'cchc-upload-Mn78Op', 'upload'), 'more');
    expect(await sweepAbandonedUploads(scratch)).toBe(0);
  });

  it('answers 0 for a temporary folder that is not there', async () => {
    expect(await sweepAbandonedUploads(join(scratch, 'none'))).toBe(0);
  });
});
