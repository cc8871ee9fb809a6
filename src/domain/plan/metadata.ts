/**
 * The plan's identity from the first page: "Số: 123/KH-UBND", "Quảng Trị, ngày 10 tháng 12
 * năm 2024", the title under "KẾ HOẠCH", the issuing People's Committee and the plan's year.
 */
import { foldVietnamese } from '../text/fold.js';
import type { DocumentParagraph } from './document.js';
import type { ImportWarning } from './types.js';

export interface PlanMetadata {
  title: string | null;
  issuer: string | null;
  documentNumber: string | null;
  issuedOn: string | null;
  year: number | null;
  warnings: ImportWarning[];
}

/** Centrally-run cities are "thành phố", every other place a province. */
const CITIES = ['ha noi', 'ho chi minh', 'hai phong', 'da nang', 'can tho', 'hue'];

const NUMBER_LINE = /^\s*Số\s*:\s*(\d*)\s*\/\s*([\p{L}\d]+(?:\s*[-/]\s*[\p{L}\d]+){0,3})/iu;
const DATE_LINE = /^\s*([\p{L} .'-]{2,40}?)\s*,\s*ngày\s*(\d{0,2})\s*(?:tháng|\/)\s*(\d{0,2})\s*(?:năm|\/)\s*(\d{4})/iu;
const ISSUER_LINE = /^\s*(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN\s+(TỈNH|THÀNH\s+PHỐ)\s+(.+)$/iu;
/** "KẾ HOẠCH", "Kế hoạch", "K Ế  H O Ạ C H": the heading however it is spaced or cased, then the title. */
const PLAN_HEADING = /^K\s*Ế\s*H\s*O\s*Ạ\s*C\s*H(?![\p{L}])\s*(.*)$/isu;
/** Where a heading's title runs into the first sentence ("… năm 2025 Thực hiện Nghị quyết …"). */
const TITLE_END = /^(.*?(?:năm|giai đoạn)\s+20\d\d(?:\s*[-–]\s*20\d\d)?)\s+(?=\p{Lu}\p{Ll})/u;
const YEAR_IN_TITLE = /năm\s+(20\d\d)(?!\s*[-–]\s*20\d\d)/giu;

/** NFC (text from PDFs comes decomposed), no-break spaces as spaces. */
function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\u00a0\u2007\u202f]/g, ' ');
}

function pad(n: string): string {
  return n.padStart(2, '0');
}

function validDate(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(String(m))}-${pad(String(d))}`;
}

function issuerFor(place: string): string {
  const name = place.trim().replace(/^(tỉnh|thành phố|tp\.?)\s+/iu, '');
  const folded = foldVietnamese(name);
  const kind = CITIES.some((c) => folded === c || folded === `thanh pho ${c}`) ? 'thành phố' : 'tỉnh';
  return `UBND ${kind} ${name}`;
}

function titleCase(text: string): string {
  return text
    .toLocaleLowerCase('vi')
    .split(' ')
    .map((w) => (w ? (w[0]?.toLocaleUpperCase('vi') ?? '') + w.slice(1) : w))
    .join(' ');
}

/** Read the metadata from the paragraphs before the plan's body. */
export function readMetadata(paragraphs: DocumentParagraph[]): PlanMetadata {
  const warnings: ImportWarning[] = [];
  let documentNumber: string | null = null;
  let numberSeen = false;
  let issuedOn: string | null = null;
  let dateSeen = false;
  let issuer: string | null = null;
  let place: string | null = null;
  let title: string | null = null;
  const head = paragraphs.slice(0, 80);

  for (let i = 0; i < head.length; i++) {
    const text = normalise(head[i]?.text ?? '');
    for (const line of text.split('\n')) {
      const number = NUMBER_LINE.exec(line);
      if (number && !numberSeen) {
        numberSeen = true;
        documentNumber = number[1]
          ? `${number[1]}/${(number[2] ?? '').replace(/\s+/g, '').toLocaleUpperCase('vi')}`
          : null;
        if (!number[1]) warnings.push({ code: 'missing_number', message: `Văn bản chưa ghi số (“${line.trim()}”).` });
      }
      const date = DATE_LINE.exec(line);
      if (date && !dateSeen && !/^căn cứ/iu.test(line.trim())) {
        dateSeen = true;
        place = date[1]?.trim() ?? null;
        const [d, m, y] = [Number(date[2]), Number(date[3]), Number(date[4])];
        issuedOn = d && m ? validDate(y, m, d) : null;
        if (!issuedOn)
          warnings.push({ code: 'missing_date', message: `Ngày ban hành chưa đầy đủ (“${line.trim()}”).` });
      }
      const issuerLine = ISSUER_LINE.exec(line);
      if (issuerLine && !issuer && issuerLine[2] && !/^TỈNH$/iu.test(issuerLine[2])) {
        issuer = issuerFor(titleCase(issuerLine[2].replace(/\s+/g, ' ')));
      }
    }
    const heading = PLAN_HEADING.exec(text.trim());
    // A sentence about another plan ("Kế hoạch số 12…", "Kế hoạch này…") is not the heading.
    if (heading && !title && !/^(?:số|này|của|đã|được)(?!\p{L})/iu.test(heading[1] ?? '') && text.length < 400) {
      let rest = heading[1]?.trim() || normalise(head[i + 1]?.text ?? '').trim();
      // A title broken into several paragraphs: the next one carries on in lower case.
      for (let k = heading[1]?.trim() ? i + 1 : i + 2; k < head.length && k < i + 4; k++) {
        const next = normalise(head[k]?.text ?? '').trim();
        if (!/^\p{Ll}/u.test(next) || next.length > 200) break;
        rest = `${rest} ${next}`;
      }
      rest = rest.replace(/\s*\n\s*/g, ' ').trim();
      title = (TITLE_END.exec(rest)?.[1] ?? rest) || null;
    }
  }
  if (!title) {
    warnings.push({ code: 'missing_title', message: 'Không tìm thấy tên kế hoạch (dòng “KẾ HOẠCH”).' });
  }
  const provinceInTitle = title ? /(?:tỉnh|thành phố)\s+([\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*)/u.exec(title) : null;
  if (!issuer && place) issuer = issuerFor(place);
  if (!issuer && provinceInTitle?.[1]) issuer = issuerFor(provinceInTitle[1]);
  if (!issuer) warnings.push({ code: 'missing_issuer', message: 'Không xác định được cơ quan ban hành.' });
  if (!numberSeen) warnings.push({ code: 'missing_number', message: 'Không tìm thấy số văn bản (dòng “Số: …”).' });
  if (!dateSeen)
    warnings.push({ code: 'missing_date', message: 'Không tìm thấy ngày ban hành (dòng “…, ngày … tháng … năm …”).' });

  const years = title ? [...title.matchAll(YEAR_IN_TITLE)].map((m) => Number(m[1])) : [];
  let year = years.at(-1) ?? null;
  if (year === null && issuedOn) {
    // Yearly plans are issued in the last months of the year before.
    const [y, m] = issuedOn.split('-').map(Number) as [number, number];
    year = m >= 10 ? y + 1 : y;
    warnings.push({ code: 'guessed_year', message: `Năm kế hoạch suy ra từ ngày ban hành: ${year}.` });
  }
  return { title, issuer, documentNumber, issuedOn, year, warnings };
}
