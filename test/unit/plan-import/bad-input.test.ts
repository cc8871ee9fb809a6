/**
 * Files that cannot give a plan are refused with a machine code and a Vietnamese message,
 * never a crash and never a partial plan; an exchanged cchc.plan/v1 file comes back as it was.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../src/domain/errors.js';
import { ERROR_STATUS } from '../../../src/http/error-status.js';
import { parsePlanDocument } from '../../../src/readers/parse-plan-document.js';
import { sampleProvince } from '../../fixtures/directories/sample-province.js';
import { PLANS, importFixture } from './plans.js';

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(bytes: Uint8Array): Promise<AppError> {
  try {
    await parsePlanDocument({ bytes, fileName: 'tep', directory: sampleProvince, asOf: '2025-01-01' });
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return error as AppError;
  }
  throw new Error('the file was accepted');
}

function cfb(streamNames: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const names = streamNames.map((n) => Buffer.from(n, 'utf16le'));
  return new Uint8Array(Buffer.concat([Buffer.from(header), Buffer.alloc(504), ...names, Buffer.alloc(512)]));
}

describe('refused files', () => {
  it.each([
    ['an empty file', new Uint8Array(), 'EMPTY_FILE'],
    ['a file of blank lines', utf8('\n\n   \n\t\n'), 'EMPTY_FILE'],
    ['a broken PDF', utf8('%PDF-1.7\n%âãÏÓ\n1 0 obj'), 'CORRUPT_FILE'],
    ['an RTF document', utf8('{\\rtf1\\ansi Kế hoạch}'), 'UNSUPPORTED_FORMAT'],
    ['binary data', new Uint8Array([0x00, 0x01, 0x02, 0xff, 0x00, 0x10]), 'UNSUPPORTED_FORMAT'],
    ['a password-protected Word file', cfb(['EncryptionInfo', 'EncryptedPackage']), 'ENCRYPTED_FILE'],
    ['a Word 97-2003 file', cfb(['WordDocument', '1Table']), 'UNSUPPORTED_FORMAT'],
    [
      'a broken ZIP',
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0xde, 0xad]),
      'CORRUPT_FILE',
    ],
    ['JSON that is not a plan', utf8('{"hello": "world"}'), 'UNSUPPORTED_FORMAT'],
    ['a broken cchc.plan/v1 file', utf8('{"format": "cchc.plan/v1", "title": '), 'CORRUPT_FILE'],
    [
      'a letter without any plan',
      utf8('Kính gửi: Sở Nội vụ\n\nĐề nghị quý cơ quan xem xét, giải quyết.\n\nTrân trọng./.'),
      'NO_PLAN_FOUND',
    ],
  ])('%s', async (_name, bytes, code) => {
    const error = await refusal(bytes);
    expect(error.code).toBe(code);
    expect(error.message).toMatch(/[ạảãáàâăđêôơư]/u); // said in Vietnamese
  });

  it('a file over 20 MB, before reading it', async () => {
    const error = await refusal(new Uint8Array(50 * 1024 * 1024).fill(0x41));
    expect([error.code, ERROR_STATUS[error.code]]).toEqual(['FILE_TOO_LARGE', 413]);
  });

  it('a ZIP that is an Excel workbook', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(error.code).toBe('UNSUPPORTED_FORMAT');
    expect(error.message).toContain('Excel');
  });

  it('a DOCX whose XML is cut off', async () => {
    const zip = new JSZip();
    zip.file('[Content_Types].xml', '<Types/>');
    zip.file('word/document.xml', '<w:document xmlns:w="x"><w:body><w:p><w:r><w:t>Kế hoạch');
    const error = await refusal(await zip.generateAsync({ type: 'uint8array' }));
    expect(['CORRUPT_FILE', 'NO_PLAN_FOUND']).toContain(error.code);
  });

  it('a cchc.plan/v1 file that breaks the schema, naming the field', async () => {
    const error = await refusal(utf8(JSON.stringify({ format: 'cchc.plan/v1', title: 1 })));
    expect(error.code).toBe('INVALID_PLAN_FILE');
    expect(error.message).toContain('title');
  });
});

describe('exchanging plans', () => {
  it('reads back its own cchc.plan/v1 output unchanged', async () => {
    const fixture = PLANS[1];
    if (!fixture) throw new Error('no fixture');
    const plan = await importFixture(fixture);
    const { plan: again } = await parsePlanDocument({
      bytes: utf8(JSON.stringify(plan)),
      fileName: 'ke-hoach.json',
      directory: sampleProvince,
    });
    expect(again).toEqual(JSON.parse(JSON.stringify(plan)));
  });
});
