/**
 * The satisfaction counts in one pass over the answers: satisfied (scale 4–5), answers (scale 1–5) and
 * respondents (responses) for every grouping the results show, by GROUPING SETS — unit × item,
 * unit × pillar, unit, item, pillar, field, level (the unit's kind), campaign and the whole selection. Blank
 * items have no row; conditional items not shown were dropped when the response was stored; non-scale
 * answers (choices, texts) have a null scale and are left out. Responses flagged as duplicates and
 * cancelled campaigns are not counted. Dates are Vietnam's calendar days of submission.
 */
import { sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../../client.js';
import { queryRows } from '../../rows.js';
import { inProvince } from '../units/province.js';

export interface SatisfactionFilter {
  campaignIds?: readonly string[];
  unitIds?: readonly string[];
  /** Responses submitted in [from, to] (Vietnam's days); a bound left out is open. */
  period?: { from?: string; to?: string };
  channel?: 'online' | 'paper';
  field?: string;
  /** Responses about a dossier of one of these fields (a figure over several fields: land, construction…). */
  fields?: readonly string[];
  /** Answers about units of this province (or shared ones): what a province's readers see (issue #17.5). */
  provinceId?: string;
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
  if (filter.provinceId) parts.push(inProvince(sql`a.unit_id`, filter.provinceId)!);
  // The bounds as instants (Vietnam's midnight), so the planner compares the column itself and estimates from its
  // statistics: a cast of the column estimated a handful of rows and chose a nested loop over every answer.
  if (filter.period?.from)
    parts.push(sql`r.submitted_at >= (${filter.period.from}::date)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (filter.period?.to)
    parts.push(sql`r.submitted_at < (${filter.period.to}::date + 1)::timestamp at time zone 'Asia/Ho_Chi_Minh'`);
  if (filter.channel) parts.push(sql`r.channel = ${filter.channel}`);
  if (filter.field) parts.push(sql`r.field = ${filter.field}`);
  if (filter.fields) parts.push(sql`r.field = any(${`{${filter.fields.join(',')}}`}::text[])`);
  return sql.join(parts, sql` and `);
}

/**
 * Every grouping in one statement, in three aggregates over the selected answers (a CTE read once):
 * items (unit × item, item: one answer per response and item, so respondents = answers), pillars (first per
 * response and pillar, then unit × pillar and pillar) and the rest (first per response, then unit, field,
 * level, campaign and total): each response counted once without a COUNT(DISTINCT), which would sort.
 * `only: 'units'` computes just unit and unit × pillar (the figure catalogue's needs).
 */
export async function loadSatisfactionCounts(
  db: DbOrTx,
  filter: SatisfactionFilter,
  { only }: { only?: 'units' } = {},
): Promise<SatisfactionCountRow[]> {
  if (filter.unitIds?.length === 0 || filter.campaignIds?.length === 0) return [];
  const units = only === 'units';
  return queryRows<SatisfactionCountRow>(
    db,
    sql`
    with base as materialized (
      select a.response_id, a.unit_id, a.item_id, a.pillar, r.field, a.campaign_id, a.scale
      from survey_answers a
        join survey_responses r on r.id = a.response_id
        join survey_campaigns c on c.id = a.campaign_id
      where ${answerFilter(filter)}
    ),
    per_response as (
      select p.*, u.kind
      from (
        select response_id, unit_id, field, campaign_id,
          count(*) filter (where scale >= 4) as satisfied, count(*) as answers
        from base group by response_id, unit_id, field, campaign_id
      ) p join units u on u.id = p.unit_id
    ),
    per_pillar as (
      select response_id, unit_id, pillar,
        count(*) filter (where scale >= 4) as satisfied, count(*) as answers
      from base group by response_id, unit_id, pillar
    )
    ${
      units
        ? sql``
        : sql`select case when grouping(unit_id) = 0 then 'unit_item' else 'item' end as grouping,
      unit_id as "unitId", item_id as "itemId", null::text as pillar, null::text as field, null::text as level,
      null::uuid as "campaignId",
      count(*) filter (where scale >= 4)::int as satisfied, count(*)::int as answers, count(*)::int as respondents
    from base group by grouping sets ((unit_id, item_id), (item_id))
    union all`
    }
    select case when grouping(unit_id) = 0 then 'unit_pillar' else 'pillar' end${units ? sql` as grouping` : sql``},
      unit_id${units ? sql` as "unitId"` : sql``}, null::text${units ? sql` as "itemId"` : sql``}, pillar,
      null::text${units ? sql` as field` : sql``}, null::text${units ? sql` as level` : sql``},
      null::uuid${units ? sql` as "campaignId"` : sql``},
      sum(satisfied)::int${units ? sql` as satisfied` : sql``}, sum(answers)::int${units ? sql` as answers` : sql``},
      count(*)::int${units ? sql` as respondents` : sql``}
    from per_pillar group by grouping sets ((unit_id, pillar)${units ? sql`` : sql`, (pillar)`})
    union all
    select ${
      units
        ? sql`'unit'`
        : sql`case
        when grouping(unit_id) = 0 then 'unit' when grouping(field) = 0 then 'field'
        when grouping(kind) = 0 then 'level' when grouping(campaign_id) = 0 then 'campaign' else 'total' end`
    },
      unit_id, null::text, null::text,
      ${units ? sql`null::text, null::text, null::uuid` : sql`field, kind::text, campaign_id`},
      sum(satisfied)::int, sum(answers)::int, count(*)::int
    from per_response
    group by grouping sets ((unit_id)${units ? sql`` : sql`, (field), (kind), (campaign_id), ()`})`,
  );
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
