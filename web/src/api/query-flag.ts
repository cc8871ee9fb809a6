/** A yes/no filter as a query carries it ('true'/'false'); absent when the screen does not set it. */
export function queryFlag(value: boolean | undefined): 'true' | 'false' | undefined {
  return value === undefined ? undefined : value ? 'true' : 'false';
}
