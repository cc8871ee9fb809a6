/**
 * Reading the units named in a "Chủ trì" or "Phối hợp" cell against the province's directory.
 *
 * A cell is cut into pieces wherever a list might split (see list-pieces.ts); pieces are then
 * joined back into the reading whose parts match the directory best, so "Sở Văn hóa, Thể thao
 * và Du lịch" stays whole while "Sở Nội vụ, Sở Tư pháp" splits. A name is matched exactly
 * (after folding and writing out abbreviations), else by similarity; a group such as "UBND cấp
 * xã" gives its groupId; a unit that had ended by `asOf` is replaced by its successor (following
 * chains of merges), with the name as written kept and a note. Build one matcher per directory
 * and date (createUnitMatcher) and reuse it: the indexes and a cache of names are inside.
 */
import { formatDateVi } from '../text/format.js';
import type { PlanWarning, UnitListMatch, UnitRef } from '../plan/fields/types.js';
import { HEAD_WORDS, nameKey } from './name-key.js';
import { splitUnitList, type ListSegment, type Piece, type Role } from './list-pieces.js';
import { KeyIndex } from './similarity.js';
import type { DirectoryGroup, DirectoryUnit, Succession, UnitDirectory } from './types.js';

/** Below this a similar name is not taken at all; below LOW_CONFIDENCE it is taken with a warning. */
const ACCEPT = 0.6;
const LOW_CONFIDENCE = 0.75;
/** A fuzzy match is never as sure as an exact one. */
const FUZZY_CAP = 0.94;
/** A name read with the head of the piece before it ("cấp xã" after "UBND cấp huyện") is a little less sure. */
const HEADED_DISCOUNT = 0.97;
const MAX_PIECES_PER_NAME = 8;
const MIN_LENGTH_RATIO = 0.6;
/** Sure it is a description, but a real unit next to it must not be swallowed into it. */
const DESCRIPTION_CONFIDENCE = 0.8;
/** General descriptions that name no unit: "các cơ quan, đơn vị liên quan", "cơ quan soạn thảo". */
const DESCRIPTION =
  /^(?:co quan|don vi|dia phuong|to chuc|ca nhan)\b.*\b(?:lien quan|duoc giao|duoc kiem tra|co ket luan|soan thao|chu tri|phoi hop)\b/;

export interface UnitMatcher {
  matchList(text: string): UnitListMatch;
  matchName(name: string): UnitRef;
}

interface Target {
  kind: 'unit' | 'group';
  id: string;
}

interface KeyMatch {
  targets: Target[];
  confidence: number;
  how: 'exact' | 'similar' | 'description' | 'none';
  matchedKey: string | null;
}

interface Resolved {
  ref: UnitRef;
  warnings: PlanWarning[];
}

const matcherCache = new WeakMap<UnitDirectory, Map<string, UnitMatcher>>();

export function matchUnitList(text: string, directory: UnitDirectory, asOf: string): UnitListMatch {
  return cachedMatcher(directory, asOf).matchList(text);
}

export function matchUnitName(name: string, directory: UnitDirectory, asOf: string): UnitRef {
  return cachedMatcher(directory, asOf).matchName(name);
}

function cachedMatcher(directory: UnitDirectory, asOf: string): UnitMatcher {
  let byDate = matcherCache.get(directory);
  if (!byDate) matcherCache.set(directory, (byDate = new Map()));
  let matcher = byDate.get(asOf);
  if (!matcher) byDate.set(asOf, (matcher = createUnitMatcher(directory, asOf)));
  return matcher;
}

export function createUnitMatcher(directory: UnitDirectory, asOf: string): UnitMatcher {
  return new DirectoryMatcher(directory, asOf);
}

class DirectoryMatcher implements UnitMatcher {
  private readonly byKey = new Map<string, Target[]>();
  private readonly units = new Map<string, DirectoryUnit>();
  private readonly groups = new Map<string, DirectoryGroup>();
  private readonly successors = new Map<string, Succession[]>();
  private readonly index: KeyIndex;
  private readonly keyCache = new Map<string, KeyMatch>();
  private readonly nameKeys = new Map<string, string>();
  /** The lengths of the directory's keys by head word: a name no key of its head is near in length matches none. */
  private readonly keyLengthsByHead = new Map<string | null, number[]>();

