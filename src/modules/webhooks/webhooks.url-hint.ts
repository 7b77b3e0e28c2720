/**
 * What the audit log and mails show of a webhook URL: its host and its last four characters
 * ("hooks.zapier.com …a9Zq"). Zapier, Make and Power Automate put a secret in the URL's path or
 * query, so the whole URL is shown only to admins on the endpoint's page.
 */
export function urlHint(url: string): string {
  let host: string;
  let rest: string;
  try {
    const u = new URL(url);
    host = u.host;
    rest = `${u.pathname}${u.search}`.replace(/^\/$/, '');
  } catch {
    return `…${url.slice(-4)}`;
  }
  return rest.length > 0 ? `${host} …${rest.slice(-4)}` : host;
}
