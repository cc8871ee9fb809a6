import { Text } from '@mantine/core';
import type { ReportDiff } from '../../api/reporting.js';

type Ops = ReportDiff['sections'][number]['ops'];

/** A word diff as running text: removed words struck through in red, added words on green. */
export function WordDiffText({ ops }: { ops: Ops }) {
  return (
    <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
      {ops.map((op, index) =>
        op.op === 'equal' ? (
          <span key={index}>{op.text}</span>
        ) : op.op === 'delete' ? (
          <del key={index} style={{ color: 'var(--mantine-color-red-8)', background: 'var(--mantine-color-red-0)' }}>
            {op.text}
          </del>
        ) : (
          <ins key={index} style={{ textDecoration: 'none', background: 'var(--mantine-color-green-1)' }}>
            {op.text}
          </ins>
        ),
      )}
    </Text>
  );
}
