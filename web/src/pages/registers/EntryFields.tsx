import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import type { RegisterDeclaration } from '../../../../src/domain/registers/kit.js';
import { typedFields } from '../../../../src/domain/registers/kit.js';
import { DateField } from '../../components/DateField.js';
import { NumberField } from '../../components/NumberField.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import type { FieldErrors } from '../../forms/validate.js';

/** The form of an entry, built from the register's declaration: one input per typed field, its label and error. */
export function EntryFields({
  declaration,
  values,
  onChange,
  errors,
}: {
  declaration: RegisterDeclaration;
  values: Record<string, unknown>;
  onChange: (values: Record<string, unknown>) => void;
  errors: FieldErrors;
}) {
  const set = (key: string, value: unknown) => onChange({ ...values, [key]: value });
  return (
    <Stack gap="sm">
      {typedFields(declaration).map(([key, spec]) => {
        const common = { label: spec.label, required: spec.required, error: errors[key], description: spec.hint };
        const value = values[key];
        switch (spec.kind) {
          case 'date':
            return (
              <DateField
                key={key}
                {...common}
                value={(value as string | undefined) ?? null}
                onChange={(v) => set(key, v)}
              />
            );
          case 'number':
            return (
              <NumberField
                key={key}
                {...common}
                value={(value as number | undefined) ?? null}
                onChange={(v) => set(key, v)}
              />
            );
          case 'choice':
            return (
              <Select
                key={key}
                {...common}
                data={spec.choices.map((c) => ({ value: c.value, label: c.label }))}
                value={(value as string | undefined) ?? null}
                onChange={(v) => set(key, v)}
                clearable={!spec.required}
              />
            );
          case 'unit':
            return (
              <UnitPicker
                key={key}
                label={spec.label}
                required={spec.required}
                error={errors[key]}
                value={(value as string | undefined) ?? null}
                onChange={(id) => set(key, id)}
              />
            );
          case 'text':
            return spec.multiline ? (
              <Textarea
                key={key}
                {...common}
                autosize
                minRows={2}
                value={(value as string | undefined) ?? ''}
                onChange={(e) => set(key, e.currentTarget.value)}
              />
            ) : (
              <TextInput
                key={key}
                {...common}
                value={(value as string | undefined) ?? ''}
                onChange={(e) => set(key, e.currentTarget.value)}
              />
            );
          default:
            return null;
        }
      })}
    </Stack>
  );
}

/** What the form sends: empty texts and unset values left out (the server's schema then says what is missing). */
export function formFields(declaration: RegisterDeclaration, values: Record<string, unknown>) {
  return Object.fromEntries(
    typedFields(declaration)
      .map(([key]) => [key, values[key]] as const)
      .filter(([, v]) => v !== null && v !== undefined && v !== ''),
  );
}
