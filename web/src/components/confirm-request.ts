/** What a confirmation dialog asks (ConfirmDialog.tsx); plain data, so the questions are built and tested without a browser. */
export interface ConfirmRequest {
  title: string;
  /** What will happen, with the real figures: one sentence per line. */
  lines: string[];
  /** Names the action affects (units that have not submitted…), listed under the lines. */
  names?: { label: string; items: string[] };
  confirmLabel: string;
  /** 'red' for what cannot be undone. */
  color?: string;
}
