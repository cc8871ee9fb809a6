import { DateInput, type DateInputProps } from '@mantine/dates';
import { parseDateVi } from '../forms/dates.js';
import { useT } from '../i18n/I18nProvider.js';

type DateFieldProps = Omit<DateInputProps, 'value' | 'onChange' | 'valueFormat' | 'dateParser'> & {
  value: string | null;
  onChange: (value: string | null) => void;
};

/** A calendar date field shown and typed as dd/mm/yyyy, valued as YYYY-MM-DD. */
export function DateField({ value, onChange, ...props }: DateFieldProps) {
  const t = useT();
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseDateVi}
      placeholder={t('common.datePlaceholder')}
      clearButtonProps={{ 'aria-label': `${t('common.cancel')}: ${String(props.label ?? '')}` }}
      {...props}
      value={value}
      onChange={onChange}
    />
  );
}
