import { Alert, Button, Group, SimpleGrid, Stack, Table, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { addIssuedDocumentRequest } from '../../../../src/contracts/reporting.js';
import { addIssuedDocument, type AssignmentDetail } from '../../api/reporting.js';
import { DateField } from '../../components/DateField.js';
import { EmptyState } from '../../components/EmptyState.js';
import { Section } from '../../components/Section.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { formatDateVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { TableScroll } from '../../components/TableScroll.js';

interface IssuedDocumentsProps {
  assignment: AssignmentDetail;
  writable: boolean;
  onChanged: (next: AssignmentDetail) => void;
}

/** The documents the unit issued for the assignment (số, ký hiệu / ngày ban hành / trích yếu). */
export function IssuedDocuments({ assignment, writable, onChanged }: IssuedDocumentsProps) {
  const t = useT();
  return (
    <Section title={t('documents.title')}>
      <Stack>
        {assignment.documents.length === 0 ? (
          <EmptyState inline>{t('documents.none')}</EmptyState>
        ) : (
          <TableScroll>
            <Table aria-label={t('documents.title')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('documents.numberSymbol')}</Table.Th>
                  <Table.Th scope="col">{t('documents.issuedOn')}</Table.Th>
                  <Table.Th scope="col">{t('documents.summary')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assignment.documents.map((document) => (
                  <Table.Tr key={document.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{document.numberSymbol}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateVi(document.issuedOn)}</Table.Td>
                    <Table.Td>{document.summary}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
        )}
        {writable && <IssuedDocumentForm assignmentId={assignment.id} onChanged={onChanged} />}
      </Stack>
    </Section>
  );
}

const EMPTY = { numberSymbol: '', issuedOn: null as string | null, summary: '' };

function IssuedDocumentForm({
  assignmentId,
  onChanged,
}: {
  assignmentId: string;
  onChanged: (next: AssignmentDetail) => void;
}) {
  const t = useT();
  const [form, setForm] = useState(EMPTY);
  const { errors, serverError, pending, submit } = useFormSubmission();

  const add = (event: FormEvent) => {
    event.preventDefault();
    void submit(validateForm(addIssuedDocumentRequest, form), async (data) => {
      onChanged(await addIssuedDocument(assignmentId, data));
      notifications.show({ color: 'green', message: t('documents.added') });
      setForm(EMPTY);
    });
  };

  return (
    <form onSubmit={add} noValidate>
      <Stack gap="xs">
        {serverError && (
          <Alert color="red" role="alert">
            {serverError}
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('documents.numberSymbol')}
            placeholder={t('documents.numberHint')}
            required
            value={form.numberSymbol}
            onChange={(event) => setForm({ ...form, numberSymbol: event.currentTarget.value })}
            error={errors.numberSymbol}
          />
          <DateField
            label={t('documents.issuedOn')}
            required
            value={form.issuedOn}
            onChange={(value) => setForm({ ...form, issuedOn: value })}
            error={errors.issuedOn}
          />
          <TextInput
            label={t('documents.summary')}
            required
            value={form.summary}
            onChange={(event) => setForm({ ...form, summary: event.currentTarget.value })}
            error={errors.summary}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" variant="light" loading={pending}>
            {t('documents.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
