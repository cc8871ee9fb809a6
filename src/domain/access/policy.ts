/**
 * Who may do what: the one access table (role × action × scope), pure. Services resolve the facts a rule
 * needs (services/access/) and ask `can` before reading anything; the authorisation test walks every route
 * with its action and expects what this table says.
 */
import type { ActorRole, Role } from '../../contracts/auth.js';

/**
 * How far a role's permission reaches for an action:
 * - `any`: everywhere;
 * - `ownUnit`: the data of the actor's own unit;
 * - `roundOfOwnUnit`: a scoring round that scores the actor's unit;
 * - `publishedRound`: a scoring round whose results are published;
 * - `councilArea`: a round whose appraisal council the actor sits on and, when a criterion is named, one of their areas;
 * - `councilChair`: a round whose council the actor chairs;
 * - `requester`: a background job the actor asked for;
 * - `assignedCriterion`: a criterion of a joint round (the province's own self-assessment) assigned to the actor's unit;
 * - `jointAgency`: a joint round in which the actor's unit is responsible for some criterion.
 * - `recognisedInitiative`: an initiative the council recognised (any unit may read and apply it).
 * - `supervisedUnit`: where the three-level structure applies, a commune under the actor's district, or the
 *   district's own inspection plan of its communes (a district inspects its communes as the province does).
 */
export const SCOPES = [
  'any',
  'ownUnit',
  'roundOfOwnUnit',
  'publishedRound',
  'councilArea',
  'councilChair',
  'requester',
  'assignedCriterion',
  'jointAgency',
  'recognisedInitiative',
  'supervisedUnit',
] as const;
export type Scope = (typeof SCOPES)[number];

/** What the scoped rules look at; a fact a rule needs and nobody supplied counts as not met (fail closed). */
export interface Facts {
  /** The unit whose data is read or written. */
  unitId?: string | null;
  roundPublished?: boolean;
  roundScoresOwnUnit?: boolean;
  /** The actor's seat on the round's council, or null when they have none. */
  council?: { areas: readonly string[]; chair: boolean } | null;
  /** The area of the criterion the request names. */
  area?: string;
  /** Who asked for the job. */
  requestedBy?: string;
  /** The actor's unit (or the unit it was merged into) is responsible for the criterion named, in a joint round. */
  assignedCriterion?: boolean;
  /** The actor's unit is responsible for some criterion of the joint round. */
  jointAgency?: boolean;
  /** Whether the initiative the request names was recognised by the council. */
  initiativeRecognised?: boolean;
  /** The actor's unit is a district over the unit named (a commune under it), or the inspection plan named is its own. */
  supervisedUnit?: boolean;
  /**
   * The province of the actor's unit and those of what the request names (another unit than the actor's own, a
   * plan, a round, a feedback item…; null: outside every province). Looked up once a scope lets the actor in, and
   * checked whatever the scope: `withinProvince`.
   */
  province?: { actor: string | null; subjects: readonly (string | null)[] };
}

export interface PolicyActor {
  role: ActorRole;
  unitId: string | null;
  userId?: string;
  /** Another system calling with an API token: it may do what its token's scopes grant, nothing else. */
  tokenScopes?: readonly TokenScopeName[];
}

type Grants = Partial<Record<Role, readonly Scope[]>>;
interface Rule {
  /** Completes "Bạn không có quyền thực hiện …" when the rule refuses. */
  what: string;
  grants: Grants;
}

const ANY = ['any'] as const;
const EVERYONE: Grants = { admin: ANY, coordinator: ANY, reporter: ANY, leader: ANY, appraiser: ANY, ministry: ANY };
/** The Sở Nội vụ's CCHC staff and the administrators. */
const OFFICE: Grants = { admin: ANY, coordinator: ANY };
/**
 * Everyone who reads every unit's data: all but the units' reporters (within their province, `withinProvince`; the
 * Ministry's officers, outside every province, read them all).
 */
const PROVINCE_WIDE: Grants = { admin: ANY, coordinator: ANY, leader: ANY, appraiser: ANY, ministry: ANY };

