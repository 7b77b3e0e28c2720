/** The token from a mailed link such as /invitation#token=...: in the fragment, it never reaches a server log. */
export function tokenFromHash(hash = location.hash): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}
