import { ActionIcon, CloseButton, Group, Popover, TextInput, type TextInputProps } from '@mantine/core';
import { DatePicker } from '@mantine/dates';
import { useEffect, useState } from 'react';
import { readDateInput } from '../../../src/domain/calendar.js';
import { formatDateVi } from '../../../src/domain/text/format.js';
import { useT } from '../i18n/I18nProvider.js';

type DateFieldProps = Omit<TextInputProps, 'value' | 'onChange' | 'defaultValue'> & {
  /** YYYY-MM-DD, null when empty. */
  value: string | null;
  /**
   * A date as YYYY-MM-DD, null when emptied, or — while what is typed is not a real date — the text as
   * typed, so the form's own check (the contract's isoDate) refuses to save it instead of saving nothing.
   */
  onChange: (value: string | null) => void;
  clearable?: boolean;
  minDate?: string;
  maxDate?: string;
};

/**
 * The one calendar date field: typed as dd/mm/yyyy (ISO typed by hand is read too) or picked from a
 * calendar. A date that does not exist (31/02/2025) is refused under the field, naming it, and the
 * text stays as typed for the person to correct.
 */
export function DateField({
  value,
  onChange,
  clearable,
  minDate,
  maxDate,
  label,
  error,
  disabled,
  ...props
}: DateFieldProps) {
  const t = useT();
  const [text, setText] = useState(() => formatDateVi(value));
  const [opened, setOpened] = useState(false);
  const [checked, setChecked] = useState(false);
  // A value set from outside (a reset, another field) replaces the text, unless the text already means it.
  useEffect(() => {
    const read = readDateInput(text);
    const current = read.kind === 'date' ? read.iso : read.kind === 'empty' ? null : text;
    if (current !== value) setText(value && readDateInput(value).kind === 'date' ? formatDateVi(value) : (value ?? ''));
    // Only an outside change of the value resets the text (not each keystroke).
  }, [value]);

  const read = readDateInput(text);
  const name = typeof label === 'string' ? label : '';
  const own =
    checked && read.kind === 'invalid'
      ? t('date.invalid', { field: name, text: text.trim().slice(0, 40) }).replace(/^: /, '')
      : null;
  const change = (next: string) => {
    setText(next);
    const reading = readDateInput(next);
    if (reading.kind !== 'invalid') setChecked(false);
    onChange(reading.kind === 'date' ? reading.iso : reading.kind === 'empty' ? null : next);
  };
  const picked = read.kind === 'date' ? read.iso : null;

  return (
    <TextInput
      placeholder={t('common.datePlaceholder')}
      {...props}
      label={label}
      disabled={disabled}
      value={text}
      inputMode="numeric"
      autoComplete="off"
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={(event) => {
        setChecked(true);
        props.onBlur?.(event);
      }}
      error={own ?? error}
      rightSectionWidth={clearable && text ? 60 : 32}
      rightSection={
        <Group gap={0} wrap="nowrap">
          {clearable && text && !disabled && (
            <CloseButton size="sm" aria-label={`${t('common.cancel')}: ${name}`} onClick={() => change('')} />
          )}
          <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" disabled={disabled}>
            <Popover.Target>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="sm"
                aria-label={`${t('common.pickDate')}: ${name}`}
                onClick={() => setOpened((o) => !o)}
                disabled={disabled}
              >
                <CalendarGlyph />
              </ActionIcon>
            </Popover.Target>
            <Popover.Dropdown>
              <DatePicker
                value={picked}
                defaultDate={picked ?? maxDate ?? undefined}
                minDate={minDate}
                maxDate={maxDate}
                onChange={(date) => {
                  if (date) change(formatDateVi(date));
                  setOpened(false);
                }}
              />
            </Popover.Dropdown>
          </Popover>
        </Group>
      }
    />
  );
}

function CalendarGlyph() {
  return (
    <svg
      width="16"
      height="16"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
    >
      <rect x="3" y="5" width="18" height="16" rx="2" />
      <path d="M16 3v4M8 3v4M3 10h18" />
    </svg>
  );
}
