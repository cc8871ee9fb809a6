/**
 * Converts office files to PDF with LibreOffice, as an independent reader of what the writers
 * produce. Each call uses its own LibreOffice profile so parallel runs do not lock each other out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** LibreOffice, or null on a developer machine without it; under CI=true its absence is a failure, not a skip. */
export function findSoffice(): string | null {
  for (const candidate of ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice']) {
    if (existsSync(candidate)) return candidate;
  }
  if (process.env.CI === 'true') throw new Error('CI: LibreOffice (soffice) is required to check generated documents');
  return null;
}

/** Calc is a separate package (libreoffice-calc-nogui); without it LibreOffice cannot open XLSX. */
export function hasCalc(): boolean {
  const present = existsSync('/usr/lib/libreoffice/program/libsclo.so');
  if (!present && process.env.CI === 'true')
    throw new Error('CI: LibreOffice Calc (libreoffice-calc-nogui) is required to read generated XLSX');
  return present;
}

/** Converts `files` into `outDir`, returning the PDF paths in the same order. */
export function convertToPdf(soffice: string, files: string[], outDir: string): string[] {
  return convert(soffice, files, outDir, 'pdf');
}

/** Converts `files` into `outDir` in `format` ("pdf", "csv"…), returning the new paths in order. */
export function convert(soffice: string, files: string[], outDir: string, format: string): string[] {
  const profile = mkdtempSync(join(tmpdir(), 'cchc-soffice-'));
  try {
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(profile).href}`,
        '--headless',
        '--convert-to',
        format,
        '--outdir',
        outDir,
        ...files,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  const extension = format.split(':')[0] ?? format;
  return files.map((file) => join(outDir, basename(file).replace(/\.[^.]+$/, `.${extension}`)));
}

/** The text of a PDF page by page (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
  return text.split('\f').filter((page) => page.trim().length > 0);
}

/** The font names embedded in a PDF, as pdffonts lists them. */
export function pdfFonts(pdf: string): string[] {
  const listing = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
  return listing
    .split('\n')
    .slice(2)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter(Boolean);
}