export const POLICY = {
  // Any signed-in user, on their own session, password, notices and settings (the queries name only the actor's rows).
  'account.own': { what: 'thao tác này', grants: EVERYONE },
  // The unit directory, committed plans, their periods and targets, and the criteria sets are open to everyone signed in.
  'directory.read': { what: 'xem danh mục đơn vị', grants: EVERYONE },
  'plan.read': { what: 'xem kế hoạch', grants: EVERYONE },
  'criteria.read': { what: 'xem bộ tiêu chí', grants: EVERYONE },
  'figureCatalogue.read': { what: 'xem danh mục số liệu', grants: EVERYONE },
  // The working calendar (holidays, days worked in exchange) that legal answer times are counted in.
  'calendar.read': { what: 'xem lịch làm việc', grants: EVERYONE },
  'calendar.manage': { what: 'sửa lịch làm việc (ngày nghỉ lễ, ngày làm bù)', grants: OFFICE },

  'users.manage': { what: 'quản lý người dùng', grants: { admin: ANY } },
  // Tokens other systems call the API with (their scopes: TOKEN_SCOPES below).
  'apiTokens.manage': { what: 'cấp và thu hồi mã truy cập API', grants: { admin: ANY } },
  'audit.read': { what: 'xem nhật ký hệ thống', grants: { admin: ANY } },
  'system.backup': { what: 'tải bản sao lưu toàn bộ dữ liệu', grants: { admin: ANY } },
  'units.manage': { what: 'sửa danh mục đơn vị', grants: OFFICE },
  'plan.import': { what: 'nhập kế hoạch', grants: OFFICE },
  // Next year's plan made from a committed one (unfinished activities carried over).
  'plan.carryOver': { what: 'lập kế hoạch năm sau', grants: OFFICE },
  // Multi-year programmes (create, edit, assign plans); everyone signed in reads them with `plan.read`.
  'programme.manage': { what: 'quản lý chương trình nhiều năm', grants: OFFICE },

  // Reporting: a unit's assignments, evidence, reports and people are its own; province-wide roles read them all.
  'unitData.read': { what: 'xem dữ liệu của đơn vị khác', grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] } },
  // Only the unit's own reporters record its work and write and send its report; the coordinators review it,
  // so a coordinator never writes a report they would then accept (even their own unit's).
  'unitWork.record': { what: 'cập nhật công việc của đơn vị khác', grants: { reporter: ['ownUnit'] } },
  'unitReport.review': { what: 'xem xét báo cáo', grants: OFFICE },
  // A wrongly uploaded file: the unit's reporters, or the coordinators (not administrators, who keep accounts).
  'evidence.withdraw': {
    what: 'rút tệp minh chứng của đơn vị khác',
    grants: { coordinator: ANY, reporter: ['ownUnit'] },
  },
  'assignment.change': { what: 'thay đổi phân công nhiệm vụ', grants: OFFICE },
  'period.manage': { what: 'quản lý kỳ báo cáo', grants: OFFICE },
  'indicator.enter': { what: 'nhập số liệu chỉ tiêu toàn tỉnh', grants: OFFICE },
  // Which catalogue figure measures a plan target (confirm the import's suggestion, change or clear it).
  'indicator.linkFigure': { what: 'gắn chỉ tiêu với số liệu theo dõi', grants: OFFICE },
  // The province-wide picture: completeness board, dashboards, the consolidated report.
  'provinceReport.read': { what: 'xem báo cáo tổng hợp', grants: PROVINCE_WIDE },
  'provinceReport.write': { what: 'lập báo cáo tổng hợp', grants: OFFICE },
  // The catalogue's figures (domain/figures): a unit's reporters see their own unit's, never a level's.
  'figures.read': { what: 'xem số liệu của đơn vị khác', grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] } },
  // Every province's figures side by side and the country's, and the national consolidated report.
  'national.read': { what: 'xem số liệu toàn quốc', grants: { admin: ANY, ministry: ANY } },
  'job.read': { what: 'xem công việc của người khác', grants: { ...PROVINCE_WIDE, reporter: ['requester'] } },

  // Scoring (internal PAR index).
  'scoring.manage': { what: 'quản lý đợt đánh giá', grants: OFFICE },
  // The council's chair records the council's approval; the coordinators may too.
  'scoring.approve': {
    what: 'thông qua kết quả thay Chủ tịch Hội đồng thẩm định',
    grants: { ...OFFICE, appraiser: ['councilChair'] },
  },
  'scoring.readRound': {
    what: 'xem đợt đánh giá không có đơn vị của bạn',
    grants: { ...PROVINCE_WIDE, reporter: ['roundOfOwnUnit', 'publishedRound', 'jointAgency'] },
  },
  // A unit sees only its own scoring until the results are published.
  'scoring.readUnit': {
    what: 'xem kết quả chấm điểm của đơn vị khác trước khi công bố',
    grants: { ...PROVINCE_WIDE, reporter: ['ownUnit', 'publishedRound', 'jointAgency'] },
  },
  'scoring.readResults': {
    what: 'xem kết quả của các đơn vị trước khi công bố',
    grants: { ...PROVINCE_WIDE, reporter: ['publishedRound'] },
  },
  // Appraisal figures before the unit is shown them (the explanation round, the approval).
  'scoring.readEarly': { what: 'xem kết quả thẩm định trước khi đơn vị được xem', grants: PROVINCE_WIDE },
  // A unit's own staff (its reporters, or a coordinator whose own unit is scored) write its self-assessment,
  // evidence and explanations: the council, not the coordinator, judges them. In the province's joint round, an
  // agency's reporters write only the criteria assigned to their unit (the Sở Nội vụ reviews them).
  'scoring.selfAssess': {
    what: 'tự chấm điểm cho đơn vị khác',
    grants: { reporter: ['ownUnit', 'assignedCriterion'], coordinator: ['ownUnit'] },
  },
  // The province's joint round: its progress per agency, its review and its export; the agencies see their part.
  'scoring.jointRead': {
    what: 'xem đợt tự đánh giá chung của tỉnh',
    grants: { ...PROVINCE_WIDE, reporter: ['jointAgency'] },
  },
  // A criterion the Ministry's appraisal deducted, turned into an assignment for its agency (as lost points are).
  'scoring.deductionWork': { what: 'giao nhiệm vụ khắc phục điểm bị Bộ Nội vụ trừ', grants: OFFICE },
  'scoring.appraise': { what: 'thẩm định', grants: { appraiser: ['councilArea'] } },
  // Dossier exports of the province's procedure system: the office imports them; a unit reads only its own.
  'dossiers.import': { what: 'nhập dữ liệu hồ sơ thủ tục hành chính', grants: OFFICE },
  'dossiers.read': {
    what: 'xem hồ sơ thủ tục hành chính của đơn vị khác',
    grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] },
  },
  // National indices (PAR INDEX, SIPAS, PAPI, PCI, DTI): published results everyone signed in reads; the office
  // enters them, sets the plan's targets on them and turns lost points into assignments.
  'indices.read': { what: 'xem chỉ số quốc gia của tỉnh', grants: EVERYONE },
  'indices.manage': { what: 'nhập chỉ số quốc gia và giao nhiệm vụ khắc phục điểm bị mất', grants: OFFICE },
  // Registers (domain/registers/): a unit's reporters see and record their own unit's entries and the follow-ups
  // it owes; the coordinators all; leaders and appraisers read. Nothing is deleted: an entry is cancelled with a reason.
  'register.read': { what: 'xem sổ theo dõi của đơn vị khác', grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] } },
  'register.record': {
    what: 'ghi sổ theo dõi của đơn vị khác',
    grants: { coordinator: ANY, reporter: ['ownUnit'] },
  },
  // Follow-up items are given (and cancelled) by the coordinators only, as a steering meeting's commitments are.
  'register.assign': { what: 'giao nhiệm vụ theo dõi', grants: { coordinator: ANY } },
  // A register a district keeps for its communes too (`supervisorsRecord`: inspections): the coordinators record its
  // entries, give and review their follow-ups anywhere, a district's reporters for the communes under it.
  'register.supervise': {
    what: 'ghi sổ và giao nhiệm vụ cho đơn vị không trực thuộc',
    grants: { coordinator: ANY, reporter: ['supervisedUnit'] },
  },
  // Inspections (issue #13): the year's inspection plans are the office's, and a district's of its own communes
  // (where the three-level structure applies); province-wide roles read them all. The inspections themselves are
  // the `inspections` register's entries, recorded (and their remediation reviewed) with `register.supervise`.
  'inspections.read': {
    what: 'xem kế hoạch kiểm tra công tác CCHC',
    grants: { ...PROVINCE_WIDE, reporter: ['supervisedUnit'] },
  },
  'inspections.manage': {
    what: 'lập kế hoạch kiểm tra công tác CCHC',
    grants: { ...OFFICE, reporter: ['supervisedUnit'] },
  },
  // Satisfaction surveys: questionnaires and campaigns (QR codes, posters, single-use codes, progress) are the office's.
  'surveys.manage': { what: 'quản lý phiếu và đợt khảo sát sự hài lòng', grants: OFFICE },
  // Units' own CCHC plans: the office sets each level's deadline and reads the overview; a unit's reporters record
  // its plan (`unitWork.record`) and read its duty (`unitData.read`).
  'unitPlans.manage': { what: 'đặt hạn ban hành kế hoạch CCHC của các cấp', grants: OFFICE },
  'unitPlans.overview': { what: 'xem tình hình ban hành kế hoạch CCHC của các đơn vị', grants: PROVINCE_WIDE },
  // Initiatives: province-wide roles read them all, a unit's reporter its own unit's and the recognised ones; only the office records the council's decision, so a unit never recognises its own initiative.
  'initiative.read': {
    what: 'xem sáng kiến chưa được công nhận của đơn vị khác',
    grants: { ...PROVINCE_WIDE, reporter: ['ownUnit', 'recognisedInitiative'] },
  },
  'initiative.decide': { what: 'ghi quyết định của Hội đồng đánh giá sáng kiến', grants: OFFICE },
  'initiative.withdraw': { what: 'rút sáng kiến của đơn vị khác', grants: { coordinator: ANY, reporter: ['ownUnit'] } },
  // Citizen feedback (PAKN): the office receives, assigns, publishes and cancels; the unit it is assigned to answers
  // (its reporters only see their own unit's items); leaders and appraisers read.
  'feedback.read': {
    what: 'xem phản ánh, kiến nghị giao cho đơn vị khác',
    grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] },
  },
  'feedback.manage': { what: 'tiếp nhận, giao và công khai phản ánh, kiến nghị', grants: { coordinator: ANY } },
  'feedback.answer': {
    what: 'trả lời phản ánh, kiến nghị giao cho đơn vị khác',
    grants: { coordinator: ANY, reporter: ['ownUnit'] },
  },
  'scoring.whatIf': { what: 'lập phương án nâng điểm Chỉ số CCHC của tỉnh', grants: PROVINCE_WIDE },
  // Satisfaction survey answers: a unit's officers type its paper forms; results are read like the unit's data
  // (province-wide roles everywhere, a unit's reporters their own unit only). Answers are never public.
  'surveys.enterPaper': {
    what: 'nhập phiếu khảo sát giấy của đơn vị khác',
    grants: { admin: ANY, coordinator: ANY, reporter: ['ownUnit'] },
  },
  'surveys.results': {
    what: 'xem kết quả khảo sát của đơn vị khác',
    grants: { ...PROVINCE_WIDE, reporter: ['ownUnit'] },
  },
} as const satisfies Record<string, Rule>;

