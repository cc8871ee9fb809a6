import { TextInput, type TextInputProps } from '@mantine/core';
import { useEffect, useState } from 'react';
import { readNumberInput, type NumberInput, type NumberInputRules } from '../../../src/domain/text/numbers.js';
import { formatNumberVi } from '../../../src/domain/text/format.js';
import { useT } from '../i18n/I18nProvider.js';

type NumberFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> &
  NumberInputRules & {
    value: number | null | undefined;
    /**
     * The number read, null when emptied, or NaN while the text cannot be read (or breaks the field's
     * rules), so the form's own check refuses to save it rather than saving a guess.
     */
    onChange: (value: number | null) => void;
    /** Shown after the number, e.g. "%". */
    suffix?: string;
  };

type Refused = Extract<NumberInput, { kind: 'invalid' }>;

/** The refusal in the page's language, saying what was read. */
function refusal(read: Refused, rules: NumberInputRules, text: string, t: ReturnType<typeof useT>): string {
  const value = read.value === undefined ? '' : formatNumberVi(read.value, 6);
  if (read.reason === 'integer') return t('number.whole', { value });
  if (read.reason === 'min') return t('number.min', { min: formatNumberVi(rules.min ?? 0, 6), value });
  if (read.reason === 'max') return t('number.max', { max: formatNumberVi(rules.max ?? 0, 6), value });
  return t('number.unreadable', { text: text.trim().slice(0, 40) });
}

const show = (value: number | null | undefined) =>
  value == null || Number.isNaN(value) ? '' : formatNumberVi(value, 6);

/**
 * The one number field: typed the Vietnamese way ("60,5", "1.234,5", "1 234"; "60.5" is read as 60,5),
 * and says under the field what it understood when that differs from what was typed. What it cannot
 * read is refused under the field; the text stays as typed.
 */
export function NumberField({
  value,
  onChange,
  integer,
  min,
  max,
  suffix,
  error,
  description,
  ...props
}: NumberFieldProps) {
  const t = useT();
  const rules = { integer, min, max };
  const [text, setText] = useState(() => show(value));
  const [checked, setChecked] = useState(false);
  // A value set from outside (a status that brings 100%) replaces the text, unless the text already means it.
  useEffect(() => {
    if (Number.isNaN(value)) return;
    const read = readNumberInput(text, rules);
    const current = read.kind === 'number' ? read.value : read.kind === 'empty' ? null : NaN;
    if (current !== (value ?? null)) setText(show(value));
    // Only an outside change of the value resets the text (not each keystroke).
  }, [value]);

  const read = readNumberInput(text, rules);
  const understood =
    read.kind === 'number' && text.trim().replace(/\s*%$/, '') !== formatNumberVi(read.value, 6)
      ? t('common.numberReadAs', { value: `${formatNumberVi(read.value, 6)}${suffix ? ` ${suffix}` : ''}` })
      : null;
  // Unreadable text is pointed out once the person leaves the field ("60," is on its way to 60,5); a broken rule at once.
  const own =
    read.kind === 'invalid' && (checked || read.reason !== 'unreadable') ? refusal(read, rules, text, t) : null;

  return (
    <TextInput
      {...props}
      value={text}
      inputMode={integer ? 'numeric' : 'decimal'}
      autoComplete="off"
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const reading = readNumberInput(next, rules);
        if (reading.kind !== 'invalid') setChecked(false);
        onChange(reading.kind === 'number' ? reading.value : reading.kind === 'empty' ? null : NaN);
      }}
      onBlur={(event) => {
        setChecked(true);
        props.onBlur?.(event);
      }}
      description={
        [description, understood].filter(Boolean).length ? (
          <>
            {description}
            {description && understood ? ' · ' : ''}
            {understood}
          </>
        ) : undefined
      }
      error={own ?? error}
      rightSection={suffix}
    />
  );
}
