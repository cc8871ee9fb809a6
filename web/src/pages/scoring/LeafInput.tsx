import { Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { toMilli } from '../../../../src/domain/scoring/decimal.js';
import { scoreByMethod } from '../../../../src/domain/scoring/methods.js';
import type { CriteriaNode, LeafEntry } from '../../../../src/domain/scoring/types.js';
import { formatNumberVi } from '../../i18n/format.js';
import { useT } from '../../i18n/I18nProvider.js';
import { formatPointsVi } from './scoring-format.js';
import { NumberField } from '../../components/NumberField.js';

interface LeafInputProps {
  node: CriteriaNode;
  value: LeafEntry | null;
  onChange: (entry: LeafEntry) => void;
  /** Names the fields for screen readers: "Kết quả tự chấm mục 1.1.1". */
  label: string;
  disabled?: boolean;
}

/** The entry a leaf's method asks for: Đạt/Không đạt, a rate, a count, declared figures or points. */
export function LeafInput({ node, value, onChange, label, disabled }: LeafInputProps) {
  const t = useT();
  const method = node.method;
  if (!method) return null;
  const entry = value ?? {};
  const na = entry.notApplicable === true;
  const max = node.maxPoints ?? 0;

  let field;
  switch (method.type) {
    case 'yes_no':
      field = (
        <Radio.Group
          label={label}
          value={typeof entry.value === 'boolean' ? String(entry.value) : null}
          onChange={(v) => onChange({ value: v === 'true' })}
        >
          <Group mt={4}>
            <Radio value="true" label={t('scoring.leaf.yes')} disabled={disabled || na} />
            <Radio value="false" label={t('scoring.leaf.no')} disabled={disabled || na} />
          </Group>
        </Radio.Group>
      );
      break;
    case 'formula':
      field = (
        <Group align="flex-end" wrap="wrap">
          {method.inputs.map((input) => (
            <NumberField
              key={input.name}
              label={input.label}
              aria-label={`${label}: ${input.label}`}
              min={0}
              disabled={disabled || na}
              value={entry.inputs?.[input.name] ?? null}
              onChange={(v) => {
                const inputs = { ...entry.inputs };
                if (v === null) delete inputs[input.name];
                else inputs[input.name] = v;
                onChange({ inputs });
              }}
              w={220}
            />
          ))}
        </Group>
      );
      break;
    default: {
      const percent = method.type === 'proportional' || (method.type === 'tiers' && method.measure === 'percent');
      const hint =
        method.type === 'tiers'
          ? method.tiers
              .map(
                (tier) =>
                  `${tier.moreThan !== undefined ? '>' : '≥'} ${formatNumberVi(tier.moreThan ?? tier.atLeast ?? 0)}${percent ? '%' : ''}: ${formatPointsVi(tier.points)}`,
              )
              .join(' · ')
          : method.type === 'manual'
            ? t('scoring.leaf.manualHint', { max: formatPointsVi(max) })
            : undefined;
      field = (
        <NumberField
          label={label}
          description={hint}
          min={0}
          max={percent ? 100 : method.type === 'manual' ? max : undefined}
          suffix={percent ? '%' : undefined}
          disabled={disabled || na}
          value={typeof entry.value === 'number' ? entry.value : null}
          onChange={(v) => onChange({ value: v ?? undefined })}
          w={260}
        />
      );
    }
  }
  return (
    <Stack gap={4}>
      {field}
      {node.notApplicable && (
        <Checkbox
          label={t('scoring.leaf.notApplicable')}
          aria-label={`${t('scoring.leaf.notApplicable')}: ${label}`}
          checked={na}
          disabled={disabled}
          onChange={(event) => onChange(event.currentTarget.checked ? { notApplicable: true } : {})}
        />
      )}
    </Stack>
  );
}

/** The points an entry earns, worked out in the browser as the server will: "0,75 điểm" or why not. */
export function LivePoints({ node, entry }: { node: CriteriaNode; entry: LeafEntry | null }) {
  const t = useT();
  if (!node.method || !entry) return null;
  if (entry.notApplicable)
    return (
      <Text size="sm" c="dimmed">
        {t(node.notApplicable === 'full_marks' ? 'scoring.leaf.naFull' : 'scoring.leaf.naExcluded')}
      </Text>
    );
  const outcome = scoreByMethod(node.method, toMilli(node.maxPoints ?? 0), entry);
  return outcome.ok ? (
    <Text size="sm" fw={500}>
      {t('scoring.leaf.livePoints', { points: formatPointsVi(outcome.milli / 1000) })}
    </Text>
  ) : (
    <Text size="sm" c="red">
      {outcome.error}
    </Text>
  );
}
