/**
 * A linear look at an XML part before any parser builds a tree of it: no document type declaration (the
 * home of entity expansion, "billion laughs"; Office parts never carry one), nesting no deeper and
 * elements no more numerous than a real document needs.
 */
import { AppError } from '../domain/errors.js';

export interface XmlLimits {
  maxDepth: number;
  maxElements: number;
}

export const XML_LIMITS: XmlLimits = { maxDepth: 100, maxElements: 3_000_000 };

const refused = (what: string) => new AppError('FILE_TOO_COMPLEX', { shape: what });

export function checkXmlShape(xml: string, limits: XmlLimits = XML_LIMITS): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw refused('có khai báo DOCTYPE/ENTITY');
  let depth = 0;
  let elements = 0;
  for (let at = xml.indexOf('<'); at >= 0; at = xml.indexOf('<', at + 1)) {
    const next = xml.charCodeAt(at + 1);
    if (next === 47 /* / */) {
      depth--;
      continue;
    }
    if (next === 63 /* ? */ || next === 33 /* ! comments, CDATA */) continue;
    const close = xml.indexOf('>', at);
    if (close < 0) break;
    elements++;
    if (xml.charCodeAt(close - 1) !== 47) depth++;
    if (depth > limits.maxDepth) throw refused(`các phần lồng nhau quá ${limits.maxDepth} tầng`);
    if (elements > limits.maxElements) throw refused(`quá ${limits.maxElements.toLocaleString('vi-VN')} phần tử`);
    at = close;
  }
}
