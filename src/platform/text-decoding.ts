/**
 * Reading an uploaded text file's bytes the way Belgian spreadsheets write them. Excel's plain
 * "CSV" is Windows-1252 (ANSI), its "CSV UTF-8" is UTF-8 with a byte order mark, "Unicode text" is
 * UTF-16LE with one. A file is decoded as what it is, or refused with a code saying why: never
 * decoded with U+FFFD in place of what it could not read (`Hélène` becoming `H�l�ne`).
 *
 * Pure and browser-safe: the import wizard decodes in the browser exactly as the server does.
 * Windows-1252 and UTF-16 are decoded here, not by TextDecoder: Node 20's TextDecoder('windows-1252')
 * reads 0x80..0x9F as C1 controls (0x80 is U+0080, not €; seen on 20.20 with full ICU), Node built
 * with small-icu knows neither windows-1252 nor utf-16be, and even a correct WHATWG decoder turns the
 * five bytes Windows-1252 leaves undefined into C1 controls instead of refusing them.
 */

/** What a file was read as. UTF-16 is only recognised by its byte order mark. */
export type TextEncodingName = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
export const TEXT_ENCODINGS = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'] as const satisfies readonly TextEncodingName[];

export type DecodeProblem =
  /** A NUL: UTF-16 without a byte order mark, or not a text file at all (an .xlsx, a PDF). */
  | { code: 'csv-nul-byte'; params: { line: number } }
  /** Not valid UTF-8, and a byte (e.g. 0x81) that Windows-1252 does not define either. */
  | { code: 'csv-encoding-unknown'; params: { line: number; byte: string } }
  /** A byte order mark, followed by bytes that are not what it announces. */
  | { code: 'csv-encoding-invalid'; params: { line: number; encoding: string } };

export type Decoded = { ok: true; text: string; encoding: TextEncodingName } | { ok: false; problem: DecodeProblem; message: string };

/** Windows-1252 bytes 0x80..0x9F; 0 marks the five it leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D). */
// prettier-ignore
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** Every byte's character in Windows-1252 (Latin-1 outside 0x80..0x9F); 0xffff for the undefined ones. */
const CP1252 = new Uint16Array(256);
for (let b = 0; b < 256; b++) CP1252[b] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] || 0xffff : b;

/** Bytes per String.fromCharCode call (apply has an argument limit). */
const CHUNK = 0x4000;

/** The 1-based line of position `at`, counting LF, and CR not followed by LF, as the CSV parser does. */
function lineAt(unit: (i: number) => number, at: number): number {
  let line = 1;
  for (let i = 0; i < at; i++) {
    const c = unit(i);
    if (c === 10 || (c === 13 && unit(i + 1) !== 10)) line++;
  }
  return line;
}

const hex = (b: number) => `0x${b.toString(16).toUpperCase().padStart(2, '0')}`;

function refuse(problem: DecodeProblem, message: string): Decoded {
  return { ok: false, problem, message };
}

function nulAt(line: number): Decoded {
  return refuse(
    { code: 'csv-nul-byte', params: { line } },
    `Line ${line} holds a NUL byte: this is not a CSV text file, or it is UTF-16 without a byte order mark. Save it from Excel as "CSV UTF-8" and import that file.`,
  );
}

function nulIn(text: string): Decoded | null {
  const at = text.indexOf('\u0000');
  return at === -1 ? null : nulAt(lineAt((i) => text.charCodeAt(i), at));
}

