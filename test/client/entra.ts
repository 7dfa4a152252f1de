/**
 * A Microsoft Entra token endpoint faked with nock, for a real `ClientSecretCredential`, and mocha
 * hooks that switch nock's interception on or off for a suite (restoring it afterwards).
 *
 * nock intercepts every `http.request` once it is imported, in every test file of the run. Its
 * passthrough calls `agent.createConnection()` synchronously, which `https-proxy-agent` (an
 * agent-base agent, whose connect is async) does not support: a proxied session then never
 * connects. Suites that use a proxy switch nock off with `withoutNock()`.
 */
import nock from "nock";

export const TENANT_ID = "8d5b7c1e-3f2a-4b6c-9d0e-1a2b3c4d5e6f";
export const CLIENT_ID = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0";
export const CLIENT_SECRET = "client-secret-value-5b1f0c";
const AUTHORITY = "https://login.microsoftonline.com";

/**
 * Fakes the Microsoft Entra endpoints a `ClientSecretCredential` (default authority host) calls:
 * instance discovery, the tenant's OpenID configuration, and the token endpoint, which answers
 * each request with the next token of `tokens` (the last one repeated). Only 127.0.0.1 stays reachable.
 */
export function fakeEntra(options: {
  tokens: string[];
  expiresInSeconds?: number;
  tenantId?: string;
  /** Answer token requests with this error instead. */
  failWith?: { status: number; error: string; description: string };
}): { tokenRequests: URLSearchParams[] } {
  const tenant = options.tenantId ?? TENANT_ID;
  const tokenRequests: URLSearchParams[] = [];
  nock.disableNetConnect();
  nock.enableNetConnect("127.0.0.1");
  nock(AUTHORITY)
    .persist()
    .get("/common/discovery/instance")
    .query(true)
    .reply(200, {
      tenant_discovery_endpoint: `${AUTHORITY}/${tenant}/v2.0/.well-known/openid-configuration`,
      "api-version": "1.1",
      metadata: [
        {
          preferred_network: "login.microsoftonline.com",
          preferred_cache: "login.windows.net",
          aliases: ["login.microsoftonline.com", "login.windows.net", "login.microsoft.com", "sts.windows.net"],
        },
      ],
    });
  nock(AUTHORITY)
    .persist()
    .get(`/${tenant}/v2.0/.well-known/openid-configuration`)
    .reply(200, {
      token_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/token`,
      authorization_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${AUTHORITY}/${tenant}/oauth2/v2.0/logout`,
      issuer: `${AUTHORITY}/${tenant}/v2.0`,
      jwks_uri: `${AUTHORITY}/${tenant}/discovery/v2.0/keys`,
      response_modes_supported: ["query", "fragment", "form_post"],
    });
  nock(AUTHORITY)
    .persist()
    .post(`/${tenant}/oauth2/v2.0/token`)
    .query(true)
    .reply((_uri, body) => {
      tokenRequests.push(new URLSearchParams(String(body)));
      const fail = options.failWith;
      if (fail) return [fail.status, { error: fail.error, error_description: fail.description, error_codes: [7000215] }];
      const token = options.tokens[Math.min(tokenRequests.length, options.tokens.length) - 1];
      const expiresIn = options.expiresInSeconds ?? 3600;
      return [200, { token_type: "Bearer", expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token }];
    });
  return { tokenRequests };
}

/** Undoes `fakeEntra`. */
export function cleanNock(): void {
  nock.cleanAll();
  nock.enableNetConnect();
}

/** Switches nock's interception on for the suite (and back to how it was after it). */
export function withNock(): void {
  let wasActive = true;
  before(() => {
    wasActive = nock.isActive();
    if (!wasActive) nock.activate();
  });
  after(() => {
    cleanNock();
    if (!wasActive) nock.restore();
  });
}

/** Switches nock's interception off for the suite (and back to how it was after it). */
export function withoutNock(): void {
  let wasActive = false;
  before(() => {
    wasActive = nock.isActive();
    if (wasActive) nock.restore();
  });
  after(() => {
    if (wasActive) nock.activate();
  });
}
