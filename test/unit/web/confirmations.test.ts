/** What the confirmation dialogs say before an irreversible or wide action: the real figures. */
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import type { roundDetail } from '../../../src/contracts/scoring.js';
import { translate, type TranslateParams } from '../../../web/src/i18n/translate.js';
import type { MessageKey } from '../../../web/src/i18n/vi.js';
import { advanceConfirmation } from '../../../web/src/pages/scoring/advance-confirm.js';
import { unitsNotSubmitted } from '../../../web/src/reporting/not-submitted.js';

type RoundDetail = z.infer<typeof roundDetail>;
const t = (key: MessageKey, params?: TranslateParams) => translate('vi', key, params);
const unit = (name: string, submittedAt: string | null) => ({
  unitId: name,
  code: name,
  name,
  rankGroup: 'department',
  submittedAt,
  version: 1,
});

/** A round of 14 units, one of them submitted, self-assessment open until 31/12/2026. */
const round = {
  name: 'Chỉ số CCHC các sở năm 2026',
  status: 'self_assessment',
  selfAssessmentFrom: '2026-11-01',
  selfAssessmentTo: '2026-12-31',
  appraisalFrom: '2027-01-05',
  appraisalTo: '2027-01-31',
  explanationTo: '2027-02-15',
  units: 14,
  submitted: 1,
  roundUnits: [
    unit('Sở Tư pháp', '2026-11-20T03:00:00Z'),
    ...Array.from({ length: 13 }, (_, i) => unit(`Sở số ${String(i + 1).padStart(2, '0')}`, null)),
  ],
} as unknown as RoundDetail;

describe('before moving a scoring round on', () => {
  it('says how many units submitted, lists who has not, and how many days of self-assessment are left', () => {
    const asked = advanceConfirmation(round, 'appraisal', '2026-12-03', t);
    expect(asked.title).toBe('Chuyển sang thẩm định?');
    expect(asked.confirmLabel).toBe('Chuyển sang thẩm định');
    expect(asked.lines).toEqual([
      'Đợt "Chỉ số CCHC các sở năm 2026" sẽ chuyển từ giai đoạn "Tự đánh giá" sang "Thẩm định".',
      'Đã gửi kết quả tự đánh giá: 1/14 đơn vị.',
      'Thời hạn tự đánh giá còn 28 ngày (đến hết 31/12/2026).',
      'Không thể quay lại giai đoạn trước.',
    ]);
    expect(asked.names?.label).toBe('Chưa gửi (13 đơn vị) — sẽ không tự đánh giá được nữa:');
    expect(asked.names?.items).toHaveLength(13);
    expect(asked.names?.items).not.toContain('Sở Tư pháp');
  });

  it('says when the window ends today, and nothing about days once it has passed', () => {
    expect(advanceConfirmation(round, 'appraisal', '2026-12-31', t).lines).toContain(
      'Hôm nay là ngày cuối của thời hạn tự đánh giá (31/12/2026).',
    );
    expect(advanceConfirmation(round, 'appraisal', '2027-01-02', t).lines.join(' ')).not.toMatch(
      /ngày tự đánh giá|ngày cuối/,
    );
  });

  it('says publishing shows every unit the results', () => {
    const asked = advanceConfirmation({ ...round, status: 'approved' }, 'published', '2027-03-01', t);
    expect(asked.lines).toContain(
      'Kết quả và xếp hạng của 14 đơn vị sẽ được công bố cho mọi người dùng, kể cả các đơn vị.',
    );
    expect(asked.names).toBeUndefined();
  });
});

describe('before reminding', () => {
  it('names every unit without a submitted report: missing, draft and returned, each once', () => {
    const entry = (unitName: string, standing: string) =>
      ({ unitId: unitName, unitName, standing, timeliness: 'overdue', firstSubmittedOn: null }) as never;
    const names = unitsNotSubmitted({
      missing: [{ id: 'UBND xã Cam Lộ', name: 'UBND xã Cam Lộ', kind: 'commune', level: 'commune' }],
      entries: [
        entry('UBND xã Cam Lộ', 'missing'),
        entry('Sở Tư pháp', 'draft'),
        entry('Sở Nội vụ', 'returned'),
        entry('Sở Y tế', 'under_review'),
        entry('Sở Tài chính', 'accepted'),
      ],
    });
    expect(names).toEqual(['Sở Nội vụ', 'Sở Tư pháp', 'UBND xã Cam Lộ']);
  });
});
