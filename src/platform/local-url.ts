/**
 * Whether a URL points at this machine only: loopback addresses, `localhost` and `*.localhost`
 * (RFC 6761), and `*.test` (RFC 2606, never resolved on the internet). Start-up uses it to warn
 * when the dev mailbox, which shows every secret link to admins, serves an address others reach.
 */
export function isLocalUrl(url: string): boolean {
  let host: string;
  try {
    // URL lowercases the host and normalises IPv4 spellings such as 0x7f.1 to 127.0.0.1.
    host = new URL(url).hostname.replace(/\.$/, '');
  } catch {
    return false;
  }
  return (
    host === 'localhost' ||
    host.endsWith('.localhost') ||
    host.endsWith('.test') ||
    /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host) ||
    host === '[::1]' ||
    // An IPv4 loopback address written as IPv6 (::ffff:127.0.0.1), as URL normalises it.
    /^\[::ffff:7f[0-9a-f]{2}:[0-9a-f]{1,4}\]$/.test(host)
  );
}
