/**
 * The demo province's national indices: four published years of PAR INDEX and SIPAS, illustrative figures
 * ("Số liệu minh họa"), with the 2025 merger as it happened: Quảng Trị and Quảng Bình each kept, labelled, until
 * 2024, the merged Quảng Trị ranked among 34 from 2025; and the plan's targets on the last year. Idempotent: once
 * any result exists nothing is added.
 */
import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client.js';
import { indexResults, users } from '../../db/schema/index.js';
import type { FileStore } from '../../files/file-store.js';
import type { ServiceContext } from '../context.js';
import { addIndexTarget } from '../indices/add-index-target.js';
import { recordIndexResult } from '../indices/record-index-result.js';
import { seededIndices } from '../indices/steps/ensure-indices.js';

const MERGED_FROM = 2025;
/** Per province, the share of each area's maximum reached in the first year, and the yearly gain. */
const PROVINCES = [
  { province: 'Quảng Trị', base: 0.84, gain: 0.012, rank: 38 },
  { province: 'Quảng Bình', base: 0.86, gain: 0.008, rank: 29 },
];

const round2 = (x: number) => Math.round(x * 100) / 100;

export async function loadDemoIndices(db: Database, files: FileStore, year: number): Promise<void> {
  const [any] = await db.select({ id: indexResults.id }).from(indexResults).limit(1);
  if (any) return;
  const [user] = await db.select().from(users).where(eq(users.username, 'snv.cchc'));
  if (!user) return;
  const ctx: ServiceContext = {
    db,
    files,
    actor: { userId: user.id, role: user.role, unitId: user.unitId },
    now: () => new Date(`${year}-04-15T09:00:00+07:00`),
  };
  const par = seededIndices().find((i) => i.code === 'PAR_INDEX')!;
  const last = year - 1;
  for (let y = last - 3; y <= last; y++) {
    const merged = y >= MERGED_FROM;
    const step = y - (last - 3);
    const who = merged ? [PROVINCES[0]!] : PROVINCES;
    for (const [i, p] of who.entries()) {
      // Uneven areas, so lost points differ: area 5 (public service) and 8 lag.
      const share = (code: string) =>
        Math.min(
          0.99,
          p.base + p.gain * step + (code === '5' || code.startsWith('8') ? -0.07 : 0.02 * ((i + code.length) % 3)),
        );
      const parts = par.areas.map((a) => ({
        ...a,
        parent: a.parent ?? null,
        score: a.code === '8' ? null : round2((a.maxPoints ?? 0) * share(a.code)),
      }));
      const score = round2(parts.filter((a) => a.code !== '8').reduce((s, a) => s + (a.score ?? 0), 0));
      const label = merged ? '' : `${p.province} (trước sáp nhập)`;
      const rank = merged ? 12 : Math.max(1, p.rank - step * 4);
      const rankOf = merged ? 34 : 63;
      const note = 'Số liệu minh họa của bản demo';
      await recordIndexResult(ctx, 'PAR_INDEX', {
        year: y,
        province: p.province,
        label,
        own: true,
        score,
        rank,
        rankOf,
        areas: parts,
        declaredSums: [],
        sourceNote: note,
      });
      await recordIndexResult(ctx, 'SIPAS', {
        year: y,
        province: p.province,
        label,
        own: true,
        score: round2(100 * (p.base + 0.02 + p.gain * step)),
        rank: merged ? 9 : Math.max(1, p.rank - 6 - step * 3),
        rankOf,
        areas: [],
        declaredSums: [],
        sourceNote: note,
      });
    }
    // A neighbour for comparison.
    await recordIndexResult(ctx, 'PAR_INDEX', {
      year: y,
      province: 'Huế',
      label: '',
      own: false,
      score: round2(88 + step * 0.6),
      rank: merged ? 6 : 14 - step,
      rankOf: merged ? 34 : 63,
      areas: [],
      declaredSums: [],
      sourceNote: 'Số liệu minh họa của bản demo',
    });
  }
  await addIndexTarget(ctx, {
    indexCode: 'PAR_INDEX',
    year: last,
    areaCode: null,
    text: 'Chỉ số CCHC (PAR INDEX) nằm trong nhóm 15 tỉnh, thành phố dẫn đầu',
  });
  await addIndexTarget(ctx, { indexCode: 'PAR_INDEX', year: last, areaCode: null, text: 'đạt tối thiểu 90 điểm' });
  await addIndexTarget(ctx, { indexCode: 'SIPAS', year: last, areaCode: null, text: 'trong nhóm 10 tỉnh dẫn đầu' });
  await addIndexTarget(ctx, {
    indexCode: 'PAR_INDEX',
    year: year,
    areaCode: null,
    text: 'tăng ít nhất 2 bậc so với năm trước',
  });
}
