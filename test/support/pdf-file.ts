/**
 * Small hand-made PDF files for the PDF reader's refusals: a page holding only a picture (what a
 * scanner gives), a file locked with a password, a page of text without any table. The objects
 * and the cross-reference table are written out byte for byte, so pdfjs reads them as real PDFs.
 */
import { deflateSync } from 'node:zlib';

type PdfObject = string | { dictionary: string; stream: Uint8Array };

function writePdf(objects: PdfObject[], trailer = ''): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const add = (part: Buffer) => {
    parts.push(part);
    length += part.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    if (typeof object === 'string') add(Buffer.from(`${i + 1} 0 obj\n${object}\nendobj\n`, 'latin1'));
    else {
      add(
        Buffer.from(`${i + 1} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`, 'latin1'),
      );
      add(Buffer.from(object.stream));
      add(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    }
  });
  const xref = length;
  const rows = offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  add(
    Buffer.from(
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${rows}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`,
      'latin1',
    ),
  );
  return new Uint8Array(Buffer.concat(parts));
}

/** One A4 page showing a grey picture `width`×`height` (one byte a pixel), with no text at all. */
export function imageOnlyPdf(pixels: Uint8Array, width: number, height: number): Uint8Array {
  const content = Buffer.from('q 595 0 0 842 0 0 cm /Im1 Do Q', 'latin1');
  return writePdf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>',
    { dictionary: '', stream: content },
    {
      dictionary: `/Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /FlateDecode`,
      stream: deflateSync(pixels),
    },
  ]);
}

/** A page of text, optionally locked with a user password (the reader cannot open it without one). */
export function textPdf(lines: string[], options: { locked?: boolean } = {}): Uint8Array {
  const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const content = Buffer.from(
    `BT /F1 12 Tf 72 770 Td 14 TL ${lines.map((l) => `(${escape(l)}) Tj T*`).join(' ')} ET`,
    'latin1',
  );
  const objects: PdfObject[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    { dictionary: '', stream: content },
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  if (!options.locked) return writePdf(objects);
  // A Standard security handler whose keys match no empty password: opening needs the password.
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');
  objects.push(`<< /Filter /Standard /V 2 /R 3 /Length 128 /P -3904 /O <${hex(11)}> /U <${hex(5)}> >>`);
  return writePdf(objects, `/Encrypt ${objects.length} 0 R /ID [<${hex(1).slice(0, 32)}> <${hex(1).slice(0, 32)}>] `);
}

/** A small deterministic random source (mulberry32), so a broken file is the same on every run. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Broken copies of a PDF, the ways files get broken: cut short, bytes flipped, the cross-reference
 * table or an object's keywords damaged, a stream's length wrong, objects repeated.
 */
export function brokenPdfs(pdf: Uint8Array, count: number, seed = 12): { how: string; bytes: Uint8Array }[] {
  const random = seededRandom(seed);
  const text = Buffer.from(pdf).toString('latin1');
  const at = (n: number) => Math.floor(random() * n);
  const replaceSome = (pattern: RegExp, by: string) => {
    let k = 0;
    return text.replace(pattern, (m) => (k++ % 3 === at(3) ? by : m));
  };
  const makers: [string, () => string | Uint8Array][] = [
    ['cut short', () => pdf.slice(0, 8 + at(pdf.length - 8))],
    [
      'bytes flipped',
      () => {
        const copy = pdf.slice();
        for (let i = 0, n = 1 + at(40); i < n; i++) copy[at(copy.length)] = at(256);
        return copy;
      },
    ],
    ['no cross-reference table', () => text.replace(/xref[\s\S]*?trailer/, 'trailer')],
    [
      'cross-reference offsets wrong',
      () => text.replace(/(\d{10}) 00000 n/g, () => `${String(at(pdf.length)).padStart(10, '0')} 00000 n`),
    ],
    ['endobj removed', () => replaceSome(/endobj/g, '')],
    ['stream lengths wrong', () => text.replace(/\/Length (\d+)/g, () => `/Length ${at(100000)}`)],
    [
      'a block of bytes repeated',
      () => {
        const from = at(pdf.length);
        const length = at(4096);
        return Buffer.concat([Buffer.from(pdf.subarray(0, from + length)), Buffer.from(pdf.subarray(from))]);
      },
    ],
    ['startxref pointing nowhere', () => text.replace(/startxref\s+\d+/, `startxref\n${at(10 * pdf.length)}`)],
    ['streams cut in the middle', () => replaceSome(/endstream/g, 'endstrea')],
  ];
  return Array.from({ length: count }, (_, i) => {
    const [how, make] = makers[i % makers.length]!;
    const made = make();
    return {
      how,
      bytes: typeof made === 'string' ? new Uint8Array(Buffer.from(made, 'latin1')) : new Uint8Array(made),
    };
  });
}
