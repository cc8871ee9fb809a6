/**
 * The reform areas (lĩnh vực) a plan is organised by. Plans number them differently
 * (I–VIII, 1–8, direction first or last), so prose sections and appendix areas are matched
 * by topic, not by number.
 */
import { foldVietnamese } from '../text/fold.js';

export type AreaTopic =
  'direction' | 'institutions' | 'procedures' | 'organisation' | 'civilService' | 'finance' | 'digital' | 'impact';

const TOPICS: [AreaTopic, RegExp][] = [
  ['direction', /chi dao,? dieu hanh|cong tac chi dao/],
  ['institutions', /the che/],
  ['organisation', /to chuc bo may|bo may hanh chinh/],
  ['procedures', /thu tuc hanh chinh|\btthc\b/],
  ['civilService', /cong vu/],
  ['finance', /tai chinh cong/],
  ['digital', /chinh (quyen|phu) (dien tu|so)|chuyen doi so/],
  ['impact', /tac dong cua cai cach|tac dong cua cchc|tac dong den nguoi dan/],
];

/** The topic a heading names, if it names one. */
export function topicOf(title: string): AreaTopic | null {
  const folded = foldVietnamese(title);
  for (const [topic, pattern] of TOPICS) if (pattern.test(folded)) return topic;
  return null;
}
