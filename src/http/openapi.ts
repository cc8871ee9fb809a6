import { z } from 'zod';
import { errorBody } from '../contracts/common.js';
import type { AnyRoute } from './route.js';
import { TOKEN_SCOPE_NAMES, TOKEN_SCOPES, tokenScopesFor } from '../domain/access/policy.js';

const schemaOf = (schema: z.ZodType, io: 'input' | 'output') =>
  z.toJSONSchema(schema, { io, unrepresentable: 'any', target: 'openapi-3.0' });

/** OpenAPI 3 document generated from the same route declarations and zod contracts the server validates with. */
export function buildOpenApi(routes: AnyRoute[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of routes) {
    const path = `/api${r.path.replace(/:(\w+)/g, '{$1}')}`;
    const parameters: unknown[] = [];
    for (const [location, schema] of [
      ['path', r.params],
      ['query', r.query],
    ] as const) {
      if (!schema) continue;
      const json = schemaOf(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
      for (const [name, property] of Object.entries(json.properties ?? {})) {
        parameters.push({
          name,
          in: location,
          required: location === 'path' || !!json.required?.includes(name),
          schema: property,
        });
      }
    }
    const requestBody =
      r.bodyKind === 'multipart'
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } },
              },
            },
          }
        : r.body
          ? { required: true, content: { 'application/json': { schema: schemaOf(r.body, 'input') } } }
          : undefined;
    const success =
      r.response === 'file'
        ? {
            description: 'Tệp',
            content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
          }
        : r.response && r.response !== 'none'
          ? { description: 'OK', content: { 'application/json': { schema: schemaOf(r.response, 'output') } } }
          : { description: 'OK' };
    const error = { description: 'Lỗi', content: { 'application/json': { schema: schemaOf(errorBody, 'output') } } };
    // The API token scopes that open this route to another system (none: people only).
    const tokenScopes = r.access === 'public' || !r.action ? [] : tokenScopesFor(r.action);
    paths[path] ??= {};
    paths[path][r.method] = {
      summary: r.summary,
      tags: [r.tag],
      security: r.access === 'public' ? [] : [{ session: [] }, ...(tokenScopes.length ? [{ apiToken: [] }] : [])],
      ...(tokenScopes.length ? { 'x-cchc-token-scopes': tokenScopes } : {}),
      parameters,
      ...(requestBody ? { requestBody } : {}),
      responses: {
        [String(r.status ?? 200)]: success,
        '400': error,
        ...(r.access === 'public' ? {} : { '401': error, '403': error }),
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: {
      title: 'cchc API',
      version,
      description: 'Quản lý cải cách hành chính — API. Lỗi: { code, message } (tiếng Việt).',
    },
    components: {
      securitySchemes: {
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'cchc_session',
          description: 'Non-GET requests also need header X-CSRF-Token.',
        },
        apiToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'A token an administrator issued to another system (Authorization: Bearer cchc_…). It may call only ' +
            'the operations whose x-cchc-token-scopes list one of its scopes: ' +
            TOKEN_SCOPE_NAMES.map((name) => `${name} (${TOKEN_SCOPES[name].en})`).join('; ') +
            '. Rate-limited per token (429 with Retry-After).',
        },
      },
    },
    paths,
  };
}
