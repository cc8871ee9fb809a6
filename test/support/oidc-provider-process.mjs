// A real OpenID Connect provider (oidc-provider v9) for the single-sign-on tests, run as its own process by
// test/support/oidc-provider.ts. Configuration comes from OIDC_TEST_CONFIG (JSON):
//   { "clients": [{ "client_id", "client_secret", "redirect_uris": [...], "post_logout_redirect_uris": [...] }] }
// It listens on a free loopback port over plain HTTP and prints one line when ready:
//   OIDC provider listening on http://127.0.0.1:<port>
// Login uses oidc-provider's built-in development interactions: any login name (any password) is accepted and
// becomes the account id. Consent is granted automatically and RP-initiated logout confirms itself, so a person
// only ever sees the login form.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Provider from 'oidc-provider';

const { clients } = JSON.parse(process.env.OIDC_TEST_CONFIG ?? '{"clients":[]}');

// The issuer names the port, so listen first (port 0: any free one) and build the provider afterwards.
const server = createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

// Claims of an account whose id is the login name typed into the form.
function claimsOf(login) {
  const email = login.includes('@') ? login : `${login}@example.test`;
  return { sub: login, email, email_verified: true, preferred_username: email.split('@')[0], name: login };
}

const provider = new Provider(issuer, {
  clients: clients.map((client) => ({
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // Registered as client_secret_basic; oidc-provider accepts client_secret_post for such a client too.
    token_endpoint_auth_method: 'client_secret_basic',
    post_logout_redirect_uris: [],
    ...client,
  })),
  // A fresh signing key and cookie key each run (instead of oidc-provider's published development keys).
  jwks: {
    keys: [
      {
        ...generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ format: 'jwk' }),
        use: 'sig',
        alg: 'RS256',
      },
    ],
  },
  cookies: { keys: [randomBytes(32).toString('base64url')] },
  pkce: { required: () => true }, // S256 is the only method oidc-provider v9 supports
  scopes: ['openid', 'email', 'profile'],
  claims: {
    openid: ['sub'],
    email: ['email', 'email_verified'],
    profile: ['preferred_username', 'name'],
  },
  // Put the scopes' claims in the ID token as well, not only behind the userinfo endpoint.
  conformIdTokenClaims: false,
  async findAccount(ctx, sub) {
    return { accountId: sub, claims: async () => claimsOf(sub) };
  },
  // Grant whatever OpenID scopes and claims a client asks for, so no consent screen is ever shown
  // (the loadExistingGrant pattern of oidc-provider's "skip consent" recipe).
  async loadExistingGrant(ctx) {
    const { client, session, account } = ctx.oidc;
    const grantId = ctx.oidc.result?.consent?.grantId || session.grantIdFor(client.clientId);
    let grant = grantId ? await ctx.oidc.provider.Grant.find(grantId) : undefined;
    if (grant?.accountId !== account.accountId)
      grant = new ctx.oidc.provider.Grant({ accountId: account.accountId, clientId: client.clientId });
    grant.addOIDCScope(ctx.oidc.requestParamOIDCScopes);
    grant.addOIDCClaims(ctx.oidc.requestParamClaims);
    await grant.save();
    return grant;
  },
  features: {
    devInteractions: { enabled: true }, // the login form (on by default; stated for the reader)
    rpInitiatedLogout: {
      enabled: true,
      // Answer the "Do you want to sign-out?" question with yes by submitting the form at once.
      async logoutSource(ctx, form) {
        ctx.type = 'html';
        ctx.body = `<!DOCTYPE html><html><head><title>Signing out</title></head><body>
          ${form.replace('</form>', '<input type="hidden" name="logout" value="yes"/></form>')}
          <noscript><button type="submit" form="op.logoutForm">Sign out</button></noscript>
          <script>document.getElementById('op.logoutForm').submit()</script>
        </body></html>`;
      },
    },
  },
});
provider.on('server_error', (ctx, error) => console.error('oidc-provider server error:', error));
server.on('request', provider.callback());

process.on('SIGTERM', () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});

process.stdout.write(`OIDC provider listening on ${issuer}\n`);
