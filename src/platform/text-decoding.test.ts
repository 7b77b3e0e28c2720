import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8 } from './text-decoding.ts';

const bytes = (...parts: (string | number[])[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const utf16 = (s: string, littleEndian: boolean) => {
  const out = [littleEndian ? 0xff : 0xfe, littleEndian ? 0xfe : 0xff];
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out.push(...(littleEndian ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
  }
  return Uint8Array.from(out);
};

describe('decodeText', () => {
  it('reads UTF-8, with or without a byte order mark, and leaves the mark out of the text', () => {
    expect(decodeText(utf8('Hélène;François\n'))).toEqual({ ok: true, text: 'Hélène;François\n', encoding: 'utf-8' });
    expect(decodeText(utf8('\uFEFFØrsted;€\n'))).toEqual({ ok: true, text: 'Ørsted;€\n', encoding: 'utf-8-bom' });
    expect(decodeText(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('reads UTF-16LE and UTF-16BE with a byte order mark, surrogate pairs included', () => {
    expect(decodeText(utf16('Hélène;😀\r\n', true))).toEqual({ ok: true, text: 'Hélène;😀\r\n', encoding: 'utf-16le' });
    expect(decodeText(utf16('Ørsted;€', false))).toEqual({ ok: true, text: 'Ørsted;€', encoding: 'utf-16be' });
  });

  it("reads Excel's Windows-1252 CSV exactly: é, ç, Ø, € and the other 0x80..0x9F characters", () => {
    // "Hélène;François;Ørsted;€ 5" as Excel's plain CSV writes it.
    const file = bytes('H', [0xe9], 'l', [0xe8], 'ne;Fran', [0xe7], 'ois;', [0xd8], 'rsted;', [0x80], ' 5\r\n');
    expect(decodeText(file)).toEqual({ ok: true, text: 'Hélène;François;Ørsted;€ 5\r\n', encoding: 'windows-1252' });
    expect(decodeText(bytes([0x93], 'quoted', [0x94], ' ', [0x96], ' ', [0x85], [0x99]))).toMatchObject({
      text: '\u201Cquoted\u201D \u2013 \u2026\u2122',
    });
  });

  it('maps every byte Windows-1252 defines to its character (Latin-1 outside 0x80..0x9F)', () => {
    const high = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ'; // 0x80..0x9F without the five undefined ones
    const defined = [...Array(256).keys()].filter((b) => b !== 0 && ![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(b));
    const expected = defined.map((b) => (b >= 0x80 && b <= 0x9f ? '' : String.fromCharCode(b))).join('');
    const ours = decodeText(Uint8Array.from(defined));
    expect(ours.ok && ours.encoding).toBe('windows-1252');
    const text = ours.ok ? ours.text : '';
    expect(text.slice(0, 0x7f)).toBe(expected.slice(0, 0x7f));
    expect(text.slice(0x7f, 0x7f + high.length)).toBe(high);
    expect(text.slice(0x7f + high.length)).toBe(expected.slice(0x7f));
  });

  it('reads Windows-1252 the same where TextDecoder knows no latin1 (Node without ICU data)', () => {
    const file = Uint8Array.from([0x48, 0xe9, 0x80, 0x93, 0x9f, 0x0a, 0xd8]);
    const native = decodeText(file);
    const Original = globalThis.TextDecoder;
    class Utf8Only extends Original {
      constructor(label?: string, options?: TextDecoderOptions) {
        if (label === 'latin1') throw new RangeError('The "latin1" encoding is not supported');
        super(label, options);
      }
    }
    globalThis.TextDecoder = Utf8Only;
    try {
      expect(decodeText(file)).toEqual(native);
    } finally {
      globalThis.TextDecoder = Original;
    }
    expect(native).toEqual({ ok: true, text: 'Hé€\u201CŸ\nØ', encoding: 'windows-1252' });
  });

  it('refuses bytes that are neither UTF-8 nor Windows-1252, naming the byte and its line', () => {
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) {
      const r = decodeText(bytes('a;b\r\nH', [0xe9], 'l', [b], 'ne;x\r\n'));
      expect(r).toMatchObject({
        ok: false,
        problem: { code: 'csv-encoding-unknown', params: { line: 2, byte: `0x${b.toString(16).toUpperCase()}` } },
      });
    }
  });

  it('refuses NUL bytes: UTF-16 without a byte order mark, or not a text file', () => {
    const noBom = utf16('a;b\nc;d', true).subarray(2);
    expect(decodeText(noBom)).toMatchObject({ ok: false, problem: { code: 'csv-nul-byte', params: { line: 1 } } });
    expect(decodeText(bytes('a;b\n', [0xe9, 0x00]))).toMatchObject({ ok: false, problem: { code: 'csv-nul-byte', params: { line: 2 } } });
    expect(decodeText(utf8('a;b\nc;\u0000'))).toMatchObject({ ok: false, problem: { code: 'csv-nul-byte', params: { line: 2 } } });
    // An .xlsx is a zip file.
    expect(decodeText(bytes('PK', [3, 4, 20, 0, 6, 0]))).toMatchObject({ ok: false, problem: { code: 'csv-nul-byte' } });
  });

  it('refuses a byte order mark followed by something else', () => {
    expect(decodeText(bytes([0xef, 0xbb, 0xbf], 'a;b\r\nH', [0xe9], 'l'))).toMatchObject({
      ok: false,
      problem: { code: 'csv-encoding-invalid', params: { line: 2, encoding: 'UTF-8' } },
    });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toMatchObject({
      problem: { code: 'csv-encoding-invalid', params: { line: 1, encoding: 'UTF-16LE' } },
    });
    // A lone surrogate on the second line.
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0, 0x41, 0, 0x0a, 0xd8, 0x00, 0, 0x42]))).toMatchObject({
      problem: { code: 'csv-encoding-invalid', params: { line: 2, encoding: 'UTF-16BE' } },
    });
  });
});

describe('firstInvalidUtf8', () => {
  it('agrees with the fatal UTF-8 decoder on tricky sequences', () => {
    const cases: number[][] = [
      [0x41],
      [0xc3, 0xa9],
      [0xc0, 0x80], // overlong
      [0xc1, 0xbf],
      [0xe0, 0x9f, 0x80], // overlong
      [0xe0, 0xa0, 0x80],
      [0xed, 0xa0, 0x80], // surrogate
      [0xed, 0x9f, 0xbf],
      [0xf0, 0x8f, 0x80, 0x80], // overlong
      [0xf0, 0x90, 0x80, 0x80],
      [0xf4, 0x8f, 0xbf, 0xbf],
      [0xf4, 0x90, 0x80, 0x80], // > U+10FFFF
      [0xf5, 0x80, 0x80, 0x80],
      [0xe2, 0x82], // cut short
      [0x80],
    ];
    for (const c of cases) {
      let valid = true;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(Uint8Array.from(c));
      } catch {
        valid = false;
      }
      expect(`${c.map((b) => b.toString(16))}: ${firstInvalidUtf8(Uint8Array.from(c)) === -1}`).toBe(
        `${c.map((b) => b.toString(16))}: ${valid}`,
      );
    }
  });
});