  constructor(
    directory: UnitDirectory,
    private readonly asOf: string,
  ) {
    for (const unit of directory.units) {
      this.units.set(unit.id, unit);
      for (const name of [unit.name, ...unit.shortNames, ...unit.aliases])
        this.addKey(name, { kind: 'unit', id: unit.id });
    }
    for (const group of directory.groups) {
      this.groups.set(group.id, group);
      for (const name of [group.name, ...group.aliases]) this.addKey(name, { kind: 'group', id: group.id });
    }
    for (const succession of [...directory.successions].sort((a, b) => a.effectiveOn.localeCompare(b.effectiveOn))) {
      const list = this.successors.get(succession.fromId);
      if (list) list.push(succession);
      else this.successors.set(succession.fromId, [succession]);
    }
    this.index = new KeyIndex(this.byKey.keys());
    for (const key of this.byKey.keys()) {
      const head = HEAD_WORDS.exec(key)?.[0] ?? null;
      const lengths = this.keyLengthsByHead.get(head);
      if (lengths) lengths.push(key.length);
      else this.keyLengthsByHead.set(head, [key.length]);
    }
  }

  matchName(name: string): UnitRef {
    const written = name
      .replace(/\([^)]*\)/g, ' ')
      .replace(/\s+/g, ' ')
      .trim();
    return this.resolve(written, this.lookup(nameKey(written)), null, []).ref;
  }

  matchList(text: string): UnitListMatch {
    const units: UnitRef[] = [];
    const warnings: PlanWarning[] = [];
    for (const segment of splitUnitList(text)) {
      for (const resolved of this.readSegment(segment)) {
        const last = units[units.length - 1];
        if (resolved.ref.name === '') {
          // A bracketed remark on its own ("…; (TTHC cấp huyện: …)") belongs to the unit before it.
          if (last && resolved.ref.note) last.note = [last.note, resolved.ref.note].filter(Boolean).join('; ');
          continue;
        }
        const same = units.find(
          (u) =>
            (u.unitId ?? u.groupId) !== null && u.unitId === resolved.ref.unitId && u.groupId === resolved.ref.groupId,
        );
        if (same) {
          same.note = [same.note, `cũng được ghi là "${resolved.ref.name}"`].filter(Boolean).join('; ');
          continue;
        }
        units.push(resolved.ref);
        warnings.push(...resolved.warnings);
      }
    }
    return { text, units, warnings };
  }

  /**
   * The best way to join a segment's pieces into names (dynamic programming over cut points).
   * Shorter names are tried first; a longer join is looked up only when the most it could score
   * (an exact name, else a capped similar one) beats the best reading so far, which spares most
   * fuzzy look-ups of several names run together. Ties go to the longer join, as they always have.
   */
  private readSegment(segment: ListSegment): Resolved[] {
    const { pieces } = segment;
    const best: { score: number; from: number; match: KeyMatch; written: string }[] = [
      { score: 0, from: -1, match: noMatch(), written: '' },
    ];
    for (let end = 1; end <= pieces.length; end++) {
      let chosen: (typeof best)[number] | null = null;
      for (let start = end - 1; start >= Math.max(0, end - MAX_PIECES_PER_NAME); start--) {
        const written = joinPieces(pieces, start, end);
        const head = this.headFor(segment, start);
        const before = best[start]?.score ?? 0;
        const length = this.key(written).length;
        if (chosen && before + this.bestConfidence(written, head) ** 2 * length < chosen.score) continue;
        const match = this.lookupWithHead(written, head);
        const weight = match.confidence >= ACCEPT ? match.confidence ** 2 * length : 0;
        const score = before + weight;
        if (!chosen || score >= chosen.score) chosen = { score, from: start, match, written };
      }
      best.push(chosen ?? { score: 0, from: end - 1, match: noMatch(), written: '' });
    }
    const runs: { start: number; end: number; match: KeyMatch }[] = [];
    for (let end = pieces.length; end > 0;) {
      const step = best[end];
      if (!step) break;
      runs.unshift({ start: step.from, end, match: step.match });
      end = step.from;
    }
    const merged = mergeUnmatched(runs);
    const segmentRole = roleOf(pieces[pieces.length - 1]?.notes ?? []) ?? segment.role;
    return merged.map(({ start, end, match }) => {
      const notes = pieces
        .slice(start, end)
        .flatMap((p) => p.notes)
        .filter((n) => n !== '');
      const role = roleOf(pieces[end - 1]?.notes ?? []) ?? segmentRole;
      return this.resolve(joinPieces(pieces, start, end), match, role, notes);
    });
  }

  /** The head to put before a piece that lacks one: "cấp xã" after "UBND cấp huyện", "Tư pháp" after "các Sở:". */
  private headFor(segment: ListSegment, start: number): string | null {
    const shared = segment.pieces[start]?.sharedHead;
    if (shared) return shared;
    for (let i = start - 1; i >= 0; i--) {
      const head = HEAD_WORDS.exec(this.key(segment.pieces[i]?.text ?? ''));
      if (head) return head[0];
    }
    return null;
  }

  /** The highest confidence lookupWithHead can give, without a fuzzy search. */
  private bestConfidence(written: string, head: string | null): number {
    const key = this.key(written);
    if (this.byKey.has(key)) return 1;
    if (head && !HEAD_WORDS.test(key) && this.byKey.has(this.key(`${head} ${written}`))) return HEADED_DISCOUNT;
    return FUZZY_CAP;
  }

  private lookupWithHead(written: string, head: string | null): KeyMatch {
    const key = this.key(written);
    const bare = this.lookup(key);
    if (!head || bare.how === 'exact' || HEAD_WORDS.test(key)) return bare;
    const headed = this.lookup(this.key(`${head} ${written}`));
    const discounted = { ...headed, confidence: headed.confidence * HEADED_DISCOUNT };
    return headed.how !== 'none' && discounted.confidence > bare.confidence ? discounted : bare;
  }

  /** nameKey, remembered: the same names come back in every cell. */
  private key(written: string): string {
    let key = this.nameKeys.get(written);
    if (key === undefined) this.nameKeys.set(written, (key = nameKey(written)));
    return key;
  }

  private lookup(key: string): KeyMatch {
    const cached = this.keyCache.get(key);
    if (cached) return cached;
    const result = this.lookupUncached(key);
    this.keyCache.set(key, result);
    return result;
  }

  private lookupUncached(key: string): KeyMatch {
    if (key === '') return noMatch();
    const exact = this.byKey.get(key);
    if (exact) return { targets: exact, confidence: 1, how: 'exact', matchedKey: key };
    if (DESCRIPTION.test(key))
      return { targets: [], confidence: DESCRIPTION_CONFIDENCE, how: 'description', matchedKey: null };
    const head = HEAD_WORDS.exec(key)?.[0] ?? null;
    if (key.length < 4 || head === key) return noMatch();
    // Similar spelling is not enough: "Phòng Tài chính" is not "Sở Tài chính", nor "Sở Nội vụ" "Sở Nội vụ, Sở Tư pháp".
    const lengths = this.keyLengthsByHead.get(head) ?? [];
    if (!lengths.some((length) => similarLength(length, key.length))) return noMatch();
    const closest = this.index
      .closest(key, 5)
      .find((c) => (HEAD_WORDS.exec(c.key)?.[0] ?? null) === head && similarLength(c.key.length, key.length));
    if (!closest || closest.score < ACCEPT) return noMatch();
    return {
      targets: this.byKey.get(closest.key) ?? [],
      confidence: Math.min(FUZZY_CAP, closest.score),
      how: 'similar',
      matchedKey: closest.key,
    };
  }

  private resolve(written: string, match: KeyMatch, role: Role | null, notes: string[]): Resolved {
    const name = written.trim();
    const ref: UnitRef = { unitId: null, groupId: null, name, group: false, confidence: 0, role, note: null };
    const noteParts = [...notes];
    const finish = (warnings: PlanWarning[]): Resolved => {
      ref.note = noteParts.length > 0 ? noteParts.join('; ') : null;
      return { ref, warnings };
    };
    if (match.how === 'description') {
      return finish([
        {
          code: 'unresolved_unit',
          message: `"${name}" là cách gọi chung, không phải một đơn vị trong danh mục; nếu cần giao việc, hãy chọn đơn vị cụ thể.`,
        },
      ]);
    }
    const target = this.preferValid(match.targets);
    if (!target) {
      return finish([
        { code: 'unresolved_unit', message: `Không tìm thấy đơn vị "${name}" trong danh mục; cần chọn đơn vị.` },
      ]);
    }
    const warnings: PlanWarning[] = [];
    ref.confidence = match.confidence;
    const distinct = new Set(match.targets.map((t) => `${t.kind}:${t.id}`));
    if (distinct.size > 1 && match.targets.filter((t) => this.isValidTarget(t)).length !== 1) {
      ref.confidence *= 0.8;
      noteParts.push(`Tên này trùng với ${distinct.size} mục trong danh mục`);
    }
    if (target.kind === 'group') {
      ref.group = true;
      ref.groupId = target.id;
    } else {
      warnings.push(...this.assignUnit(ref, target.id, noteParts));
    }
    if (ref.confidence < LOW_CONFIDENCE) {
      warnings.push({
        code: 'low_confidence',
        message: `"${name}" được hiểu là "${this.displayName(target)}" (độ tin cậy ${Math.round(ref.confidence * 100)}%); cần kiểm tra.`,
      });
    }
    return finish(warnings);
  }

  /** Sets ref.unitId to the unit, or to its successor when it had ended by `asOf`. */
  private assignUnit(ref: UnitRef, unitId: string, noteParts: string[]): PlanWarning[] {
    const unit = this.units.get(unitId);
    ref.unitId = unitId;
    if (!unit || this.isValid(unit)) return [];
    if (unit.validFrom !== null && unit.validFrom > this.asOf) {
      const message = `${unit.name} chỉ hoạt động từ ngày ${formatDateVi(unit.validFrom)}, sau ngày ${formatDateVi(this.asOf)}; cần kiểm tra.`;
      noteParts.push(message);
      return [{ code: 'other', message }];
    }
    const successor = this.validSuccessor(unitId);
    const ended = `${unit.name} đã ngừng hoạt động sau ngày ${formatDateVi(unit.validTo)}`;
    if (!successor) {
      const message = `${ended} và không có đơn vị kế thừa trong danh mục; cần chọn đơn vị khác.`;
      noteParts.push(message);
      return [{ code: 'other', message }];
    }
    ref.unitId = successor.id;
    const message = `${ended}; việc được giao cho đơn vị kế thừa: ${successor.name}.`;
    noteParts.push(message);
    return [{ code: 'successor_used', message: `"${ref.name}": ${message}` }];
  }

  /** Follows merges and renames (possibly several) until a unit valid at `asOf`. */
  private validSuccessor(unitId: string): DirectoryUnit | null {
    const seen = new Set<string>([unitId]);
    let frontier = [unitId];
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        for (const succession of this.successors.get(id) ?? []) {
          if (seen.has(succession.toId)) continue;
          seen.add(succession.toId);
          const unit = this.units.get(succession.toId);
          if (unit && this.isValid(unit)) return unit;
          next.push(succession.toId);
        }
      }
      frontier = next;
    }
    return null;
  }

  private preferValid(targets: Target[]): Target | null {
    return targets.find((t) => this.isValidTarget(t)) ?? targets[0] ?? null;
  }

  private isValidTarget(target: Target): boolean {
    if (target.kind === 'group') return true;
    const unit = this.units.get(target.id);
    return unit !== undefined && this.isValid(unit);
  }

  private isValid(unit: DirectoryUnit): boolean {
    return (
      (unit.validFrom === null || unit.validFrom <= this.asOf) && (unit.validTo === null || unit.validTo >= this.asOf)
    );
  }

  private displayName(target: Target): string {
    return (target.kind === 'group' ? this.groups.get(target.id)?.name : this.units.get(target.id)?.name) ?? target.id;
  }

  private addKey(name: string, target: Target): void {
    const key = nameKey(name);
    if (key === '') return;
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [target]);
    else if (!list.some((t) => t.kind === target.kind && t.id === target.id)) list.push(target);
  }
}

