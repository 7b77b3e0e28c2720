import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, csvCell, parseCsv, toCsv, unprotectCell, type CsvDelimiter } from './csv.ts';

describe('parseCsv', () => {
  it('strips a UTF-8 BOM', () => {
    const r = parseCsv('\uFEFFa;b\n1;2\n');
    expect(r.rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('detects ; , and tab from the header line', () => {
    expect(parseCsv('a;b;c\n1;2;3').delimiter).toBe(';');
    expect(parseCsv('a,b,c\n1,2,3').delimiter).toBe(',');
    expect(parseCsv('a\tb\tc\n1\t2\t3')).toEqual({
      delimiter: '\t',
      rows: [
        ['a', 'b', 'c'],
        ['1', '2', '3'],
      ],
      lines: [1, 2],
      skippedBlankRows: 0,
    });
  });

  it('prefers ; on a tie with , and ignores delimiters inside quotes', () => {
    expect(parseCsv('"a,b";c,d\n').delimiter).toBe(';');
    expect(parseCsv('"x;y;z",b\n').delimiter).toBe(',');
    expect(parseCsv('name\nAna\n').delimiter).toBe(';');
  });

  it('honours an explicit delimiter', () => {
    expect(parseCsv('a;b,c', { delimiter: ',' }).rows).toEqual([['a;b', 'c']]);
  });

  it('reads quoted fields with delimiters, newlines and doubled quotes, trimming nothing inside', () => {
    const r = parseCsv('name;note\n"Peeters; Ana";"line 1\nline 2"\n"Jan ""Johnny"" Jansens";"  spaced  "\n');
    expect(r.rows).toEqual([
      ['name', 'note'],
      ['Peeters; Ana', 'line 1\nline 2'],
      ['Jan "Johnny" Jansens', '  spaced  '],
    ]);
  });

  it('handles CRLF, LF and lone CR line ends', () => {
    expect(parseCsv('a;b\r\n1;2\r\n3;4\r\n').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a;b\r1;2\r3;4').rows).toEqual([
      ['a', 'b'],
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(parseCsv('a;b\r\n1;2\n3;4\r5;6').lines).toEqual([1, 2, 3, 4]);
  });

  it('keeps empty cells and empty quoted fields', () => {
    expect(parseCsv('a;b;c\n;"";x\n').rows).toEqual([
      ['a', 'b', 'c'],
      ['', '', 'x'],
    ]);
  });

  it('skips blank rows but keeps physical line numbers, also after multi-line quoted fields', () => {
    const text = ['h1;h2', '1;"two', 'lines"', '', ';', '3;4', '"a\r\nb";5', ' ; ', '6;7', ''].join('\r\n');
    const r = parseCsv(text);
    expect(r.rows).toEqual([
      ['h1', 'h2'],
      ['1', 'two\r\nlines'],
      ['3', '4'],
      ['a\r\nb', '5'],
      ['6', '7'],
    ]);
    expect(r.lines).toEqual([1, 2, 6, 7, 10]);
  });

  it('counts lines from a blank first line', () => {
    expect(parseCsv('\n\na,b\n1,2').lines).toEqual([3, 4]);
  });

  it('returns nothing for empty text', () => {
    expect(parseCsv('')).toEqual({ delimiter: ';', rows: [], lines: [], skippedBlankRows: 0 });
    expect(parseCsv('\uFEFF\r\n\r\n').rows).toEqual([]);
  });

  it('throws CsvSyntaxError with the line of an unterminated quote', () => {
    const text = 'a;b\n1;2\n3;"never\nclosed\n';
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    try {
      parseCsv(text);
    } catch (e) {
      expect(e).toBeInstanceOf(CsvSyntaxError);
      expect((e as CsvSyntaxError).line).toBe(3);
      expect((e as Error).message).toMatch(/^Line 3: /);
    }
  });

  it('refuses a stray quote the same way wherever it stands in a field, naming its row and column', () => {
    const where = (text: string) => {
      try {
        parseCsv(text);
      } catch (e) {
        const err = e as CsvSyntaxError;
        return `${err.code} ${err.line}:${err.column} ${err.header ?? '-'}`;
      }
      return 'parsed';
    };
    // At the start (a quoted part followed by more text), in the middle, at the end of a field.
    expect(where('naam;x\n"Johnny" Jansens;3\n')).toBe('csv-stray-quote 2:1 naam');
    expect(where('naam;x\nO"Brien;3\n')).toBe('csv-stray-quote 2:1 naam');
    expect(where('naam;x\n1;5" screen\n')).toBe('csv-stray-quote 2:2 x');
    expect(where('naam;x\n1;screen 5"\n')).toBe('csv-stray-quote 2:2 x');
    expect(where('naam;x\n1;2\n3;5\'11"')).toBe('csv-stray-quote 3:2 x');
    expect(where('naam;x\n1;""\n')).toBe('parsed');
    // The same in the header row, which has no header to name.
    expect(where('na"am;x\n')).toBe('csv-stray-quote 1:1 -');
    // A multi-line quoted field: the row is where the field starts.
    expect(where('a;b\n"multi\nline"y;2\n')).toBe('csv-stray-quote 2:1 a');
    // Never closed: the row and column where the quote opens.
    expect(where('a;b\n1;2\n3;"never\nclosed\n')).toBe('csv-syntax 3:2 b');
  });

  it('counts the blank rows it skips: empty lines and the ;;; lines Excel leaves', () => {
    expect(parseCsv('a;b;c\r\n1;2;3\r\n;;\r\n\r\n ; ;\r\n4;5;6\r\n;;\r\n;;').skippedBlankRows).toBe(5);
    // A final line break ends the last row; it does not start a blank one.
    expect(parseCsv('a;b\r\n1;2\r\n').skippedBlankRows).toBe(0);
    expect(parseCsv('a;b\r\n1;2\r\n\r\n').skippedBlankRows).toBe(1);
    expect(parseCsv('').skippedBlankRows).toBe(0);
    expect(parseCsv('\uFEFF').skippedBlankRows).toBe(0);
  });
});

describe('csvCell and toCsv', () => {
  it('defuses cells that a spreadsheet would read as a formula', () => {
    expect(csvCell('=SUM(1)')).toBe("'=SUM(1)");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@x')).toBe("'@x");
    expect(csvCell('\tx')).toBe('"\'\tx"');
    expect(csvCell('\rx')).toBe('"\'\rx"');
  });

  it('defuses formulas behind leading spaces and quotes, which import paths strip', () => {
    expect(csvCell('  =1+1')).toBe("'  =1+1");
    expect(csvCell(' @SUM(A1)')).toBe("' @SUM(A1)");
    expect(csvCell('"=1+1')).toBe('"\'""=1+1"');
    expect(csvCell('\u00a0-2')).toBe("'\u00a0-2");
    expect(csvCell('\uff1dSUM(1)')).toBe("'\uff1dSUM(1)");
    // A value that already looks defused gets a second quote, so it reads back as it was.
    expect(csvCell("'=1")).toBe("''=1");
    // Text that only contains such characters later stays as it is.
    expect(csvCell('Ana = HR')).toBe('Ana = HR');
    expect(csvCell("'t Hof")).toBe("'t Hof");
  });

  it('quotes the list separator of every locale, whatever the delimiter: no spreadsheet splits a cell into a formula', () => {
    for (const delimiter of [',', ';', '\t'] as const) {
      expect(csvCell('x;=HYPERLINK("http://evil.example")', delimiter)).toBe('"x;=HYPERLINK(""http://evil.example"")"');
      expect(csvCell('x,=1+1', delimiter)).toBe('"x,=1+1"');
      expect(csvCell('x\t=1+1', delimiter)).toBe('"x\t=1+1"');
      expect(csvCell('x|y', delimiter)).toBe('x|y');
    }
  });

  it('leaves no cell that a spreadsheet, splitting on , or ; or tab, would start with a formula', () => {
    // How a spreadsheet reads a line with its own list separator: quotes toggle quoting (a doubled
    // one inside quotes is a quote), the separator splits only outside quotes.
    const split = (line: string, separator: string) => {
      const cells = [''];
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        const c = line[i];
        if (c === '"' && quoted && line[i + 1] === '"') cells[cells.length - 1] += line[++i];
        else if (c === '"') quoted = !quoted;
        else if (c === separator && !quoted) cells.push('');
        else cells[cells.length - 1] += c;
      }
      return cells;
    };
    const evil = ['x;=1+1', 'x,+1', 'x\t@SUM(1)', 'a;b;  =2', 'ok', '-3', '"=4', 'x";=5', 'x"', '";-6'];
    for (const delimiter of [',', ';', '\t'] as CsvDelimiter[]) {
      const line = toCsv([evil], { delimiter }).replace(/\r\n$/, '');
      for (const separator of [',', ';', '\t']) {
        for (const cell of split(line, separator)) {
          // A leading ' is the defusing itself: the spreadsheet shows the rest as text.
          expect(cell, `${JSON.stringify(delimiter)} read with ${JSON.stringify(separator)}: ${cell}`).not.toMatch(/^[\s"]*[=+\-@]/);
        }
      }
    }
  });

  it('writes real numbers as they are, even negative ones', () => {
    expect(csvCell(-1)).toBe('-1');
    expect(csvCell(3.5)).toBe('3.5');
    expect(csvCell(Number.NaN)).toBe('');
  });

  it('writes empty values, booleans and quotes when needed', () => {
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
    expect(csvCell(true)).toBe('true');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a;b')).toBe('"a;b"');
    expect(csvCell('a;b', ';')).toBe('"a;b"');
    expect(csvCell('a\tb')).toBe('"a\tb"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('uses CRLF line ends and an optional BOM', () => {
    expect(
      toCsv([
        ['a', 'b'],
        [1, null],
      ]),
    ).toBe('a,b\r\n1,\r\n');
    expect(toCsv([['a', 'b']], { delimiter: ';', bom: true })).toBe('\uFEFFa;b\r\n');
  });

  it('round-trips through parseCsv', () => {
    const rows = [
      ['name', 'note', 'amount'],
      ['Peeters; Ana', 'line 1\r\nline 2', '12'],
      ['Jan "Johnny"', '', 'é à ü'],
      ['=cmd', '-5', ' padded '],
    ];
    for (const delimiter of [',', ';', '\t'] as const) {
      const back = parseCsv(toCsv(rows, { delimiter, bom: true }), { delimiter });
      expect(back.rows).toEqual([rows[0], rows[1], rows[2], ["'=cmd", "'-5", ' padded ']]);
      expect(back.lines).toEqual([1, 2, 4, 5]);
    }
  });
});

describe('parseCsv on a large file', () => {
  it('parses 100,000 rows of 16 columns', () => {
    const header = Array.from({ length: 16 }, (_, i) => `column ${i}`).join(';');
    const parts = [header];
    for (let r = 0; r < 100_000; r++) {
      parts.push(
        `E${r};Ana;Peeters;ana.${r}@example.be;"Peeters; privé";nl;Sales;Gent;Flanders;BE;"Account ""key"" manager";E1;01/02/2020;;12/03;ja`,
      );
    }
    const text = parts.join('\r\n');
    const r = parseCsv(text);
    expect(r.rows.length).toBe(100_001);
    expect(r.lines[100_000]).toBe(100_001);
    expect(r.rows[100_000][10]).toBe('Account "key" manager');
    expect(r.rows[100_000].length).toBe(16);
  });
});

describe('unprotectCell', () => {
  it('undoes exactly what csvCell protected', () => {
    for (const v of ['=SUM(1)', '+32 470', '-Senior', '@home', '\tx', '  =1+1', '"=1+1', "'=1", "''+2"]) {
      const written = parseCsv(csvCell(v), { delimiter: ',' }).rows[0][0];
      expect(unprotectCell(written)).toBe(v);
    }
    expect(unprotectCell("'t Hof")).toBe("'t Hof");
    expect(unprotectCell("'")).toBe("'");
  });

  it('reads every short string back exactly after the export, with every delimiter', () => {
    // Every string of up to 4 characters from those that matter: quotes, spaces, formula starts, separators.
    const alphabet = ["'", '"', ' ', '=', '-', 'a', '\t', '\r', '\n', ';', ','];
    let values = [''];
    const all: string[] = [];
    for (let length = 1; length <= 4; length++) {
      values = values.flatMap((v) => alphabet.map((c) => v + c));
      all.push(...values);
    }
    for (const delimiter of [',', ';', '\t'] as const) {
      const rows = all.map((v) => ['E1', v]);
      const back = parseCsv(toCsv(rows, { delimiter }), { delimiter }).rows.map((r) => unprotectCell(r[1]));
      // parseCsv skips all-blank rows; E1 keeps every row.
      expect(back).toEqual(all);
    }
  });
});
