/** How people sign in, read from the environment: a setting that would leave nobody able to sign in stops the start. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';

const provider = {
  CCHC_OIDC_ISSUER: 'https://id.tinh.gov.vn/realms/cchc',
  CCHC_OIDC_CLIENT_ID: 'cchc',
  CCHC_OIDC_CLIENT_SECRET: 'bí-mật',
};

describe('sign-in settings', () => {
  it('are passwords only by default', () => {
    expect(loadConfig({}).signIn).toEqual({ passwordLogin: true, singleSignOn: undefined });
  });

  it('read the provider, the claim (e-mail by default) and the label', () => {
    const { singleSignOn } = loadConfig(provider).signIn;
    expect(singleSignOn).toMatchObject({ clientId: 'cchc', clientSecret: 'bí-mật', claim: 'email' });
    expect(singleSignOn?.issuer.href).toBe('https://id.tinh.gov.vn/realms/cchc');
    const named = loadConfig({ ...provider, CCHC_OIDC_CLAIM: 'preferred_username', CCHC_OIDC_LABEL: 'VNeID' });
    expect(named.signIn.singleSignOn).toMatchObject({ claim: 'preferred_username', label: 'VNeID' });
  });

  it('refuse to turn passwords off without a provider, a missing client setting, and a wrong switch, by name', () => {
    expect(() => loadConfig({ CCHC_PASSWORD_LOGIN: 'off' })).toThrow(/CCHC_OIDC_ISSUER/);
    expect(() => loadConfig({ ...provider, CCHC_OIDC_CLIENT_SECRET: '' })).toThrow(/CCHC_OIDC_CLIENT_SECRET/);
    expect(() => loadConfig({ ...provider, CCHC_OIDC_ISSUER: 'id.tinh' })).toThrow(/CCHC_OIDC_ISSUER/);
    expect(() => loadConfig({ CCHC_PASSWORD_LOGIN: 'tắt' })).toThrow(/CCHC_PASSWORD_LOGIN/);
    expect(loadConfig({ ...provider, CCHC_PASSWORD_LOGIN: 'OFF' }).signIn.passwordLogin).toBe(false);
  });
});