export type Action = keyof typeof POLICY;
export const ACTIONS = Object.keys(POLICY) as Action[];

/*
 * What another system may do with an API token (issue #17.6): each scope names the actions it opens and how far
 * each reaches, as a role's grants do above. A token holds one or more scopes; anything else is refused as it
 * would be for a person without the right. A token never writes what a person decides (reports, scores, plans):
 * the writes a scope opens are the data another system pushes.
 */
interface TokenScope {
  vi: string;
  en: string;
  grants: Partial<Record<Action, readonly Scope[]>>;
}

export const TOKEN_SCOPES = {
  'figures:read': {
    vi: 'Đọc số liệu và chỉ tiêu (danh mục số liệu, số liệu theo đơn vị và cấp, chỉ tiêu kế hoạch, chỉ số quốc gia)',
    en: 'Read figures and targets (figure catalogue, figures per unit and level, plan targets, national indices)',
    grants: {
      'figureCatalogue.read': ANY,
      'figures.read': ANY,
      'plan.read': ANY,
      'directory.read': ANY,
      'indices.read': ANY,
    },
  },
  'reports:read': {
    vi: 'Đọc báo cáo (bảng điều hành, báo cáo tổng hợp, báo cáo và nhiệm vụ của đơn vị)',
    en: 'Read reports (dashboard, consolidated reports, units’ reports and assignments)',
    grants: {
      'provinceReport.read': ANY,
      'unitData.read': ANY,
      'plan.read': ANY,
      'directory.read': ANY,
    },
  },
  'dossiers:push': {
    vi: 'Đẩy dữ liệu hồ sơ thủ tục hành chính (tải tệp lên, ghi vào cchc, theo dõi việc ghi)',
    en: 'Push administrative-procedure dossier data (upload a file, commit it, follow the commit)',
    grants: {
      'dossiers.import': ANY,
      'dossiers.read': ANY,
      'directory.read': ANY,
      // Only the jobs the token's own system asked for (a commit runs as a job).
      'job.read': ['requester'],
    },
  },
} as const satisfies Record<string, TokenScope>;

