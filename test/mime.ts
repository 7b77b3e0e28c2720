/**
 * Just enough MIME reading for tests to check what a real SMTP server received: the headers (unfolded,
 * names lower-cased) and the leaf parts of a multipart message, each decoded (quoted-printable or
 * base64, UTF-8). Not a general parser: nodemailer's output is all it has to read.
 */
export interface MimePart {
  headers: Record<string, string>;
  /** The content type without its parameters, lower-cased: `text/plain`. */
  type: string;
  body: string;
}

export interface MimeMessage {
  headers: Record<string, string>;
  parts: MimePart[];
}

function splitHead(raw: string): { headers: Record<string, string>; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  const head = at === -1 ? raw : raw.slice(0, at);
  const body = at === -1 ? '' : raw.slice(at).replace(/^\r?\n\r?\n/, '');
  const headers: Record<string, string> = {};
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, body };
}

function decode(body: string, encoding: string | undefined): string {
  const enc = (encoding ?? '7bit').toLowerCase();
  if (enc === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (enc === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

function leaves(raw: string): MimePart[] {
  const { headers, body } = splitHead(raw);
  const contentType = headers['content-type'] ?? 'text/plain';
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = /boundary="?([^";]+)"?/i.exec(contentType)![1];
    const chunks = body.split(`--${boundary}`).slice(1);
    return chunks.filter((c) => !c.startsWith('--')).flatMap((c) => leaves(c.replace(/^\r?\n/, '').replace(/\r?\n$/, '')));
  }
  return [{ headers, type, body: decode(body, headers['content-transfer-encoding']) }];
}

export function parseMime(raw: string): MimeMessage {
  return { headers: splitHead(raw).headers, parts: leaves(raw) };
}
