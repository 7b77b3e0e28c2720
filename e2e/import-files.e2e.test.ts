/**
 * The import wizard with files as Belgian Excel saves them, in a real browser: it decodes the bytes
 * with the server's own decoder, says how it read them, and refuses a file that is no text it knows.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, type E2eServer } from './helpers.ts';

const session = browserSession();
let server: E2eServer, page: Page;
beforeAll(() => void ({ server, page } = session));

/** Excel's plain "CSV": Windows-1252, one byte per character (é 0xE9, Ø 0xD8, € 0x80). */
const cp1252 = (text: string) => Buffer.from([...text].map((c) => (c === '€' ? 0x80 : c.charCodeAt(0))));
const file = (buffer: Buffer) => ({ name: 'personeel.csv', mimeType: 'text/csv', buffer });

describe('the import wizard with Excel files', () => {
  it('reads a Windows-1252 file as such, imports the accented names exactly and counts the blank rows', async () => {
    // Straight to the wizard, whichever page signing in lands on.
    await page.goto(`${server.url}/import`);
    await page.getByRole('heading', { level: 1, name: 'Import people' }).waitFor();
    const csv = 'Personeelsnummer;Voornaam;Achternaam;Functie\r\nB1;Hélène;Dubois;Budget € 5\r\nB2;François;Ørsted;HR\r\n;;;\r\n;;;\r\n';
    await page.getByLabel('CSV file').setInputFiles(file(cp1252(csv)));
    await page.getByText("Read as Windows-1252 (Excel's plain “CSV”).").waitFor();
    // The example column shows the first row as written, not H�l�ne.
    expect(await page.locator('td.sample').allTextContents()).toEqual(['B1', 'Hélène', 'Dubois', 'Budget € 5']);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('status').filter({ hasText: 'Import finished' });
    await result.waitFor();
    const text = await result.innerText();
    expect(text).toContain("Read as Windows-1252 (Excel's plain “CSV”).");
    expect(text).toContain('2 blank rows were skipped.');
    expect(await result.locator('dd').allTextContents()).toEqual(['2', '0', '0']);
    const found = await page.request.get('/api/v1/people?q=helene');
    expect((await found.json()).items.map((p: { firstName: string; jobTitle: string }) => [p.firstName, p.jobTitle])).toEqual([
      ['Hélène', 'Budget € 5'],
    ]);
  });

  it('refuses a file that is neither UTF-8 nor Windows-1252 before sending it, saying which byte on which line', async () => {
    await page.getByRole('button', { name: 'Import another file' }).click();
    const bytes = Buffer.concat([cp1252('Personeelsnummer;Voornaam;Achternaam\r\nB3;An'), Buffer.from([0x81]), cp1252(';Peeters\r\n')]);
    await page.getByLabel('CSV file').setInputFiles(file(bytes));
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(
      'Line 2 has byte 0x81, which is neither UTF-8 nor Windows-1252 text. In Excel, save the file as "CSV UTF-8" and choose that file.',
    );
  });

  it('names the row and column of a stray quote in the header, in the interface language', async () => {
    await page.getByLabel('CSV file').setInputFiles(file(Buffer.from('Personeelsnummer;Voor"naam;Achternaam\r\n', 'utf8')));
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: 'column 2' }).waitFor();
    expect(await alert.innerText()).toContain('Line 1, column 2 has a quote inside a value that is not in quotes.');
  });
});