export type TokenScopeName = keyof typeof TOKEN_SCOPES;
export const TOKEN_SCOPE_NAMES = Object.keys(TOKEN_SCOPES) as [TokenScopeName, ...TokenScopeName[]];

/** How far a token holding `scopes` reaches for `action` (none: refused). */
export function tokenScopesOf(scopes: readonly TokenScopeName[], action: Action): readonly Scope[] {
  const reach = new Set<Scope>();
  for (const name of scopes) {
    for (const scope of (TOKEN_SCOPES[name].grants as TokenScope['grants'])[action] ?? []) reach.add(scope);
  }
  return [...reach];
}

/** The scopes under which a token may call an endpoint of `action` (the OpenAPI document lists them). */
export function tokenScopesFor(action: Action): TokenScopeName[] {
  return TOKEN_SCOPE_NAMES.filter((name) => tokenScopesOf([name], action).length > 0);
}

/** The scopes the actor has for an action: its role's, or its API token's (none: it may not do it anywhere). */
export function scopesOf(actor: Pick<PolicyActor, 'role' | 'tokenScopes'>, action: Action): readonly Scope[] {
  if (actor.tokenScopes) return tokenScopesOf(actor.tokenScopes, action);
  return actor.role === 'system' ? [] : ((POLICY[action].grants as Grants)[actor.role] ?? []);
}

