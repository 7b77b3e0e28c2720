/** A SCIM client for tests: calls /scim/v2 of the app in memory with a bearer token, as a provisioning client does. */
import type { TestEnv } from './helpers.ts';
import { client } from './helpers.ts';

export const ENTERPRISE = 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User';
export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

export interface ScimAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export function scimClient(env: TestEnv, token: string | null) {
  const call = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<ScimAnswer> => {
    const h: Record<string, string> = { ...headers };
    if (token) h.authorization = `Bearer ${token}`;
    if (body !== undefined) h['content-type'] ??= 'application/scim+json';
    const res = await env.app.request(`/scim/v2${path}`, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    const answer = { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
    // What a write answers is what a read then gives, ETag and all (the service builds the answer itself).
    if ((method === 'POST' && res.status === 201) || ((method === 'PUT' || method === 'PATCH') && res.status === 200)) {
      const again = await env.app.request(`/scim/v2/Users/${answer.body.id}`, { headers: { authorization: `Bearer ${token}` } });
      const read = await again.json();
      if (JSON.stringify(read) !== JSON.stringify(answer.body) || again.headers.get('etag') !== res.headers.get('etag')) {
        throw new Error(`${method} ${path} answered\n${text}\nbut a GET then gives\n${JSON.stringify(read)}`);
      }
    }
    return answer;
  };
  return {
    get: (path: string, headers?: Record<string, string>) => call('GET', path, undefined, headers),
    post: (path: string, body: unknown, headers?: Record<string, string>) => call('POST', path, body, headers),
    put: (path: string, body: unknown, headers?: Record<string, string>) => call('PUT', path, body, headers),
    patch: (path: string, body: unknown, headers?: Record<string, string>) => call('PATCH', path, body, headers),
    delete: (path: string, headers?: Record<string, string>) => call('DELETE', path, undefined, headers),
  };
}

/** A SCIM token created by `adminToken`'s admin through the API. */
export async function scimToken(env: TestEnv, adminToken: string, name = 'Entra ID'): Promise<{ id: string; token: string }> {
  const res = await client(env.app, adminToken).post('/api/v1/scim/tokens', { name });
  if (res.status !== 201) throw new Error(`creating a SCIM token failed: ${res.text}`);
  return { id: res.body.id, token: res.body.token };
}

/** A user as Microsoft Entra ID sends it on creation (its documented request, with our attribute mappings). */
export function entraUser(n: string, extra: Record<string, unknown> = {}) {
  return {
    schemas: [USER, ENTERPRISE],
    externalId: `ext-${n}`,
    userName: `user${n}@contoso.be`,
    active: true,
    displayName: `Jan Peeters${n}`,
    emails: [{ primary: true, type: 'work', value: `user${n}@contoso.be` }],
    meta: { resourceType: 'User' },
    name: { familyName: `Peeters${n}`, givenName: 'Jan' },
    preferredLanguage: 'nl-BE',
    title: 'Engineer',
    [ENTERPRISE]: { employeeNumber: `E${n}`, department: 'Engineering' },
    ...extra,
  };
}
