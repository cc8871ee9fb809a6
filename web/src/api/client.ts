import { notifications } from '@mantine/notifications';
import type { z } from 'zod';
import { errorBody } from '../../../src/contracts/common.js';
import {
  endpointPath,
  type AnyEndpoint,
  type BodyIn,
  type ParamsIn,
  type QueryIn,
  type ResponseOf,
} from '../../../src/contracts/endpoint.js';
import type { ErrorCode } from '../../../src/contracts/errors.js';
import { UPLOAD_LIMIT_MB } from '../../../src/contracts/uploads.js';
import { t } from '../i18n/translate.js';
import { busyRetryDelay } from './busy-retry.js';
import { oversizedFile } from './upload-limit.js';

/** Failures the browser names itself: no answer, an answer of the wrong shape, a number it could not read. */
export type ClientErrorCode = 'NETWORK' | 'BAD_RESPONSE' | 'UNREADABLE_NUMBER' | `HTTP_${number}`;

/** An error answered by the API (`{ code, message, details }`, code from the server's catalogue), or a network/shape failure. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

let csrfToken: string | null = null;
/** The session's CSRF token, sent back on every request that changes something. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let onUnauthorized: (() => void) | null = null;
/** Called when a request is refused for lack of a session (expired, logged out elsewhere). */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export type QueryParams = Record<string, string | number | boolean | null | undefined>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  query?: QueryParams;
  /** A JSON body. */
  body?: unknown;
  /** A multipart body (file uploads). */
  form?: FormData;
  /** Show the error message as a notification (default true); screens that show it inline say false. */
  notify?: boolean;
}

export function withQuery(path: string, query?: QueryParams): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    search.set(key, String(value));
  }
  const text = search.toString();
  return text ? `${path}?${text}` : path;
}

/** Calls `/api{path}` and validates the answer with a contract schema. */
async function apiRequest<S extends z.ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const json = await send(path, options);
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    console.error(`Unexpected response from ${path}`, parsed.error.issues);
    throw report(new ApiError(0, 'BAD_RESPONSE', t('error.badResponse'), parsed.error.issues), options);
  }
  return parsed.data;
}

function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (method !== 'GET' && csrfToken) headers['X-CSRF-Token'] = csrfToken;
  return headers;
}

async function send(path: string, options: RequestOptions): Promise<unknown> {
  const method = options.method ?? (options.body !== undefined || options.form ? 'POST' : 'GET');
  const headers = requestHeaders(method);
  let body: BodyInit | undefined;
  if (options.form) body = options.form;
  else if (options.body !== undefined) {
    // A number field whose text could not be read holds NaN, which JSON would quietly send as null.
    const unreadable = unreadableNumbers(options.body);
    if (unreadable.length) {
      const issues = unreadable.map((at) => ({ path: at, message: t('error.unreadableNumber') }));
      throw report(new ApiError(400, 'UNREADABLE_NUMBER', t('error.unreadableNumber'), { issues }), options);
    }
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(options.body);
  }

  let response: Response;
  let text: string;
  for (let attempt = 1; ; attempt++) {
    try {
      response = await fetch(withQuery(`/api${path}`, options.query), {
        method,
        headers,
        body,
        credentials: 'same-origin',
      });
    } catch {
      throw report(new ApiError(0, 'NETWORK', t('error.network')), options);
    }
    text = await response.text();
    const wait = busyRetryDelay(response.status, response.headers.get('Retry-After'), text, attempt);
    if (wait === null) break;
    await new Promise((resolve) => setTimeout(resolve, wait));
  }
  return settle(response.status, text, options);
}

/** Where a body holds a number that is not one (NaN, ±Infinity), as paths ("items.3.progress"). */
export function unreadableNumbers(value: unknown, at = ''): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [at];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, inner]) => unreadableNumbers(inner, at ? `${at}.${key}` : key));
}

