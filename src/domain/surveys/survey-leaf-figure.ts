/**
 * Which satisfaction figure measures a scoring criterion scored by survey (source 'survey'): a criterion about
 * people's and organisations' satisfaction (SIPAS, "người dân, tổ chức … đánh giá") is the unit's share
 * satisfied; one about the staff's attitude is the staff pillar's share. A criterion linked to a surveys.*
 * figure keeps its link. Online public services (asked of their users, not at the desk) and others (leaders' or officials' assessments) are not measured by the public's answers:
 * null, their points stay typed or imported.
 */
import type { FigureKey } from '../figures/catalogue.js';

export function surveyFigureOfLeaf(leaf: { title: string; linkedFigure?: string }): FigureKey | null {
  if (leaf.linkedFigure?.startsWith('surveys.satisfied_rate')) return leaf.linkedFigure as FigureKey;
  const title = leaf.title.toLowerCase();
  // Online public services are not what the one-stop desk's respondents are asked about.
  if (/trực tuyến/.test(title)) return null;
  if (/thái độ phục vụ/.test(title)) return 'surveys.satisfied_rate.staff';
  if (/sipas|hài lòng|người dân, tổ chức/.test(title)) return 'surveys.satisfied_rate';
  return null;
}