/** Whether the actor's permission reaches everywhere, so no fact is needed (lists choose their filter by it). */
export const reachesEverywhere = (actor: Pick<PolicyActor, 'role' | 'tokenScopes'>, action: Action): boolean =>
  scopesOf(actor, action).includes('any');

export const refusalText = (action: Action): string => POLICY[action].what;

function meets(actor: PolicyActor, scope: Scope, facts: Facts): boolean {
  switch (scope) {
    case 'any':
      return true;
    case 'ownUnit':
      return actor.unitId !== null && facts.unitId !== undefined && facts.unitId === actor.unitId;
    case 'roundOfOwnUnit':
      return facts.roundScoresOwnUnit === true;
    case 'publishedRound':
      return facts.roundPublished === true;
    case 'councilArea':
      return !!facts.council && (facts.area === undefined || facts.council.areas.includes(facts.area));
    case 'councilChair':
      return facts.council?.chair === true;
    case 'requester':
      return actor.userId !== undefined && facts.requestedBy === actor.userId;
    case 'assignedCriterion':
      return facts.assignedCriterion === true;
    case 'jointAgency':
      return facts.jointAgency === true;
    case 'recognisedInitiative':
      return facts.initiativeRecognised === true;
    case 'supervisedUnit':
      return facts.supervisedUnit === true;
  }
}

/**
 * An installation may hold several provinces (issue #17.5): whatever a role's scope, a person of one province never
 * reaches another province's unit. A unit outside every province (a central agency a plan names) is shared, and a
 * person outside every province (the installation's administrators, who have no unit) reaches every unit.
 */
export function withinProvince(facts: Facts): boolean {
  if (!facts.province) return true;
  const { actor, subjects } = facts.province;
  return actor === null || subjects.every((subject) => subject === null || subject === actor);
}

/** The decision: may this actor do this action, given the facts of the thing it is about? */
export function can(actor: PolicyActor, action: Action, facts: Facts = {}): boolean {
  return withinProvince(facts) && scopesOf(actor, action).some((scope) => meets(actor, scope, facts));
}
