import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, endpointPath, type AnyEndpoint } from '../../../src/contracts/endpoint.js';
import { endpoints } from '../../../src/contracts/endpoints/index.js';
import { tokenScopesFor } from '../../../src/domain/access/policy.js';
import { API_ROUTES } from '../../../src/http/app.js';
import { buildOpenApi } from '../../../src/http/openapi.js';
import { handle, unboundEndpoints } from '../../../src/http/route.js';

const activity = endpoint({
  method: 'patch',
  path: '/plan-imports/:id/activities/:activityId',
  summary: 'Sửa một hoạt động',
  tag: 'test',
  access: 'signed-in',
  params: z.object({ id: z.string(), activityId: z.string() }),
  response: 'none',
});

describe('endpoint paths', () => {
  it('fills each :name segment from the params, encoded', () => {
    expect(endpointPath(activity, { id: 'a1', activityId: 'II.3/a b' })).toBe(
      '/plan-imports/a1/activities/II.3%2Fa%20b',
    );
  });

  it('refuses a missing parameter rather than calling a wrong address', () => {
    expect(() => endpointPath(activity, { id: 'a1' })).toThrow(
      'Missing path parameter "activityId" for /plan-imports/:id/activities/:activityId',
    );
    expect(() => endpointPath(activity, { id: 'a1', activityId: null })).toThrow('"activityId"');
  });

  it('leaves a path without parameters as it is', () => {
    expect(endpointPath(endpoints.listPlans)).toBe('/plans');
  });
});

describe('binding handlers to endpoints', () => {
  const ping = endpoint({
    method: 'get',
    path: '/ping',
    summary: 'Ping',
    tag: 'test',
    access: 'public',
    response: 'none',
  });
  const declared = { activity, ping };
  const none = async () => undefined;

  it('is complete when every endpoint has exactly one handler', () => {
    expect(unboundEndpoints([handle(activity, none), handle(ping, none)], declared)).toEqual([]);
  });

  it('names an endpoint without a handler and one bound twice', () => {
    expect(unboundEndpoints([handle(activity, none), handle(activity, none)], declared)).toEqual([
      'activity (PATCH /plan-imports/:id/activities/:activityId): 2 handlers',
      'ping (GET /ping): 0 handlers',
    ]);
  });

  it('binds every declared endpoint of the app exactly once', () => {
    expect(unboundEndpoints(API_ROUTES, endpoints)).toEqual([]);
  });
});

describe('the endpoint catalogue', () => {
  // A name declared by two capabilities would silently keep only the later one in `endpoints`.
  it('holds every endpoint of every capability file under its own name', async () => {
    const folder = fileURLToPath(new URL('../../../src/contracts/endpoints/', import.meta.url));
    const files = readdirSync(folder).filter((file) => file.endsWith('.ts') && file !== 'index.ts');
    const seen = new Map<string, string>();
    for (const file of files) {
      const module = (await import(`${folder}${file}`)) as Record<string, Record<string, AnyEndpoint>>;
      for (const group of Object.values(module)) {
        for (const [name, spec] of Object.entries(group)) {
          expect(seen.get(name), `${name} is declared in ${seen.get(name)} and ${file}`).toBeUndefined();
          seen.set(name, file);
          expect(
            endpoints[name as keyof typeof endpoints],
            `${name} (${file}) is missing from endpoints/index.ts`,
          ).toBe(spec);
        }
      }
    }
    expect(seen.size).toBe(Object.keys(endpoints).length);
  });

  it('gives each method and path to one endpoint only', () => {
    const addresses = Object.values(endpoints).map((spec: AnyEndpoint) => `${spec.method} ${spec.path}`);
    expect(new Set(addresses).size).toBe(addresses.length);
  });
});

describe('the OpenAPI document', () => {
  const document = buildOpenApi(API_ROUTES, 'test');

  it.each(Object.entries(endpoints))('lists %s with its method, path and summary', (_name, spec: AnyEndpoint) => {
    const path = `/api${spec.path.replace(/:(\w+)/g, '{$1}')}`;
    const operation = document.paths[path]?.[spec.method] as
      { summary: string; tags: string[]; security: unknown[] } | undefined;
    expect(operation, `${spec.method.toUpperCase()} ${path}`).toBeDefined();
    expect(operation!.summary).toBe(spec.summary);
    expect(operation!.tags).toEqual([spec.tag]);
    // A person's session everywhere but public routes; an API token where its scopes open the route's action.
    const byToken = spec.access !== 'public' && spec.action !== undefined && tokenScopesFor(spec.action).length > 0;
    expect(operation!.security).toEqual(
      spec.access === 'public' ? [] : [{ session: [] }, ...(byToken ? [{ apiToken: [] }] : [])],
    );
  });

  it('describes path parameters as required', () => {
    const operation = document.paths['/api/plan-imports/{id}/activities/{activityId}']!.patch as {
      parameters: { name: string; in: string; required: boolean }[];
    };
    expect(
      operation.parameters.filter((p) => p.in === 'path').map(({ name, required }) => ({ name, required })),
    ).toEqual([
      { name: 'id', required: true },
      { name: 'activityId', required: true },
    ]);
  });
});
