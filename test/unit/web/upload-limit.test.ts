import { describe, expect, it } from 'vitest';
import { UPLOAD_LIMIT_BYTES, UPLOAD_LIMIT_MB, uploadTooLargeMessage } from '../../../src/contracts/uploads.js';
import { oversizedFile } from '../../../web/src/api/upload-limit.js';
import { translate } from '../../../web/src/i18n/translate.js';
import type { MessageKey } from '../../../web/src/i18n/vi.js';

describe('the one upload limit in the browser', () => {
  it('finds a file over the limit before it is sent', () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(UPLOAD_LIMIT_BYTES)], 'vua-du.pdf'));
    expect(oversizedFile(form)).toBeNull();
    form.set('file', new File([new Uint8Array(UPLOAD_LIMIT_BYTES + 1)], 'qua-lon.pdf'));
    expect(oversizedFile(form)?.name).toBe('qua-lon.pdf');
  });

  it('says the same limit and the same message as the server, in every hint', () => {
    expect(translate('vi', 'upload.tooLarge', { name: 'qua-lon.pdf', limit: UPLOAD_LIMIT_MB })).toBe(
      uploadTooLargeMessage('qua-lon.pdf'),
    );
    const hints: MessageKey[] = ['plans.uploadFormats', 'evidence.hint', 'targets.enterEvidenceHint', 'upload.limit'];
    for (const locale of ['vi', 'en'] as const) {
      for (const key of hints)
        expect(translate(locale, key, { limit: UPLOAD_LIMIT_MB }), `${locale} ${key}`).toContain(
          `${UPLOAD_LIMIT_MB} MB`,
        );
    }
    // No hint carries a number of its own.
    for (const key of hints) expect(translate('vi', key), key).toContain('{limit} MB');
  });
});
