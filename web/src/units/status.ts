/** Whether a unit had stopped being valid before the given day (validTo is the last valid day). */
export function isExpired(validTo: string | null, today: string): boolean {
  return validTo !== null && validTo < today;
}
