/**
 * The main path an HR admin takes, in a real browser against a real server: sign in, import a
 * file with a mistake, see the mistake by row, import the fixed file, find a person, export.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSession, peopleCsv, signIn, type E2eServer } from './helpers.ts';

const HEADER = ['Personeelsnummer', 'Voornaam', 'Achternaam', 'E-mail', 'Afdeling', 'Vestiging', 'Startdatum', 'Schoenmaat'];
const ROWS = [
  ['E001', 'Lotte', 'Peeters', 'lotte.peeters@acme.be', 'HR', 'Gent', '01/03/2020', '39'],
  ['E002', 'Chloé', 'Dubois', 'chloe.dubois@acme.be', 'Finance', 'Namur', '31/02/2024', '41'],
  ['E003', 'Yasmine', 'El Amrani', 'yasmine.elamrani@acme.be', 'IT', 'Brussel', '15/09/2021', '38'],
];
const BAD = peopleCsv(ROWS, HEADER);
const FIXED = peopleCsv(
  ROWS.map((r) => (r[0] === 'E002' ? r.map((c, i) => (i === 6 ? '28/02/2024' : c)) : r)),
  HEADER,
);

const session = browserSession({ signIn: false });
let server: E2eServer, page: Page;
beforeAll(() => void ({ server, page } = session));

const csvFile = (text: string) => ({ name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('people in the browser', () => {
  it('signs in on the home page, and People leads to the list and the import', async () => {
    await signIn(page, server);
    await page.getByRole('heading', { level: 1, name: 'Hello E2E' }).waitFor();
    expect(await page.locator('.org-name').textContent()).toBe(server.orgName);
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    expect(await page.getByRole('link', { name: 'Import' }).isVisible()).toBe(true);
  });

  it('shows the bad row of an import by row and column, then imports the fixed file', async () => {
    await page.getByRole('link', { name: 'Import' }).click();
    await page.getByLabel('CSV file').setInputFiles(csvFile(BAD));

    // The mapping step recognises the Dutch headers and asks about the unknown column.
    const shoe = page.getByLabel('Field for column Schoenmaat');
    expect(await shoe.inputValue()).toBe('');
    expect(await page.getByLabel('Field for column Startdatum').inputValue()).toBe('start_date');
    await shoe.selectOption('ignore');
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const errors = page.getByRole('table', { name: 'Problems in the file' });
    await errors.waitFor();
    const cells = await errors.locator('tbody tr').first().locator('td').allTextContents();
    // Row 3 of the file, named by the file's own column header (the upload renamed it to start_date).
    expect(cells[0]).toBe('3');
    expect(cells[1]).toBe('Startdatum');
    expect(cells[2]).toContain('not a real date');
    expect(await errors.locator('tbody tr').count()).toBe(1);

    // The fixed file: same columns, so the mapping (Schoenmaat ignored) is remembered.
    await page.getByLabel('Choose the fixed file').setInputFiles(csvFile(FIXED));
    expect(await page.getByLabel('Field for column Schoenmaat').inputValue()).toBe('ignore');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const result = page.getByRole('status').filter({ hasText: 'Import finished' });
    await result.waitFor();
    expect(await result.locator('dd').allTextContents()).toEqual(['3', '0', '0']);
  });

  it('finds the person by search and opens their page', async () => {
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '3 people found' }).waitFor();
    await page.getByLabel('Search', { exact: true }).fill('yasmine');
    await page.getByRole('status').filter({ hasText: '1 person found' }).waitFor();
    expect(await page.locator('tbody th').allTextContents()).toEqual(['Yasmine El Amrani']);
    expect(page.url()).toContain('q=yasmine');

    // The navigation link starts a fresh list, and back returns to the search.
    await page.getByRole('link', { name: 'People', exact: true }).click();
    await page.getByRole('status').filter({ hasText: '3 people found' }).waitFor();
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('');
    await page.goBack();
    await page.getByRole('status').filter({ hasText: '1 person found' }).waitFor();
    expect(await page.getByLabel('Search', { exact: true }).inputValue()).toBe('yasmine');

    await page.getByRole('link', { name: 'Yasmine El Amrani' }).click();
    await page.getByRole('heading', { level: 1, name: 'Yasmine El Amrani' }).waitFor();
    const facts = await page.locator('.facts').first().innerText();
    expect(facts).toContain('E003');
    expect(facts).toContain('yasmine.elamrani@acme.be');
    // An admin sees the private part.
    expect(await page.getByRole('heading', { name: 'Private details' }).isVisible()).toBe(true);
  });

  it('exports the directory as CSV with the session cookie', async () => {
    await page.getByRole('link', { name: 'Back to people' }).click();
    const link = page.getByRole('link', { name: 'Export CSV' });
    const href = await link.getAttribute('href');
    expect(href).toBe('/api/v1/people/export.csv');
    // page.request shares the browser context's cookies: this is the download the link starts.
    const res = await page.request.get(href!);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(res.headers()['content-disposition']).toContain('attachment');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFemployee_number;first_name;last_name;work_email;personal_email;language;department;site;region;country;job_title;manager;start_date;end_date;birthday;sensitive;employment_type',
    );
    expect(text).toContain('E002;Chloé;Dubois;chloe.dubois@acme.be');
    expect(text).toContain('2024-02-28');
  });
});