/** The answer's JSON when the status is a success; otherwise the API's error, reported. */
function settle(status: number, text: string, options: RequestOptions): unknown {
  let json: unknown = undefined;
  if (text) {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  if (status >= 200 && status < 300) return json;

  const parsed = errorBody.safeParse(json);
  const error = parsed.success
    ? new ApiError(status, parsed.data.code, parsed.data.message, parsed.data.details)
    : new ApiError(status, `HTTP_${status}`, `${t('error.title')} (HTTP ${status}).`);
  if (status === 401 && onUnauthorized) onUnauthorized();
  throw report(error, options);
}

export interface UploadOptions extends Pick<RequestOptions, 'query' | 'notify'> {
  /** Called as the file goes out, with the share sent so far (0…1). */
  onProgress?: (sent: number) => void;
}

/**
 * Posts a multipart form through XMLHttpRequest, the one browser API that reports upload
 * progress, and validates the answer like apiRequest.
 */
function apiUpload<S extends z.ZodType>(
  path: string,
  schema: S,
  form: FormData,
  options: UploadOptions = {},
): Promise<z.output<S>> {
  const oversized = oversizedFile(form);
  if (oversized)
    return Promise.reject(
      report(
        new ApiError(413, 'PAYLOAD_TOO_LARGE', t('upload.tooLarge', { name: oversized.name, limit: UPLOAD_LIMIT_MB })),
        options,
      ),
    );
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', withQuery(`/api${path}`, options.query));
    for (const [name, value] of Object.entries(requestHeaders('POST'))) request.setRequestHeader(name, value);
    request.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) options.onProgress?.(event.loaded / event.total);
    };
    request.onload = () => {
      try {
        const parsed = schema.safeParse(settle(request.status, request.responseText, options));
        if (parsed.success) resolve(parsed.data);
        else {
          console.error(`Unexpected response from ${path}`, parsed.error.issues);
          reject(report(new ApiError(0, 'BAD_RESPONSE', t('error.badResponse'), parsed.error.issues), options));
        }
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    request.onerror = () => reject(report(new ApiError(0, 'NETWORK', t('error.network')), options));
    request.send(form);
  });
}

function report(error: ApiError, options: RequestOptions): ApiError {
  if (options.notify !== false) {
    notifications.show({ color: 'red', title: t('error.title'), message: error.message, autoClose: 8000 });
  }
  return error;
}

/** What `call` sends: the endpoint's path parameters, query and body, each typed by its schema. */
export type CallInput<E> = (Record<never, never> extends ParamsIn<E>
  ? { params?: ParamsIn<E> }
  : { params: ParamsIn<E> }) & {
  query?: QueryIn<E>;
} & (E extends { body: z.ZodType }
    ? E extends { bodyKind: 'multipart' }
      ? { body?: never }
      : { body: BodyIn<E> }
    : { body?: never });

/** The address of an endpoint (with `/api` and its query): links and downloads of 'file' endpoints. */
export function endpointUrl<E extends AnyEndpoint>(
  spec: E,
  input: Pick<CallInput<E>, 'params' | 'query'> = {} as never,
): string {
  return withQuery(`/api${endpointPath(spec, input.params as Record<string, unknown>)}`, input.query as QueryParams);
}

/**
 * Calls an endpoint declared in src/contracts/endpoints: the path is built from the declaration and the
 * answer is validated with its response schema, so the browser cannot drift from the server.
 */
export async function call<E extends AnyEndpoint>(
  spec: E,
  input: CallInput<E>,
  options: Pick<RequestOptions, 'notify'> = {},
): Promise<ResponseOf<E>> {
  const path = endpointPath(spec, input.params as Record<string, unknown>);
  const request: RequestOptions = {
    ...options,
    method: spec.method.toUpperCase() as RequestOptions['method'],
    query: input.query as QueryParams,
    body: input.body,
  };
  if (typeof spec.response === 'string') {
    await send(path, request);
    return undefined as ResponseOf<E>;
  }
  return apiRequest(path, spec.response, request) as Promise<ResponseOf<E>>;
}

/** Uploads a file to a multipart endpoint, reporting progress; the answer is validated like `call`. */
export function upload<E extends AnyEndpoint & { bodyKind: 'multipart'; response: z.ZodType }>(
  spec: E,
  input: Pick<CallInput<E>, 'params' | 'query'>,
  form: FormData,
  options: UploadOptions = {},
): Promise<ResponseOf<E>> {
  const path = endpointPath(spec, input.params as Record<string, unknown>);
  return apiUpload(path, spec.response, form, {
    ...options,
    query: { ...(input.query as QueryParams), ...options.query },
  }) as Promise<ResponseOf<E>>;
}
