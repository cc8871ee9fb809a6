import type { OpenIdProvider } from '../security/openid-provider.js';

/** How this server lets people sign in (Config.signIn, with the provider's client made once per server). */
export interface SignIn {
  passwordLogin: boolean;
  provider: OpenIdProvider | null;
}

export const PASSWORD_ONLY: SignIn = { passwordLogin: true, provider: null };
