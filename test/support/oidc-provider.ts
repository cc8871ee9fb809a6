/**
 * An OpenID Connect provider for the single-sign-on tests: a real one (`oidc-provider`), run as its own process
 * (oidc-provider-process.mjs) over plain HTTP on loopback, with one confidential client `cchc-test` and a fresh
 * secret each time. Its login form is oidc-provider's development one (fields `login` and `password`, button
 * "Sign-in"): any login name is accepted and becomes the account (`sub`, `name`; `email` is the name itself when it
 * holds an '@', else `<name>@example.test`; `preferred_username` the part before the '@'). Consent is granted
 * automatically and RP-initiated logout confirms itself, so a person only ever sees the login form.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';

export interface RunningOidcProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  stop: () => Promise<void>;
}

const CLIENT_ID = 'cchc-test';

export async function startOidcProvider(options: {
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
}): Promise<RunningOidcProvider> {
  const clientSecret = randomBytes(24).toString('base64url');
  const config = {
    clients: [
      {
        client_id: CLIENT_ID,
        client_secret: clientSecret,
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
      },
    ],
  };
  const script = fileURLToPath(new URL('./oidc-provider-process.mjs', import.meta.url));
  const provider = spawn(process.execPath, [script], {
    env: { ...process.env, OIDC_TEST_CONFIG: JSON.stringify(config) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const issuer = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the OpenID provider did not start: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const found = /OIDC provider listening on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    provider.stdout.on('data', read);
    provider.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    provider.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the OpenID provider exited (${code}): ${output}`));
    });
  });
  return {
    issuer,
    clientId: CLIENT_ID,
    clientSecret,
    stop: async () => {
      if (provider.exitCode !== null || provider.signalCode !== null) return;
      const exited = new Promise((resolve) => provider.once('exit', resolve));
      provider.kill();
      await exited;
    },
  };
}

/**
 * A person signing in at the provider without a browser (the integration tests; the browser tests use Chromium):
 * follows the authorization request through the development login form with the provider's cookies, and returns
 * where the provider sends the person back (the client's redirect URI with `code` and `state`), unfetched.
 */
export async function signInAtProvider(authorizationUrl: string, login: string): Promise<URL> {
  const cookies = new Map<string, string>();
  const send = async (url: URL, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: 'manual',
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      },
    });
    for (const set of response.headers.getSetCookie()) {
      const [pair] = set.split(';');
      const at = pair!.indexOf('=');
      cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
    return response;
  };
  const issuer = new URL(authorizationUrl).origin;
  let url = new URL(authorizationUrl);
  for (let step = 0; step < 10; step++) {
    if (url.origin !== issuer) return url;
    const response = await send(url);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url);
      continue;
    }
    // The login form: post the name (any password) to its action, then follow on.
    const action = /<form[^>]*action="([^"]+)"/.exec(await response.text())?.[1];
    if (!action) throw new Error(`the provider's page at ${url.href} has no form (${response.status})`);
    const posted = await send(new URL(action, url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ prompt: 'login', login, password: 'any' }).toString(),
    });
    url = new URL(posted.headers.get('location')!, url);
  }
  throw new Error('the provider did not send the person back within 10 steps');
}
