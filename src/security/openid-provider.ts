import * as oidc from 'openid-client';
import { AppError } from '../domain/errors.js';

/** The province's (or the Ministry's) OpenID Connect provider, as configured (CCHC_OIDC_*, README: Single sign-on). */
export interface SingleSignOnSettings {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  /** The claim that names the person's cchc account: 'email' (users.email) or another, e.g. 'preferred_username' (users.username). */
  claim: string;
  /** How the login page names the provider: "Đăng nhập bằng {label}". */
  label: string;
}

/** What the provider says of the person who signed in, and the ID token that ends the provider's session later. */
export interface SignedInPerson {
  claims: Record<string, unknown>;
  idToken: string;
}

export interface SignInChecks {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OpenIdProvider {
  readonly settings: SingleSignOnSettings;
  /** Where to send the browser: authorization code flow with PKCE (S256), state and nonce. */
  authorizationUrl(redirectUri: string, checks: SignInChecks): Promise<URL>;
  /** Exchanges the code the provider sent back (`callbackUrl`: the redirect URI with its query) and checks state, nonce and PKCE. */
  finish(callbackUrl: URL, checks: SignInChecks): Promise<SignedInPerson>;
  /** The provider's end-session address, or null when it has none (then only cchc's session ends). */
  endSessionUrl(idToken: string, postLogoutRedirectUri: string): Promise<URL | null>;
}

/** Plain HTTP only to a provider on this machine (tests, a provider beside cchc); anywhere else HTTPS. */
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function newSignInChecks(): SignInChecks {
  return { state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier: oidc.randomPKCECodeVerifier() };
}

export function openIdProvider(settings: SingleSignOnSettings): OpenIdProvider {
  // Discovered on first use, not at start-up: the provider may be down when cchc starts, and password sign-in
  // (when on) must not wait for it. A failed discovery is forgotten, so the next sign-in tries again.
  let discovered: Promise<oidc.Configuration> | null = null;
  const configuration = () => {
    discovered ??= oidc
      .discovery(
        settings.issuer,
        settings.clientId,
        undefined,
        oidc.ClientSecretBasic(settings.clientSecret),
        LOOPBACK.has(settings.issuer.hostname) ? { execute: [oidc.allowInsecureRequests] } : undefined,
      )
      .catch((cause: unknown) => {
        discovered = null;
        throw Object.assign(new AppError('SSO_UNAVAILABLE'), { cause });
      });
    return discovered;
  };

  return {
    settings,
    async authorizationUrl(redirectUri, checks) {
      const config = await configuration();
      return oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri,
        scope: 'openid email profile',
        state: checks.state,
        nonce: checks.nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(checks.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async finish(callbackUrl, checks) {
      const config = await configuration();
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          pkceCodeVerifier: checks.codeVerifier,
          expectedState: checks.state,
          expectedNonce: checks.nonce,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims()!;
        // A provider may keep e-mail and names out of the ID token: then ask its userinfo endpoint.
        const claims =
          settings.claim in idClaims
            ? { ...idClaims }
            : { ...(await oidc.fetchUserInfo(config, tokens.access_token, idClaims.sub)), ...idClaims };
        return { claims, idToken: tokens.id_token! };
      } catch (cause) {
        throw Object.assign(new AppError('SSO_FAILED'), { cause });
      }
    },
    async endSessionUrl(idToken, postLogoutRedirectUri) {
      const config = await configuration().catch(() => null);
      if (!config?.serverMetadata().end_session_endpoint) return null;
      return oidc.buildEndSessionUrl(config, {
        id_token_hint: idToken,
        post_logout_redirect_uri: postLogoutRedirectUri,
      });
    },
  };
}
