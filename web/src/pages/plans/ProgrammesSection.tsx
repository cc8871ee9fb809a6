import { Badge, Button, Group, Paper, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { programmeRequest } from '../../../../src/contracts/programmes.js';
import {
  createProgramme,
  programmeKeys,
  programmeListQuery,
  updateProgramme,
  type ProgrammeSummary,
} from '../../api/programmes.js';
import { AnchorLink } from '../../components/AnchorLink.js';
import { FormDialog } from '../../components/FormDialog.js';
import { TableScroll } from '../../components/TableScroll.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

/** The multi-year programmes and their yearly plans; the coordinators add and edit them. */
export function ProgrammesSection({ editable }: { editable: boolean }) {
  const t = useT();
  const { data: programmes } = useQuery(programmeListQuery);
  const [editing, setEditing] = useState<ProgrammeSummary | 'new' | null>(null);
  const title = t('programmes.title');
  if (!programmes || (!programmes.length && !editable)) return null;
  return (
    <Paper withBorder p="md" component="section">
      <Group justify="space-between" mb="xs">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {t('programmes.intro')}
          </Text>
        </div>
        {editable && (
          <Button variant="default" onClick={() => setEditing('new')}>
            {t('programmes.create')}
          </Button>
        )}
      </Group>
      {programmes.length === 0 ? (
        <Text size="sm">{t('programmes.none')}</Text>
      ) : (
        <TableScroll>
          <Table aria-label={title} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('programmes.name')}</Table.Th>
                <Table.Th scope="col">{t('programmes.years')}</Table.Th>
                <Table.Th scope="col">{t('programmes.plans')}</Table.Th>
                {editable && <Table.Th scope="col" aria-label={t('common.edit')} />}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {programmes.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Td>{p.name}</Table.Td>
                  <Table.Td>
                    {p.startYear}–{p.endYear}
                  </Table.Td>
                  <Table.Td>
                    {p.plans.length === 0 ? (
                      <Text size="sm" c="dimmed">
                        {t('programmes.noPlans')}
                      </Text>
                    ) : (
                      <Group gap="xs">
                        {p.plans.map((plan) => (
                          <Group key={plan.id} gap={4}>
                            <Badge variant="light" tt="none">
                              {plan.year}
                            </Badge>
                            <AnchorLink to="/ke-hoach/$planId" params={{ planId: plan.id }} search={{}} size="sm">
                              {plan.name}
                            </AnchorLink>
                          </Group>
                        ))}
                      </Group>
                    )}
                  </Table.Td>
                  {editable && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        onClick={() => setEditing(p)}
                        aria-label={t('programmes.edit', { name: p.name })}
                      >
                        {t('common.edit')}
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      {editable && <ProgrammeDialog editing={editing} onClose={() => setEditing(null)} />}
    </Paper>
  );
}

function ProgrammeDialog({ editing, onClose }: { editing: ProgrammeSummary | 'new' | null; onClose: () => void }) {
  const t = useT();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({ name: '', startYear: '', endYear: '' });
  const { errors, serverError, stale, pending, clear, submit } = useFormSubmission();
  const [last, setLast] = useState<typeof editing>(null);
  if (editing !== last) {
    setLast(editing);
    if (editing) {
      clear();
      setForm(
        editing === 'new'
          ? { name: '', startYear: '', endYear: '' }
          : { name: editing.name, startYear: String(editing.startYear), endYear: String(editing.endYear) },
      );
    }
  }
  const save = () =>
    void submit(validateForm(programmeRequest, form), async (data) => {
      const saved =
        editing && editing !== 'new'
          ? await updateProgramme(editing.id, { ...data, version: editing.version })
          : await createProgramme(data);
      notifications.show({ color: 'green', message: t('programmes.saved', { name: saved.name }) });
      await queryClient.invalidateQueries({ queryKey: programmeKeys.all });
      onClose();
    });
  const set = (field: keyof typeof form) => (e: React.ChangeEvent<HTMLInputElement>) =>
    setForm({ ...form, [field]: e.currentTarget.value });
  return (
    <FormDialog
      opened={editing !== null}
      onClose={onClose}
      title={editing && editing !== 'new' ? t('programmes.edit', { name: editing.name }) : t('programmes.create')}
      error={serverError}
      stale={stale && { onReload: () => void queryClient.invalidateQueries({ queryKey: programmeKeys.all }) }}
      submitLabel={t('common.save')}
      pending={pending}
      onSubmit={save}
    >
      <TextInput
        label={t('programmes.name')}
        required
        value={form.name}
        onChange={set('name')}
        error={errors.name}
        data-autofocus
      />
      <Group grow>
        <TextInput
          label={t('programmes.startYear')}
          required
          inputMode="numeric"
          value={form.startYear}
          onChange={set('startYear')}
          error={errors.startYear}
        />
        <TextInput
          label={t('programmes.endYear')}
          required
          inputMode="numeric"
          value={form.endYear}
          onChange={set('endYear')}
          error={errors.endYear}
        />
      </Group>
    </FormDialog>
  );
}
