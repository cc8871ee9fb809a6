/**
 * Prefill in the province's joint round, on the demo as a new user finds it: the shipped province set links the
 * criteria the figure catalogue measures (dossiers on time, online, paid online, digitised, reports on time, …),
 * so an agency's prefill records the province's figures as its criteria's evidence, the same use case the route
 * calls. Another agency's criteria are left untouched; an agency not named is refused.
 */
import { and, eq, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scoringEntries, scoringEvidence, scoringRounds } from '../../src/db/schema/index.js';
import { queryRows } from '../../src/db/rows.js';
import { formatNumberVi } from '../../src/domain/text/format.js';
import type { ServiceContext } from '../../src/services/context.js';
import { loadDemo } from '../../src/services/demo/load-demo.js';
import { jointRoundName } from '../../src/services/demo/load-demo-joint-round.js';
import { prefillUnit } from '../../src/services/scoring/prefill-unit.js';
import { unitIdOf } from '../support/actors.js';
import { openUseCaseWorld, type UseCaseWorld } from '../support/use-case-world.js';

let world: UseCaseWorld;
let stp: ServiceContext;
let skhcn: ServiceContext;
let outsider: ServiceContext;
let provinceId: string;
let roundId: string;
let year: number;

const entryOf = async (code: string) =>
  (
    await world.database.db
      .select()
      .from(scoringEntries)
      .where(
        and(eq(scoringEntries.roundId, roundId), eq(scoringEntries.unitId, provinceId), eq(scoringEntries.code, code)),
      )
  )[0];

const evidenceOf = async (code: string) =>
  (
    await world.database.db
      .select({ label: scoringEvidence.label })
      .from(scoringEvidence)
      .where(
        and(
          eq(scoringEvidence.roundId, roundId),
          eq(scoringEvidence.unitId, provinceId),
          eq(scoringEvidence.code, code),
          isNull(scoringEvidence.archivedAt),
        ),
      )
  ).map((e) => e.label);

/** The province's dossiers of the year, summed straight from the daily rows of its live units. */
async function provinceDossiers() {
  const [row] = await queryRows<{ received: number; online: number; digitised: number }>(
    world.database.db,
    sql`select sum(d.received)::int as received, sum(d.online)::int as online, sum(d.digitised)::int as digitised
        from dossier_daily d join units u on u.id = d.unit_id
        where u.kind in ('department', 'district', 'commune') and u.archived_at is null
          and d.received_on between ${`${year}-01-01`}::date and ${`${year}-12-31`}::date`,
  );
  return row!;
}

const percent = (numerator: number, denominator: number) => Math.round((numerator / denominator) * 10000) / 100;

beforeAll(async () => {
  world = await openUseCaseWorld();
  await loadDemo(world.database.db, { files: world.files, now: world.clock.now });
  stp = await world.actingAs('reporter', 'QT.STP');
  skhcn = await world.actingAs('reporter', 'QT.SKHCN');
  outsider = await world.actingAs('reporter', 'QT.SYT');
  provinceId = await unitIdOf(world.database.db, 'QT');
  year = new Date(world.clock.now.getTime() + 7 * 3600_000).getUTCFullYear();
  const [round] = await world.database.db
    .select()
    .from(scoringRounds)
    .where(eq(scoringRounds.name, jointRoundName(year)));
  roundId = round!.id;
});
afterAll(() => world.close());

describe('prefill in the demo joint round, from the shipped province set', () => {
  it('records the province’s dossier figures on the Sở Tư pháp’s criteria, matching the dossier rows', async () => {
    const before = await entryOf('1');
    const result = await prefillUnit(stp, roundId, provinceId);
    // Area 3 (named for the Văn phòng and the Sở Tư pháp) lists 3.4 (on time) and 3.4.4 (apologies for lateness).
    const codes = result.prefilled.map((p) => p.code);
    expect(codes).toEqual(expect.arrayContaining(['3.4', '3.4.4']));
    expect(codes.every((c) => c.startsWith('3.'))).toBe(true);
    const onTime = result.prefilled.find((p) => p.code === '3.4')!;
    const dossiers = await provinceDossiers();
    expect(dossiers.received).toBeGreaterThan(0);
    // The label gives on time / received over the province: the denominator is every dossier received in the year.
    expect(onTime.label).toContain(`/${formatNumberVi(dossiers.received)})`);
    expect(onTime.value).toBeGreaterThan(0);
    expect(onTime.value).toBeLessThanOrEqual(100);
    const lines = await evidenceOf('3');
    expect(lines.filter((l) => l.includes('tiêu chí 3.4 '))).toHaveLength(1);
    // Area 1 is the Văn phòng's only: not listed to the Sở Tư pháp, and untouched.
    expect(await entryOf('1')).toEqual(before);
    expect(await evidenceOf('1')).toEqual([]);
  });

  it('records the online and digitised shares on area 7 for the Sở TTTT’s successor, equal to Σ/Σ of the rows', async () => {
    const result = await prefillUnit(skhcn, roundId, provinceId);
    const dossiers = await provinceDossiers();
    const online = result.prefilled.find((p) => p.code === '7.3.5')!;
    const digitised = result.prefilled.find((p) => p.code === '7.3.3')!;
    expect(online.value).toBe(percent(dossiers.online, dossiers.received));
    expect(online.label).toContain(`(${formatNumberVi(dossiers.online)}/${formatNumberVi(dossiers.received)})`);
    expect(digitised.value).toBeGreaterThan(0);
    expect(result.prefilled.length).toBeGreaterThanOrEqual(3);
    expect((await evidenceOf('7.TD')).filter((l) => l.includes('tiêu chí 7.3.5 '))).toHaveLength(1);
  });

  it('adds each line once, even when the agency prefills twice at the same time', async () => {
    const [a, b] = await Promise.all([prefillUnit(stp, roundId, provinceId), prefillUnit(stp, roundId, provinceId)]);
    expect(a.prefilled.length).toBe(b.prefilled.length);
    expect((await evidenceOf('3')).filter((l) => l.includes('tiêu chí 3.4 '))).toHaveLength(1);
  });

  it('refuses an agency not named in the round, changing nothing', async () => {
    const before = await evidenceOf('3');
    await expect(prefillUnit(outsider, roundId, provinceId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await evidenceOf('3')).toEqual(before);
  });
});