/** The offset of the first byte that does not belong to a valid UTF-8 sequence, or -1 (RFC 3629: no overlongs, surrogates or > U+10FFFF). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
  const n = bytes.length;
  let i = from;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = i + k < n ? bytes[i + k] : -1;
      if (c < (k === 1 ? lo : 0x80) || c > (k === 1 ? hi : 0xbf)) return i;
    }
    i += need + 1;
  }
  return -1;
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): Decoded {
  const encoding: TextEncodingName = littleEndian ? 'utf-16le' : 'utf-16be';
  const label = littleEndian ? 'UTF-16LE' : 'UTF-16BE';
  const count = (bytes.length - 2) >> 1;
  let body = bytes.subarray(2, 2 + count * 2);
  if (!littleEndian) {
    // Swapped into little-endian: utf-16le is the one UTF-16 decoder every TextDecoder has.
    const swapped = new Uint8Array(body.length);
    for (let i = 0; i < body.length; i += 2) {
      swapped[i] = body[i + 1];
      swapped[i + 1] = body[i];
    }
    body = swapped;
  }
  let text: string | null = null;
  if (bytes.length % 2 === 0) {
    try {
      text = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      text = null; // a lone surrogate
    }
  }
  if (text !== null) return nulIn(text) ?? { ok: true, text, encoding };
  const unit = (k: number) => (k < count ? body[2 * k] | (body[2 * k + 1] << 8) : -1);
  let bad = count; // an odd byte at the end, unless a lone surrogate comes first
  for (let k = 0; k < count; k++) {
    const u = unit(k);
    if (u >= 0xd800 && u <= 0xdbff && unit(k + 1) >= 0xdc00 && unit(k + 1) <= 0xdfff) k++;
    else if (u >= 0xd800 && u <= 0xdfff) {
      bad = k;
      break;
    }
  }
  const line = lineAt(unit, bad);
  return refuse(
    { code: 'csv-encoding-invalid', params: { line, encoding: label } },
    `The file starts with a ${label} byte order mark, but line ${line} is not valid ${label}: save it from Excel as "CSV UTF-8" and import that file.`,
  );
}

/**
 * The text of a file: UTF-8 (with or without byte order mark), UTF-16LE or UTF-16BE with a byte
 * order mark, or else Windows-1252 when every byte is defined there; the byte order mark is not
 * part of the text. Anything else is refused with a problem naming the line.
 */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, false);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    text = null;
  }
  if (text !== null) return nulIn(text) ?? { ok: true, text, encoding: bom ? 'utf-8-bom' : 'utf-8' };
  if (bom) {
    const at = Math.max(0, firstInvalidUtf8(body));
    const line = lineAt((i) => body[i] ?? -1, at);
    return refuse(
      { code: 'csv-encoding-invalid', params: { line, encoding: 'UTF-8' } },
      `The file starts with a UTF-8 byte order mark, but line ${line} is not valid UTF-8: save it from Excel as "CSV UTF-8" and import that file.`,
    );
  }
  // Not UTF-8: Windows-1252 if every byte means something there (and none is NUL).
  let first = -1;
  for (const b of UNDEFINED_OR_NUL) {
    const at = bytes.indexOf(b);
    if (at !== -1 && (first === -1 || at < first)) first = at;
  }
  if (first !== -1) return refuseByte(bytes, first);
  return { ok: true, text: singleByte(bytes), encoding: 'windows-1252' };
}

/** NUL and the five bytes Windows-1252 leaves undefined. */
const UNDEFINED_OR_NUL = [0x00, 0x81, 0x8d, 0x8f, 0x90, 0x9d];
const C1 = /[\u0080-\u009f]/g;

/**
 * Windows-1252 bytes (none undefined) as text. The native 'latin1' decoder is fast: browsers give
 * Windows-1252 for it (WHATWG), Node 20 gives ISO-8859-1, whose C1 controls the table then turns
 * into what Windows-1252 means (U+0080 into €); either way the result is the same.
 */
function singleByte(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('latin1').decode(bytes);
  } catch {
    const parts: string[] = [];
    for (let i = 0; i < bytes.length; i += CHUNK)
      parts.push(String.fromCharCode.apply(null, bytes.subarray(i, i + CHUNK) as unknown as number[]));
    text = parts.join('');
  }
  return text.replace(C1, (c) => String.fromCharCode(CP1252[c.charCodeAt(0)]));
}

function refuseByte(bytes: Uint8Array, at: number): Decoded {
  const line = lineAt((k) => bytes[k] ?? -1, at);
  if (bytes[at] === 0) return nulAt(line);
  return refuse(
    { code: 'csv-encoding-unknown', params: { line, byte: hex(bytes[at]) } },
    `Line ${line} has byte ${hex(bytes[at])}, which is neither UTF-8 nor Windows-1252 text: save the file from Excel as "CSV UTF-8" and import that file.`,
  );
}
