/**
 * A "Chủ trì" / "Phối hợp" cell cut into pieces at every place a list might split
 * (";" always splits; ",", "và", " - " and line breaks might, or might be part of a name
 * such as "Sở Văn hóa, Thể thao và Du lịch": the matcher decides). Notes in brackets and
 * trailing remarks ("chủ trì theo dõi", "đối với …") are kept apart from the names.
 */
import { cleanCell, foldSameLength } from '../plan/fields/text.js';
import { nameKey } from './name-key.js';

export type Role = 'lead' | 'cooperating';

export interface Piece {
  text: string;
  /** The separator written before this piece (", ", " và ", …); '' for the first. */
  separator: string;
  notes: string[];
  /** "các Sở: Tư pháp, Tài chính" → "Sở", to put before pieces that lack it. */
  sharedHead: string | null;
}

export interface ListSegment {
  pieces: Piece[];
  /** From a label such as "Chủ trì: …". */
  role: Role | null;
}

const HIDDEN_COMMA = '\u0001';
const SOFT_SEPARATOR = /^(?:,\s*|\n|\s+va\s+|\s+[-–]\s+|\s*\+\s*)/;
const REMARK = /\s(?:chu tri|phoi hop|doi voi|thuc hien|nhiem vu)\b/;
const ROLE_LABEL = /^(chu tri|phoi hop)\s*:\s*/;
const HEAD_ONLY = /^(?:so|ban|phong|uy ban nhan dan|uy ban nhan dan cap|chi cuc|trung tam)$/;

export function splitUnitList(text: string): ListSegment[] {
  // "VH, TT&DL" carries a comma that is no list separator: hide it until the pieces are cut.
  const cleaned = cleanCell(text).replace(/\bVH\s*,\s*TT\s*(?:&|và)\s*DL\b/gi, (abbreviation) =>
    abbreviation.replace(',', HIDDEN_COMMA),
  );
  return cleaned
    .split(/;|\n\s*(?=[-–•+]\s)/)
    .map((segment) => readSegment(segment.replace(/^[\s\-–•+.]+/, '').replace(/[\s,.]+$/, '')))
    .filter((segment) => segment.pieces.length > 0);
}

function readSegment(raw: string): ListSegment {
  let text = raw;
  let folded = foldSameLength(text);
  let role: Role | null = null;
  const label = ROLE_LABEL.exec(folded);
  if (label) {
    role = label[1] === 'chu tri' ? 'lead' : 'cooperating';
    text = text.slice(label[0].length);
    folded = folded.slice(label[0].length);
  }

  const pieces: Piece[] = [];
  let sharedHead: string | null = null;
  let current: Piece = { text: '', separator: '', notes: [], sharedHead };
  let depth = 0;
  let note = '';
  const finish = (separator: string) => {
    current.text = current.text.replaceAll(HIDDEN_COMMA, ',').trim();
    if (current.text !== '' || current.notes.length > 0) pieces.push(current);
    current = { text: '', separator, notes: [], sharedHead };
  };

  for (let i = 0; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '(') {
      if (depth === 0) note = '';
      else note += ch;
      depth++;
      continue;
    }
    if (ch === ')') {
      if (depth > 0) {
        depth--;
        if (depth === 0) current.notes.push(note.trim());
        else note += ch;
      }
      continue;
    }
    if (depth > 0) {
      note += ch;
      continue;
    }
    const rest = folded.slice(i);
    if (ch === ':') {
      const before = nameKey(current.text);
      if (HEAD_ONLY.test(before)) {
        sharedHead = current.text.trim().replace(/^các\s+/i, '');
        current = { text: '', separator: current.separator, notes: [], sharedHead };
      } else {
        // "Sở Tư pháp: đối với Báo cáo …": what follows the colon is a remark.
        current.notes.push(stripBrackets(text.slice(i + 1)));
        break;
      }
      continue;
    }
    const remark = current.text.trim() !== '' ? REMARK.exec(rest) : null;
    if (remark && remark.index === 0) {
      current.notes.push(stripBrackets(text.slice(i + 1)));
      break;
    }
    const separator = SOFT_SEPARATOR.exec(rest);
    if (separator && current.text.trim() !== '') {
      finish(text.slice(i, i + separator[0].length));
      i += separator[0].length - 1;
      continue;
    }
    current.text += ch;
  }
  if (depth > 0 && note.trim() !== '') current.notes.push(note.trim());
  finish('');
  return { pieces, role };
}

function stripBrackets(text: string): string {
  return text.replace(/[()]/g, ' ').replace(/\s+/g, ' ').trim();
}
