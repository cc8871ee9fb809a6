import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { errorMessage, type ErrorArgs, type ErrorCode } from '../domain/error-codes.js';
import type { ErrorBody } from '../contracts/common.js';

/**
 * The HTTP status of every error code: the only place one is chosen. A code added to the catalogue
 * (domain/error-codes.ts) without a status here is a type error.
 *
 * 400 the request itself is malformed or incomplete; 401 no session; 403 not this actor; 404 no such thing;
 * 409 the state of things refuses it now (another's change, a closed period or stage, an archived record);
 * 413 too big; 415 not a kind of file or body taken here; 422 well-formed but refused by a rule;
 * 423 account locked; 429 too many attempts; 500 our fault; 503 busy, try again.
 */
export const ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  PASSWORD_CHANGE_REQUIRED: 403,
  FORBIDDEN: 403,
  CSRF_ORIGIN: 403,
  CSRF_TOKEN: 403,
  INVALID_CREDENTIALS: 401,
  ACCOUNT_LOCKED: 423,
  RATE_LIMITED: 429,
  WRONG_PASSWORD: 400,
  SAME_PASSWORD: 400,
  WEAK_PASSWORD: 400,
  NOT_FOUND: 404,
  VALIDATION_FAILED: 400,
  BAD_REQUEST: 400,
  INVALID_JSON: 400,
  INVALID_CHARACTERS: 400,
  UNSUPPORTED_MEDIA_TYPE: 415,
  PAYLOAD_TOO_LARGE: 413,
  INVALID_UPLOAD: 400,
  FILE_REQUIRED: 400,
  STALE_VERSION: 409,
  CONCURRENT_CHANGE: 409,
  SERVER_BUSY: 503,
  INTERNAL: 500,

  EMPTY_FILE: 400,
  CORRUPT_FILE: 422,
  FILE_TOO_LARGE: 413,
  FILE_TOO_COMPLEX: 422,
  UNSUPPORTED_FORMAT: 415,
  UNSUPPORTED_ENCODING: 415,
  ENCRYPTED_FILE: 422,
  INVALID_EVIDENCE: 415,
  BUSY: 503,
  INVALID_FILE_KEY: 400,
  FILE_MISSING: 404,

  NO_PLAN_FOUND: 422,
  INVALID_PLAN_FILE: 422,
  IMPORT_FAILED: 422,
  IMPORT_CLOSED: 409,
  EMPTY_PLAN: 422,
  NEXT_YEAR_PLAN_EXISTS: 409,
  PLAN_ARCHIVED: 409,
  PLAN_YEAR_OUTSIDE_PROGRAMME: 422,
  PROGRAMME_YEARS_EXCLUDE_PLANS: 409,
  UNKNOWN_AREA: 422,
  COLUMN_MAPPING_UNUSABLE: 422,

  DUPLICATE_CODE: 409,
  DUPLICATE_USERNAME: 409,
  ARCHIVED: 409,
  HAS_ACTIVE_CHILDREN: 409,
  HAS_ACTIVE_USERS: 409,
  DUPLICATE_SUCCESSION: 409,
  SELF_SUCCESSION: 422,
  PARENT_NOT_FOUND: 422,
  PARENT_ARCHIVED: 422,
  UNIT_CYCLE: 422,
  UNIT_REQUIRED: 422,
  UNIT_NOT_FOUND: 422,
  UNIT_ARCHIVED: 422,
  SELF_ARCHIVE: 422,
  SELF_DEMOTION: 422,
  IMPORT_ROWS_INVALID: 422,
  DOSSIER_ROWS_INVALID: 422,
  INVALID_DIRECTORY: 422,

  ASSIGNMENT_CANCELLED: 409,
  ASSIGNMENT_CHANGED: 409,
  INVALID_ASSIGNMENT_CHANGE: 422,
  ASSIGNMENT_CONFLICT: 409,
  NOT_LEAD: 403,
  MILESTONE_IN_FUTURE: 422,
  INVALID_PROGRESS: 422,
  INVALID_PERIOD: 422,
  PERIOD_CLOSED: 409,
  PERIOD_NOT_IN_PLAN: 422,
  INVALID_REPORT: 422,
  INVALID_VALUE: 422,
  NO_INDICATOR_VALUE: 409,
  FIGURE_KIND_MISMATCH: 422,
  EVIDENCE_IN_ACCEPTED_REPORT: 409,
  EVIDENCE_WITHDRAWN: 409,
  REPORT_LOCKED: 409,
  REPORT_AWAITING_REVIEW: 409,
  REPORT_INVALID_STATE: 409,
  REPORT_PERIOD_CLOSED: 409,
  REPORT_COMMENT_REQUIRED: 422,
  REPORT_REASON_REQUIRED: 422,

  INVALID_CRITERIA_FILE: 415,
  INVALID_CRITERIA_SET: 422,
  INVALID_CRITERIA_XLSX: 422,
  INVALID_ROUND_UNITS: 422,
  INVALID_COUNCIL: 422,
  DUPLICATE_MEMBER: 422,
  COUNCIL_INCOMPLETE: 422,
  APPRAISAL_INCOMPLETE: 422,
  FINAL_APPRAISAL_INCOMPLETE: 422,
  SELF_ASSESSMENT_INCOMPLETE: 422,
  ALREADY_SUBMITTED: 409,
  ROUND_PUBLISHED: 409,
  WRONG_STAGE: 409,
  WINDOW_CLOSED: 409,
  SURVEY_LEAF: 422,
  SURVEY_METHOD: 422,
  SURVEY_COLUMNS: 422,
  INVALID_SURVEY_POINTS: 422,
  NOTHING_TO_ACCEPT: 422,
  NOT_DEDUCTED: 422,
  INVALID_ENTRY: 422,
  AMBIGUOUS_NUMBER: 422,

  DOCUMENT_MARGIN_OUT_OF_RANGE: 422,
  REPORT_TABLE_SHAPE: 422,
  REPORT_SHEET_WITHOUT_COLUMNS: 422,

  // Refusals met when operating the server (start-up, jobs, CLI): rarely or never answered over HTTP.
  INVALID_CONFIG: 422,
  INVALID_WORKERS: 422,
  WORKERS_NEED_POSTGRES: 422,
  UNKNOWN_JOB: 400,
  DATABASE_IN_USE: 409,
  DATABASE_LOCK_BUSY: 409,
  SERVER_RUNNING: 409,
  NOT_A_BACKUP: 400,
  SCHEMA_MISMATCH: 400,
  SERVER_UNREACHABLE: 400,
  LOGIN_FAILED: 400,
  BACKUP_REFUSED: 400,
  CREDENTIALS_REQUIRED: 400,
  PASSWORD_REQUIRED: 400,
  FILE_NOT_FOUND: 404,
  NOT_A_FILE: 400,
  INVALID_DATE: 400,
  UNSUPPORTED_OUTPUT: 400,
  PORTAL_FIGURES_UNREADABLE: 422,
  SERVICE_FIGURES_PERIOD: 400,
} as const satisfies Record<ErrorCode, ContentfulStatusCode>;

/** The one error shape the API answers, for a code and its params. */
export function errorBodyOf<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): ErrorBody {
  const details = args[1];
  return { code, message: errorMessage(code, ...args), ...(details === undefined ? {} : { details }) };
}

/** Answers `code` directly (middleware that refuses before any route runs), with its status from the table. */
export function answerError<C extends ErrorCode>(c: Context, code: C, ...args: ErrorArgs<C>): Response {
  return c.json(errorBodyOf(code, ...args), ERROR_STATUS[code]);
}
