/** How the reporting rules answer "no": a machine code, a Vietnamese message, the field to fix. */
export interface Issue<Code extends string = string> {
  code: Code;
  message: string;
  field?: string;
}

export type Result<T, Code extends string = string> = { ok: true; value: T } | { ok: false; issues: Issue<Code>[] };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });
export const fail = <Code extends string>(issues: Issue<Code>[]): { ok: false; issues: Issue<Code>[] } => ({
  ok: false,
  issues,
});