function similarLength(a: number, b: number): boolean {
  return Math.min(a, b) / Math.max(a, b) >= MIN_LENGTH_RATIO;
}

function noMatch(): KeyMatch {
  return { targets: [], confidence: 0, how: 'none', matchedKey: null };
}

function joinPieces(pieces: Piece[], start: number, end: number): string {
  let text = '';
  for (let i = start; i < end; i++) {
    const piece = pieces[i];
    if (!piece) continue;
    text += (i === start ? '' : piece.separator) + piece.text;
  }
  return text.trim();
}

/** Neighbouring pieces that matched nothing are one unknown name, not several. */
function mergeUnmatched<T extends { start: number; end: number; match: KeyMatch }>(runs: T[]): T[] {
  const merged: T[] = [];
  for (const run of runs) {
    const last = merged[merged.length - 1];
    if (last && last.match.how === 'none' && run.match.how === 'none')
      merged[merged.length - 1] = { ...last, end: run.end };
    else merged.push(run);
  }
  return merged;
}

/** "(chủ trì, theo dõi)" → lead, "(phối hợp, thực hiện)" → cooperating; "theo dõi, kiểm tra" is the lead's work. */
function roleOf(notes: string[]): Role | null {
  for (const note of notes) {
    const folded = nameKey(note);
    if (/\bchu tri\b/.test(folded)) return 'lead';
    if (/\bphoi hop\b/.test(folded)) return 'cooperating';
    if (/\b(?:theo doi|don doc|kiem tra|tham muu|tong hop)\b/.test(folded)) return 'lead';
  }
  return null;
}
