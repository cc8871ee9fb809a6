import { Group, Select, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { scoringMethodSchema } from '../../../../src/contracts/criteria.js';
import { useT } from '../../i18n/I18nProvider.js';
import { methodParams, type EditableNode } from './criteria-edit.js';
import { FormDialog } from '../../components/FormDialog.js';
import { NumberField } from '../../components/NumberField.js';

const METHODS = ['yes_no', 'tiers', 'proportional', 'formula', 'manual'] as const;

/** Edits one node of a criteria set: title, maximum, kind, source, method and its parameters, guidance. */
export function NodeDialog({
  node,
  onSave,
  onClose,
}: {
  node: EditableNode;
  onSave: (node: EditableNode) => void;
  onClose: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState(node);
  const [methodType, setMethodType] = useState<string | null>(node.method?.type ?? null);
  const [params, setParams] = useState(methodParams(node.method));
  const [error, setError] = useState<string | null>(null);
  const set = (change: Partial<EditableNode>) => setDraft((d) => ({ ...d, ...change }));

  const save = () => {
    const next: EditableNode = { ...draft };
    delete next.method;
    if (methodType) {
      let extra: object = {};
      try {
        extra = params.trim() ? (JSON.parse(params) as object) : {};
      } catch {
        setError(t('scoring.editor.badParams'));
        return;
      }
      const parsed = scoringMethodSchema.safeParse({ ...extra, type: methodType });
      if (!parsed.success) {
        setError(
          `${t('scoring.editor.badMethod')} ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
        );
        return;
      }
      next.method = parsed.data;
    }
    for (const key of Object.keys(next) as (keyof EditableNode)[])
      if (next[key] === undefined || next[key] === '') delete next[key];
    onSave(next);
  };

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('scoring.editor.nodeTitle', { code: node.code })}
      size="lg"
      error={error}
      submitLabel={t('scoring.editor.apply')}
      pending={false}
      onSubmit={save}
    >
      <Group grow>
        <TextInput
          label={t('scoring.editor.code')}
          value={draft.code}
          onChange={(e) => set({ code: e.currentTarget.value })}
        />
        <NumberField
          label={t('scoring.editor.maxPoints')}
          description={t('scoring.editor.maxPointsHint')}
          min={0}
          value={draft.maxPoints ?? null}
          onChange={(v) => set({ maxPoints: v ?? undefined })}
        />
      </Group>
      <Textarea
        label={t('scoring.editor.titleField')}
        autosize
        minRows={2}
        value={draft.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
      />
      <Group grow>
        <Select
          label={t('scoring.editor.kind')}
          data={['criterion', 'bonus', 'penalty'].map((k) => ({
            value: k,
            label: t(`scoring.kind.${k}` as 'scoring.kind.bonus'),
          }))}
          value={draft.kind ?? 'criterion'}
          onChange={(v) => set({ kind: v === 'criterion' || !v ? undefined : (v as EditableNode['kind']) })}
        />
        <Select
          label={t('scoring.editor.source')}
          data={['self', 'survey'].map((s) => ({ value: s, label: t(`scoring.source.${s}` as 'scoring.source.self') }))}
          value={draft.source ?? 'self'}
          onChange={(v) => set({ source: v === 'survey' ? 'survey' : undefined })}
        />
      </Group>
      <Group grow>
        <Select
          label={t('scoring.editor.method')}
          placeholder={t('scoring.editor.noMethod')}
          clearable
          data={METHODS.map((m) => ({ value: m, label: t(`scoring.method.${m}`) }))}
          value={methodType}
          onChange={setMethodType}
        />
        <Select
          label={t('scoring.editor.notApplicable')}
          clearable
          data={[
            { value: 'full_marks', label: t('scoring.leaf.naFull') },
            { value: 'exclude', label: t('scoring.leaf.naExcluded') },
          ]}
          value={draft.notApplicable ?? null}
          onChange={(v) => set({ notApplicable: (v ?? undefined) as EditableNode['notApplicable'] })}
        />
      </Group>
      {(methodType === 'tiers' || methodType === 'formula') && (
        <Textarea
          label={t('scoring.editor.params')}
          description={t(methodType === 'tiers' ? 'scoring.editor.tiersHint' : 'scoring.editor.formulaHint')}
          autosize
          minRows={3}
          styles={{ input: { fontFamily: 'monospace' } }}
          value={params}
          onChange={(e) => setParams(e.currentTarget.value)}
        />
      )}
      <TextInput
        label={t('scoring.editor.linkedFigure')}
        value={draft.linkedFigure ?? ''}
        onChange={(e) => set({ linkedFigure: (e.currentTarget.value || undefined) as EditableNode['linkedFigure'] })}
      />
      <Textarea
        label={t('scoring.editor.guidance')}
        autosize
        minRows={2}
        value={draft.guidance ?? ''}
        onChange={(e) => set({ guidance: e.currentTarget.value || undefined })}
      />
    </FormDialog>
  );
}
