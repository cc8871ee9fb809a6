import { Button, FileButton, TextInput } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { endpoints } from '../../../../src/contracts/endpoints/index.js';
import { indexRequest, indexTargetRequest } from '../../../../src/contracts/indices.js';
import { call, upload } from '../../api/client.js';
import { FormDialog } from '../../components/FormDialog.js';
import { NumberField } from '../../components/NumberField.js';
import { useFormSubmission } from '../../components/useFormSubmission.js';
import { validateForm } from '../../forms/validate.js';
import { useT } from '../../i18n/I18nProvider.js';

const reloadIndices = (client: ReturnType<typeof useQueryClient>) =>
  client.invalidateQueries({ queryKey: ['indices'] });

/** "Thêm chỉ số": an index the seed does not know (code, name, publisher, maximum). */
export function AddIndexButton({ onAdded }: { onAdded: (code: string) => void }) {
  const t = useT();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [publisher, setPublisher] = useState('');
  const [maxScore, setMaxScore] = useState<number | null>(null);
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  const save = () =>
    void submit(validateForm(indexRequest, { code, name, publisher, maxScore, areas: [] }), async (body) => {
      const made = await call(endpoints.createNationalIndex, { body });
      await reloadIndices(client);
      setOpen(false);
      onAdded(made.code);
    });
  return (
    <>
      <Button
        variant="light"
        onClick={() => {
          clear();
          setOpen(true);
        }}
      >
        {t('ix.addIndex')}
      </Button>
      <FormDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={t('ix.addIndex')}
        error={serverError}
        submitLabel={t('ix.save')}
        pending={pending}
        onSubmit={save}
      >
        <TextInput
          label={t('ix.code')}
          description={t('ix.codeHint')}
          value={code}
          error={errors.code}
          onChange={(e) => setCode(e.currentTarget.value)}
        />
        <TextInput
          label={t('ix.name')}
          value={name}
          error={errors.name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label={t('ix.publisher')}
          value={publisher}
          error={errors.publisher}
          onChange={(e) => setPublisher(e.currentTarget.value)}
        />
        <NumberField label={t('ix.maxScore')} value={maxScore} onChange={setMaxScore} error={errors.maxScore} />
      </FormDialog>
    </>
  );
}

/** "Đặt mục tiêu": the plan's words on an index in a year ("nhóm 15 tỉnh dẫn đầu", "tăng 2 bậc"). */
export function AddTargetButton({ code }: { code: string }) {
  const t = useT();
  const client = useQueryClient();
  const [open, setOpen] = useState(false);
  const [year, setYear] = useState<number | null>(new Date().getFullYear());
  const [text, setText] = useState('');
  const [areaCode, setAreaCode] = useState('');
  const { errors, serverError, pending, clear, submit } = useFormSubmission();
  const save = () =>
    void submit(
      validateForm(indexTargetRequest, { indexCode: code, year, text, areaCode: areaCode.trim() || null }),
      async (body) => {
        await call(endpoints.addIndexTarget, { body });
        await reloadIndices(client);
        setOpen(false);
      },
    );
  return (
    <>
      <Button
        size="xs"
        variant="light"
        onClick={() => {
          clear();
          setOpen(true);
        }}
      >
        {t('ix.addTarget')}
      </Button>
      <FormDialog
        opened={open}
        onClose={() => setOpen(false)}
        title={t('ix.addTarget')}
        error={serverError}
        submitLabel={t('ix.save')}
        pending={pending}
        onSubmit={save}
      >
        <NumberField label={t('ix.year')} value={year} onChange={setYear} integer error={errors.year} />
        <TextInput
          label={t('ix.targetText')}
          description={t('ix.targetHint')}
          value={text}
          error={errors.text}
          onChange={(e) => setText(e.currentTarget.value)}
        />
        <TextInput
          label={t('ix.targetArea')}
          value={areaCode}
          error={errors.areaCode}
          onChange={(e) => setAreaCode(e.currentTarget.value)}
        />
      </FormDialog>
    </>
  );
}

/** Attaches the published document of one year's result; the table then links it for download. */
export function SourceUpload({
  resultId,
  year,
  onMessage,
}: {
  resultId: string;
  year: number;
  onMessage: (message: string) => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const [pending, setPending] = useState(false);
  const send = async (file: File | null) => {
    if (!file) return;
    const form = new FormData();
    form.append('file', file);
    setPending(true);
    try {
      await upload(endpoints.attachIndexSource, { params: { id: resultId } }, form);
      await reloadIndices(client);
      onMessage(t('ix.sourceAttached', { name: file.name, year }));
    } catch (error) {
      onMessage((error as Error).message);
    } finally {
      setPending(false);
    }
  };
  return (
    <FileButton onChange={(f) => void send(f)}>
      {(props) => (
        <Button size="xs" variant="subtle" loading={pending} aria-label={t('ix.attachFor', { year })} {...props}>
          {t('ix.attach')}
        </Button>
      )}
    </FileButton>
  );
}
