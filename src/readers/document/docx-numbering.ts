/**
 * Word's automatic numbering (word/numbering.xml): the "1.", "a)", "I." or bullet a numbered
 * paragraph shows is not in its text, so it is computed here from the list definitions.
 */
import { attrOf, child, kids, tagOf, type XNode } from './docx-xml.js';
import { numberToRoman } from '../../domain/plan/text.js';

interface Level {
  format: string;
  text: string;
  start: number;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function format(value: number, fmt: string): string {
  switch (fmt) {
    case 'upperRoman':
      return numberToRoman(value);
    case 'lowerRoman':
      return numberToRoman(value).toLowerCase();
    case 'upperLetter':
      return (LETTERS[(value - 1) % 26] ?? 'a').toUpperCase();
    case 'lowerLetter':
      return LETTERS[(value - 1) % 26] ?? 'a';
    case 'decimalZero':
      return String(value).padStart(2, '0');
    default:
      return String(value);
  }
}

export class Numbering {
  private readonly abstractLevels = new Map<string, Map<number, Level>>();
  private readonly numToAbstract = new Map<string, string>();
  private readonly counters = new Map<string, number[]>();

  constructor(xml: XNode[] | null) {
    const root = xml?.map((n) => (tagOf(n) === 'w:numbering' ? n : undefined)).find(Boolean);
    for (const node of root ? kids(root) : []) {
      const tag = tagOf(node);
      if (tag === 'w:abstractNum') {
        const levels = new Map<number, Level>();
        for (const lvl of kids(node)) {
          if (tagOf(lvl) !== 'w:lvl') continue;
          levels.set(Number(attrOf(lvl, 'w:ilvl') ?? 0), {
            format: attrOf(child(lvl, 'w:numFmt') ?? {}, 'w:val') ?? 'decimal',
            text: attrOf(child(lvl, 'w:lvlText') ?? {}, 'w:val') ?? '',
            start: Number(attrOf(child(lvl, 'w:start') ?? {}, 'w:val') ?? 1),
          });
        }
        this.abstractLevels.set(attrOf(node, 'w:abstractNumId') ?? '', levels);
      } else if (tag === 'w:num') {
        this.numToAbstract.set(
          attrOf(node, 'w:numId') ?? '',
          attrOf(child(node, 'w:abstractNumId') ?? {}, 'w:val') ?? '',
        );
      }
    }
  }

  /** The label of the next paragraph in list `numId` at level `ilvl` ("1.2.", "-", "a)"). */
  label(numId: string | undefined, ilvl: string | undefined): string | null {
    if (!numId || numId === '0') return null;
    const levels = this.abstractLevels.get(this.numToAbstract.get(numId) ?? '');
    const level = Number(ilvl ?? 0);
    const def = levels?.get(level);
    if (!levels || !def) return null;
    if (def.format === 'bullet') return '-';
    if (def.format === 'none') return null;
    const counters = this.counters.get(numId) ?? [];
    counters[level] = (counters[level] ?? def.start - 1) + 1;
    counters.length = level + 1;
    this.counters.set(numId, counters);
    return def.text.replace(/%(\d)/g, (_, n: string) => {
      const index = Number(n) - 1;
      const levelDef = levels.get(index);
      return format(counters[index] ?? levelDef?.start ?? 1, levelDef?.format ?? 'decimal');
    });
  }
}
