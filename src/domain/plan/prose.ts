/**
 * The plan's text outside the appendix: paragraphs cut by a page break are joined again, and
 * each paragraph knows the numbered section it sits in (so a target under "3. Cải cách tổ
 * chức bộ máy" belongs to that area).
 */
import { foldVietnamese } from '../text/fold.js';
import { topicOf, type AreaTopic } from './areas.js';
import type { DocumentParagraph } from './document.js';
import { endsSentence, startsAsContinuation } from './text.js';

export interface ProseParagraph {
  text: string;
  line: number | null;
  /** The topic of the nearest numbered heading above, if it names a reform area. */
  topic: AreaTopic | null;
  /** Number of that heading ("3", "II"), for plans whose areas exist only in the prose. */
  sectionNumber: string | null;
  sectionTitle: string | null;
  /** Inside a "Chỉ tiêu" subsection: every numeric sentence there is a target. */
  inTargets: boolean;
  /** The "a) Chỉ tiêu" heading itself. */
  isTargetsHeading: boolean;
  /** Recitals, distribution list, signature: never read for targets. */
  boilerplate: boolean;
}

const SECTION = /^(?:(?:PHẦN|Phần)\s+)?([IVXLC]+|\d{1,2})[.)]\s+(.{3,200})$/su;
const TOP_SECTION = /^([IVXLC]+)[.)]\s/u;
const TARGETS_HEADING = /^(?:[a-zđ]\)|[IVX]+\.|\d+(?:\.\d+)*\.?)?\s*(?:các\s+)?chỉ tiêu(?!\p{L})/iu;
const LIST_START = /^\s*(?:[-+•–]\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s)/iu;
const BOILERPLATE_START = /^(căn cứ|nơi nhận|tm\.|kt\.|thực hiện nghị quyết|theo đề nghị)/iu;

/** Join paragraphs that a page break split in the middle of a sentence. */
export function joinBrokenParagraphs(paragraphs: DocumentParagraph[]): DocumentParagraph[] {
  const out: DocumentParagraph[] = [];
  for (const paragraph of paragraphs) {
    const previous = out.at(-1);
    if (
      previous &&
      !paragraph.listItem &&
      !LIST_START.test(paragraph.text) &&
      !previous.bold &&
      paragraph.headingLevel === 0 &&
      previous.headingLevel === 0 &&
      !previous.footnoteDefinition &&
      !paragraph.footnoteDefinition &&
      !endsSentence(previous.text) &&
      !/[:;]$/.test(previous.text.trim()) &&
      startsAsContinuation(paragraph.text) &&
      /^\p{Ll}/u.test(paragraph.text.trim())
    ) {
      out[out.length - 1] = {
        ...previous,
        text: `${previous.text} ${paragraph.text}`,
        footnotes: [...previous.footnotes, ...paragraph.footnotes],
      };
      continue;
    }
    out.push(paragraph);
  }
  return out;
}

/** Annotate prose paragraphs with their section. */
export function readProse(paragraphs: DocumentParagraph[]): ProseParagraph[] {
  let topic: AreaTopic | null = null;
  let sectionNumber: string | null = null;
  let sectionTitle: string | null = null;
  let inTargets = false;
  let boilerplateSection = false;
  return joinBrokenParagraphs(paragraphs)
    .filter((p) => !p.footnoteDefinition)
    .map((paragraph) => {
      const text = paragraph.text.trim();
      const section = SECTION.exec(text);
      const isHeading =
        section && (paragraph.bold || paragraph.headingLevel > 0 || text.length < 160 || /:/.test(text.slice(0, 160)));
      if (section && isHeading) {
        const title = (section[2] ?? '').split(/:\s/)[0] ?? '';
        const headingTopic = topicOf(title);
        if (TOP_SECTION.test(text)) {
          // A new top-level part resets the area; "TỔ CHỨC THỰC HIỆN" and the like have none.
          topic = headingTopic;
          sectionNumber = headingTopic ? (section[1] ?? null) : null;
          sectionTitle = headingTopic ? title : null;
          boilerplateSection = false;
        } else if (headingTopic) {
          topic = headingTopic;
          sectionNumber = section[1] ?? null;
          sectionTitle = title;
        }
        inTargets = false;
      }
      const isTargetsHeading = TARGETS_HEADING.test(text) && text.length < 60;
      if (isTargetsHeading) inTargets = true;
      else if (/^(?:[a-zđ]\)|\d+(?:\.\d+)+\.?)\s*(?:các\s+)?(?:nhiệm vụ|giải pháp)(?!\p{L})/iu.test(text))
        inTargets = false;
      if (/^nơi nhận/iu.test(text)) boilerplateSection = true;
      return {
        text,
        line: paragraph.line,
        topic,
        sectionNumber,
        sectionTitle,
        inTargets,
        isTargetsHeading,
        boilerplate:
          boilerplateSection || BOILERPLATE_START.test(text) || /^(TM|KT)\./u.test(foldVietnamese(text).toUpperCase()),
      };
    });
}
