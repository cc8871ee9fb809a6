/**
 * The satisfaction counts in one pass over the answers: satisfied (scale 4–5), answers (scale 1–5) and
 * respondents (distinct responses) for every grouping the results show, by GROUPING SETS — unit × item,
 * unit × pillar, unit, item, pillar, field, level (the unit's kind), campaign and the whole selection. Blank
 * items have no row; conditional items not shown were dropped when the response was stored; non-scale
 * answers (choices, texts) have a null scale and are left out. Responses flagged as duplicates and
 * cancelled campaigns are not counted. Dates are Vietnam's calendar days of submission.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';

export interface SatisfactionFilter {
  campaignIds?: readonly string[];
  unitIds?: readonly string[];
  /** Responses submitted in [from, to] (Vietnam's days). */
  period?: { from: string; to: string };
  channel?: 'online' | 'paper';
  field?: string;
}

export type Grouping =
  'unit_item' | 'unit_pillar' | 'unit' | 'item' | 'pillar' | 'field' | 'level' | 'campaign' | 'total';

export interface SatisfactionCountRow {
  grouping: Grouping;
  unitId: string | null;
  itemId: string | null;
  pillar: string | null;
  field: string | null;
  level: string | null;
  campaignId: string | null;
  satisfied: number;
  answers: number;
  respondents: number;
}

const uuids = (ids: readonly string[]) => `{${ids.join(',')}}`;

/** The WHERE of a selection of answers `a` joined to their responses `r` and campaigns `c`. */
export function answerFilter(filter: SatisfactionFilter, answers: 'scale' | 'text' = 'scale'): SQL {
  const parts: SQL[] = [
    answers === 'scale' ? sql`a.scale is not null` : sql`a.text is not null`,
    sql`not r.duplicate`,
    sql`c.cancelled_at is null`,
  ];
  if (filter.campaignIds) parts.push(sql`a.campaign_id = any(${uuids(filter.campaignIds)}::uuid[])`);
  if (filter.unitIds) parts.push(sql`a.unit_id = any(${uuids(filter.unitIds)}::uuid[])`);
  if (filter.period)
    parts.push(
      sql`(r.submitted_at at time zone 'Asia/Ho_Chi_Minh')::date between ${filter.period.from}::date and ${filter.period.to}::date`,
    );
  if (filter.channel) parts.push(sql`r.channel = ${filter.channel}`);
  if (filter.field) parts.push(sql`r.field = ${filter.field}`);
  return sql.join(parts, sql` and `);
}

/** Every grouping in one statement. */
export async function loadSatisfactionCounts(db: DbOrTx, filter: SatisfactionFilter): Promise<SatisfactionCountRow[]> {
  if (filter.unitIds?.length === 0 || filter.campaignIds?.length === 0) return [];
  const rows = await queryRows<Omit<SatisfactionCountRow, 'grouping'> & { g: number }>(
    db,
    sql`
    select a.unit_id as "unitId", a.item_id as "itemId", a.pillar, r.field, u.kind as level,
      a.campaign_id as "campaignId",
      grouping(a.unit_id, a.item_id, a.pillar, r.field, u.kind, a.campaign_id)::int as g,
      count(*) filter (where a.scale >= 4)::int as satisfied,
      count(*)::int as answers,
      count(distinct a.response_id)::int as respondents
    from survey_answers a
      join survey_responses r on r.id = a.response_id
      join survey_campaigns c on c.id = a.campaign_id
      join units u on u.id = a.unit_id
    where ${answerFilter(filter)}
    group by grouping sets (
      (a.unit_id, a.item_id), (a.unit_id, a.pillar), (a.unit_id), (a.item_id), (a.pillar), (r.field), (u.kind),
      (a.campaign_id), ()
    )`,
  );
  return rows.map(({ g, ...row }) => ({ grouping: groupingOf(g), ...row }));
}

// grouping(unit, item, pillar, field, kind, campaign): bit 5 = unit … bit 0 = campaign, 1 = left out.
const ALL = 0b111111;
const KEPT: Record<number, Grouping> = {
  [ALL ^ 0b110000]: 'unit_item',
  [ALL ^ 0b101000]: 'unit_pillar',
  [ALL ^ 0b100000]: 'unit',
  [ALL ^ 0b010000]: 'item',
  [ALL ^ 0b001000]: 'pillar',
  [ALL ^ 0b000100]: 'field',
  [ALL ^ 0b000010]: 'level',
  [ALL ^ 0b000001]: 'campaign',
  [ALL]: 'total',
};

function groupingOf(g: number): Grouping {
  const grouping = KEPT[g];
  if (!grouping) throw new Error(`unexpected grouping ${g}`);
  return grouping;
}

/** The free-text answers of the selection, newest first (at most `limit`). */
export async function loadTextAnswers(
  db: DbOrTx,
  filter: SatisfactionFilter,
  limit: number,
): Promise<{ unitId: string; itemId: string; text: string; submittedAt: string; channel: string }[]> {
  if (filter.unitIds?.length === 0 || filter.campaignIds?.length === 0) return [];
  return queryRows(
    db,
    sql`
    select a.unit_id as "unitId", a.item_id as "itemId", a.text, r.submitted_at::text as "submittedAt", r.channel
    from survey_answers a
      join survey_responses r on r.id = a.response_id
      join survey_campaigns c on c.id = a.campaign_id
    where ${answerFilter(filter, 'text')}
    order by r.submitted_at desc
    limit ${limit}`,
  );
}
