/**
 * A campaign unit's QR code (PNG, SVG) and its printable A4 poster: the unit's name, the campaign, the QR
 * code and the link written out, as a Word document turned into PDF by LibreOffice (the only PDF writer the
 * server has that sets Vietnamese text in a real font).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { AlignmentType, Document, ImageRun, Packer, Paragraph, TextRun } from 'docx';
import QRCode from 'qrcode';

const run = promisify(execFile);

export async function qrPng(url: string, width = 600): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(url, { type: 'png', width, margin: 2, errorCorrectionLevel: 'M' }));
}

export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
}

export interface PosterText {
  unitName: string;
  campaignTitle: string;
  url: string;
}

export async function posterDocx(p: PosterText): Promise<Uint8Array> {
  const png = await qrPng(p.url, 900);
  const line = (text: string, size: number, bold = false, after = 200) =>
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after },
      children: [new TextRun({ text, size: size * 2, bold, font: 'Times New Roman' })],
    });
  const doc = new Document({
    sections: [
      {
        properties: {
          page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } },
        },
        children: [
          line(p.unitName.toUpperCase(), 24, true, 300),
          line('MỜI ÔNG/BÀ CHO Ý KIẾN VỀ SỰ PHỤC VỤ', 30, true, 120),
          line(
            'Quét mã QR bằng điện thoại để trả lời phiếu khảo sát (khoảng 2 phút, không cần ghi họ tên)',
            16,
            false,
            300,
          ),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 300 },
            children: [new ImageRun({ type: 'png', data: png, transformation: { width: 380, height: 380 } })],
          }),
          line('Hoặc mở địa chỉ:', 14),
          line(p.url, 14, true, 300),
          line(p.campaignTitle, 14, false, 120),
          line('Ý kiến của ông/bà giúp chúng tôi phục vụ tốt hơn. Xin cảm ơn!', 14),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The poster as PDF through LibreOffice, each call with its own profile; null when LibreOffice is not installed. */
export async function posterPdf(p: PosterText): Promise<Uint8Array | null> {
  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice'].find((f) => existsSync(f));
  if (!soffice) return null;
  const dir = await mkdtemp(join(tmpdir(), 'cchc-poster-'));
  try {
    await writeFile(join(dir, 'poster.docx'), await posterDocx(p));
    await run(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(join(dir, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'poster.docx'),
      ],
      { timeout: 120_000 },
    );
    return new Uint8Array(await readFile(join(dir, 'poster.pdf')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
