import { useState } from 'react';
import { isApiError } from '../api/client.js';
import { serverFieldErrors, type FieldErrors, type Validation } from '../forms/validate.js';
import { useT } from '../i18n/I18nProvider.js';

/**
 * The state a form dialog keeps around one submit: the field errors, the message of a refusal, whether the
 * refusal was a stale version, and whether the submit is still running.
 */
export function useFormSubmission() {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);
  const [pending, setPending] = useState(false);

  /** Back to a clean form (on opening it again, or after a reload). */
  const clear = () => {
    setErrors({});
    setServerError(null);
    setStale(false);
  };

  /**
   * A failed check puts its messages under the fields; a passed one runs `work` while the dialog shows it pending.
   * A refusal puts the server's field issues under the fields and its message above them.
   */
  const submit = async <T>(checked: Validation<T>, work: (data: T) => Promise<void>) => {
    setServerError(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setPending(true);
    try {
      await work(checked.data);
    } catch (caught) {
      if (isApiError(caught)) setErrors(serverFieldErrors(caught.details));
      if (isApiError(caught, 'STALE_VERSION')) setStale(true);
      setServerError(isApiError(caught) ? caught.message : t('error.network'));
    } finally {
      setPending(false);
    }
  };

  return { errors, serverError, stale, pending, clear, submit };
}
