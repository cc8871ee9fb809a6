import { Select, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { Role } from '../../../../src/contracts/auth.js';
import { createSsoAccountRuleRequest } from '../../../../src/contracts/sso-rules.js';
import { createSsoRule, ssoRuleKeys } from '../../api/sso-rules.js';
import { useOnOpen } from '../../components/useOnOpen.js';
import { FormDialog } from '../../components/FormDialog.js';
import { UnitPicker } from '../../components/UnitPicker.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';
import { roleOptions } from '../../units/labels.js';

interface RuleForm {
  emailDomain: string;
  role: Role;
  unitId: string | null;
  unitName: string | null;
}

const EMPTY: RuleForm = { emailDomain: '', role: 'reporter', unitId: null, unitName: null };

/** An e-mail domain, and the role and unit an account made at its people's first single sign-on gets. */
export function AddSsoRuleDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState<RuleForm>(EMPTY);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  useOnOpen(opened, () => {
    setForm(EMPTY);
    clear();
  });

  const save = () =>
    void submit(validateForm(createSsoAccountRuleRequest, form), async (data) => {
      const rule = await createSsoRule(data);
      await queryClient.invalidateQueries({ queryKey: ssoRuleKeys.all });
      notifications.show({ color: 'green', message: t('sso.added', { domain: rule.emailDomain }) });
      onClose();
    });

  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('sso.addTitle')}
      error={serverError}
      submitLabel={t('sso.addSubmit')}
      pending={pending}
      onSubmit={save}
    >
      <TextInput
        label={t('sso.domain')}
        description={t('sso.domainHint')}
        required
        autoComplete="off"
        value={form.emailDomain}
        onChange={(event) => {
          const emailDomain = event.currentTarget.value;
          setForm((current) => ({ ...current, emailDomain }));
        }}
        error={errors.emailDomain}
        data-autofocus
      />
      <Select
        label={t('sso.role')}
        required
        allowDeselect={false}
        data={roleOptions(t).filter((option) => option.value !== 'admin')}
        value={form.role}
        onChange={(value) => value && setForm((current) => ({ ...current, role: value as Role }))}
        error={errors.role}
      />
      <UnitPicker
        label={t('sso.unit')}
        required={form.role === 'reporter'}
        value={form.unitId}
        valueLabel={form.unitName}
        onChange={(unitId, unitName) => setForm((current) => ({ ...current, unitId, unitName }))}
        error={errors.unitId}
      />
    </FormDialog>
  );
}
