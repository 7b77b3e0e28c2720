import { describe, expect, it } from 'vitest';
import { belgianCommunity, easterSunday, holidays, isHoliday, type HolidayRules } from './holidays.ts';

const dates = (year: number, rules: HolidayRules) => holidays(year, rules).map((h) => h.date);

describe('easterSunday', () => {
  it('matches the published dates', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2038)).toBe('2038-04-25');
    expect(easterSunday(2000)).toBe('2000-04-23');
  });

  it('reaches both extremes of its range (22 March and 25 April)', () => {
    expect(easterSunday(1818)).toBe('1818-03-22');
    expect(easterSunday(2285)).toBe('2285-03-22');
    expect(easterSunday(1943)).toBe('1943-04-25');
  });

  it('rejects years outside 1..9999', () => {
    expect(() => easterSunday(0)).toThrow(RangeError);
    expect(() => easterSunday(2026.5)).toThrow(RangeError);
  });
});

describe('holidays in Belgium', () => {
  it('lists the 10 national days of 2026 plus the Flemish Community day, in date order', () => {
    expect(holidays(2026, { country: 'BE', region: 'flanders' })).toEqual([
      { date: '2026-01-01', name: "New Year's Day", kind: 'national' },
      { date: '2026-04-06', name: 'Easter Monday', kind: 'national' },
      { date: '2026-05-01', name: 'Labour Day', kind: 'national' },
      { date: '2026-05-14', name: 'Ascension Day', kind: 'national' },
      { date: '2026-05-25', name: 'Whit Monday', kind: 'national' },
      { date: '2026-07-11', name: 'Day of the Flemish Community', kind: 'community' },
      { date: '2026-07-21', name: 'Belgian National Day', kind: 'national' },
      { date: '2026-08-15', name: 'Assumption Day', kind: 'national' },
      { date: '2026-11-01', name: "All Saints' Day", kind: 'national' },
      { date: '2026-11-11', name: 'Armistice Day', kind: 'national' },
      { date: '2026-12-25', name: 'Christmas Day', kind: 'national' },
    ]);
  });

  it('moves the Easter-based days with Easter', () => {
    // Easter 2025 is 20 April: Monday 21 Apr, Ascension 29 May, Whit Monday 9 June.
    expect(dates(2025, { country: 'BE' })).toEqual(expect.arrayContaining(['2025-04-21', '2025-05-29', '2025-06-09']));
    expect(dates(2025, { country: 'BE' })).toHaveLength(10);
  });

  it('picks the community day by region', () => {
    const community = (rules: Omit<HolidayRules, 'country'>) =>
      holidays(2026, { country: 'BE', ...rules })
        .filter((h) => h.kind === 'community')
        .map((h) => h.date);
    expect(community({ region: 'flanders' })).toEqual(['2026-07-11']);
    expect(community({ region: 'wallonia' })).toEqual(['2026-09-27']);
    expect(community({ region: 'abroad' })).toEqual([]);
    expect(community({ region: null })).toEqual([]);
    expect(community({})).toEqual([]);
  });

  it('picks the community day in Brussels by language', () => {
    const community = (language: HolidayRules['language']) =>
      holidays(2026, { country: 'BE', region: 'brussels', language })
        .filter((h) => h.kind === 'community')
        .map((h) => h.name);
    expect(community('nl')).toEqual(['Day of the Flemish Community']);
    expect(community('fr')).toEqual(['Day of the French Community']);
    expect(community('en')).toEqual([]);
    expect(community(null)).toEqual([]);
  });

  it('gives each community its own day, one per person, for every language at every site', () => {
    const community = (rules: Omit<HolidayRules, 'country'>) =>
      holidays(2026, { country: 'BE', ...rules })
        .filter((h) => h.kind === 'community')
        .map((h) => `${h.date} ${h.name}`);
    const FLEMISH = ['2026-07-11 Day of the Flemish Community'];
    const FRENCH = ['2026-09-27 Day of the French Community'];
    const GERMAN = ['2026-11-15 Day of the German-speaking Community'];
    const table: [HolidayRules['region'], HolidayRules['language'], string[]][] = [
      // Flanders is the Flemish Community's, whatever the person's language.
      ['flanders', 'nl', FLEMISH],
      ['flanders', 'fr', FLEMISH],
      ['flanders', 'de', FLEMISH],
      ['flanders', null, FLEMISH],
      // Wallonia holds the French language area and the German one (Eupen): German speakers there
      // are the German-speaking Community's staff, with 15 November and not also 27 September.
      ['wallonia', 'fr', FRENCH],
      ['wallonia', 'nl', FRENCH],
      ['wallonia', 'en', FRENCH],
      ['wallonia', null, FRENCH],
      ['wallonia', 'de', GERMAN],
      // Brussels belongs to the Flemish and the French Community, not to the German-speaking one.
      ['brussels', 'nl', FLEMISH],
      ['brussels', 'fr', FRENCH],
      ['brussels', 'de', []],
      ['brussels', 'en', []],
      ['abroad', 'de', []],
      [null, 'de', []],
    ];
    for (const [region, language, expected] of table) {
      expect(`${region} ${language}: ${community({ region, language }).join(', ')}`).toBe(`${region} ${language}: ${expected.join(', ')}`);
    }
  });

  it('follows the explicit German-speaking flag of a site in Eupen, whatever the language', () => {
    // A French-speaking colleague at the Eupen site is German-speaking Community staff too.
    expect(dates(2026, { country: 'BE', region: 'wallonia', language: 'fr', germanCommunityDay: true })).toContain('2026-11-15');
    expect(dates(2026, { country: 'BE', region: 'wallonia', language: 'fr', germanCommunityDay: true })).not.toContain('2026-09-27');
    // A German speaker working in Liège (flag false) is French Community staff.
    const liege = dates(2026, { country: 'BE', region: 'wallonia', language: 'de', germanCommunityDay: false });
    expect(liege).not.toContain('2026-11-15');
    expect(liege).toContain('2026-09-27');
    expect(dates(2026, { country: 'BE', region: 'flanders', language: 'nl' })).not.toContain('2026-11-15');
    expect(belgianCommunity({ country: 'BE', region: 'brussels', language: 'de', germanCommunityDay: true })).toBe('german');
    expect(belgianCommunity({ country: 'BE', region: 'wallonia', language: 'de', communityDays: false })).toBeNull();
  });

  it('makes the community day a day off for working days, per community', () => {
    // 11 July 2025, 27 September 2024 and 15 November 2024 are Fridays.
    expect(isHoliday('2025-07-11', { country: 'BE', region: 'flanders', language: 'nl' })).toBe(true);
    expect(isHoliday('2025-07-11', { country: 'BE', region: 'brussels', language: 'fr' })).toBe(false);
    expect(isHoliday('2024-09-27', { country: 'BE', region: 'brussels', language: 'fr' })).toBe(true);
    expect(isHoliday('2024-09-27', { country: 'BE', region: 'wallonia', language: 'de' })).toBe(false);
    expect(isHoliday('2024-11-15', { country: 'BE', region: 'wallonia', language: 'de' })).toBe(true);
    expect(isHoliday('2024-11-15', { country: 'BE', region: 'wallonia', language: 'fr' })).toBe(false);
  });

  it('drops the automatic community days when communityDays is false', () => {
    expect(dates(2026, { country: 'BE', region: 'flanders', communityDays: false })).toHaveLength(10);
    expect(dates(2026, { country: 'BE', region: 'wallonia', language: 'de', communityDays: false })).toHaveLength(10);
    // Explicit opt-ins still count.
    expect(dates(2026, { country: 'BE', region: 'wallonia', communityDays: false, germanCommunityDay: true })).toContain('2026-11-15');
  });

  it('has Iris Day only as an opt-in, and only in Brussels', () => {
    expect(dates(2026, { country: 'BE', region: 'brussels', language: 'fr' })).not.toContain('2026-05-08');
    expect(holidays(2026, { country: 'BE', region: 'brussels', irisDay: true })).toContainEqual({
      date: '2026-05-08',
      name: 'Iris Day',
      kind: 'community',
    });
    expect(dates(2026, { country: 'BE', region: 'flanders', irisDay: true })).not.toContain('2026-05-08');
  });

  it('accepts the country code in any case', () => {
    expect(dates(2026, { country: 'be' })).toEqual(dates(2026, { country: 'BE' }));
  });
});

describe('extra days', () => {
  const extra = [
    { date: '--12-24', name: 'Christmas Eve' },
    { date: '2026-06-19', name: 'Company day' },
    { date: '--02-29', name: 'Leap day off' },
  ];

  it('applies --mm-dd every year and yyyy-mm-dd in its year only', () => {
    expect(holidays(2026, { country: 'BE', extra }).filter((h) => h.kind === 'extra')).toEqual([
      { date: '2026-06-19', name: 'Company day', kind: 'extra' },
      { date: '2026-12-24', name: 'Christmas Eve', kind: 'extra' },
    ]);
    expect(
      holidays(2027, { country: 'BE', extra })
        .filter((h) => h.kind === 'extra')
        .map((h) => h.date),
    ).toEqual(['2027-12-24']);
  });

  it('has --02-29 only in leap years', () => {
    expect(dates(2028, { country: 'BE', extra })).toContain('2028-02-29');
    expect(dates(2027, { country: 'BE', extra }).some((d) => d.startsWith('2027-02') || d === '2027-03-01')).toBe(false);
  });

  it('keeps both entries when an extra day repeats a national one, national first', () => {
    const xmas = holidays(2026, { country: 'BE', extra: [{ date: '--12-25', name: 'Kerstmis' }] }).filter((h) => h.date === '2026-12-25');
    expect(xmas.map((h) => h.kind)).toEqual(['national', 'extra']);
  });

  it('rejects malformed dates instead of ignoring them', () => {
    expect(() => holidays(2026, { country: 'BE', extra: [{ date: '2026-02-30', name: 'x' }] })).toThrow(RangeError);
    expect(() => holidays(2026, { country: 'BE', extra: [{ date: '--13-01', name: 'x' }] })).toThrow(RangeError);
    expect(() => holidays(2026, { country: 'BE', extra: [{ date: '12-24', name: 'x' }] })).toThrow(RangeError);
  });

  it('are the only days for a country without built-in days', () => {
    expect(holidays(2026, { country: 'US', region: 'flanders', extra: [{ date: '--07-04', name: 'Independence Day' }] })).toEqual([
      { date: '2026-07-04', name: 'Independence Day', kind: 'extra' },
    ]);
    expect(holidays(2026, { country: 'GB' })).toEqual([]);
  });
});

describe('other built-in countries', () => {
  it('NL: no Good Friday, King’s Day moves to Saturday when 27 April is a Sunday', () => {
    expect(dates(2026, { country: 'NL' })).toEqual([
      '2026-01-01',
      '2026-04-05',
      '2026-04-06',
      '2026-04-27',
      '2026-05-05',
      '2026-05-14',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]);
    expect(dates(2025, { country: 'NL' })).toContain('2025-04-26');
    expect(dates(2025, { country: 'NL' })).not.toContain('2025-04-27');
    expect(dates(2026, { country: 'NL' })).not.toContain('2026-04-03');
  });

  it('NL ignores Belgian region and language', () => {
    expect(dates(2026, { country: 'NL', region: 'flanders', language: 'de' })).toEqual(dates(2026, { country: 'NL' }));
  });

  it('LU', () => {
    expect(dates(2026, { country: 'LU' })).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-09',
      '2026-05-14',
      '2026-05-25',
      '2026-06-23',
      '2026-08-15',
      '2026-11-01',
      '2026-12-25',
      '2026-12-26',
    ]);
  });

  it('FR', () => {
    expect(dates(2026, { country: 'FR' })).toEqual([
      '2026-01-01',
      '2026-04-06',
      '2026-05-01',
      '2026-05-08',
      '2026-05-14',
      '2026-05-25',
      '2026-07-14',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it('DE: nationwide days only, Good Friday included', () => {
    expect(dates(2026, { country: 'DE' })).toEqual([
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-25',
      '2026-10-03',
      '2026-12-25',
      '2026-12-26',
    ]);
  });
});

describe('isHoliday', () => {
  it('answers from the same rules as holidays()', () => {
    const rules: HolidayRules = { country: 'BE', region: 'brussels', language: 'nl', extra: [{ date: '--12-24', name: 'Christmas Eve' }] };
    for (const year of [2025, 2026, 2027]) {
      const expected = new Set(dates(year, rules));
      for (let m = 1; m <= 12; m++) {
        for (let d = 1; d <= 31; d++) {
          const date = `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
          if (new Date(`${date}T00:00:00Z`).getUTCMonth() + 1 !== m) continue;
          expect(isHoliday(date, rules)).toBe(expected.has(date));
        }
      }
    }
  });

  it('does not confuse the cache when one rules object is reused and changed', () => {
    const rules: HolidayRules = { country: 'BE', region: 'flanders' };
    expect(isHoliday('2025-07-11', rules)).toBe(true);
    rules.region = 'wallonia';
    expect(isHoliday('2025-07-11', rules)).toBe(false);
    expect(isHoliday('2025-09-27', rules)).toBe(true);
    rules.extra = [{ date: '2025-07-11', name: 'Bridge' }];
    expect(isHoliday('2025-07-11', rules)).toBe(true);
    rules.extra.push({ date: '--12-24', name: 'Christmas Eve' }); // same array, longer
    expect(isHoliday('2025-12-24', rules)).toBe(true);
    rules.extra[1].date = '--12-31'; // same array, same length, edited in place
    expect(isHoliday('2025-12-24', rules)).toBe(false);
    expect(isHoliday('2025-12-31', rules)).toBe(true);
    rules.extra = undefined;
    expect(isHoliday('2025-07-11', rules)).toBe(false);
    rules.country = 'NL';
    expect(isHoliday('2025-04-26', rules)).toBe(true);
    expect(isHoliday('2025-07-21', rules)).toBe(false);
  });

  it('gives the same answers to equal rules in fresh objects', () => {
    for (let i = 0; i < 3; i++) {
      expect(isHoliday('2026-07-11', { country: 'BE', region: 'flanders' })).toBe(true);
      expect(isHoliday('2026-07-11', { country: 'BE', region: 'brussels', language: 'fr' })).toBe(false);
    }
  });

  it('treats null and undefined alike and weekends as not holidays', () => {
    expect(isHoliday('2026-07-11', { country: 'BE', region: null, language: null })).toBe(false);
    expect(isHoliday('2026-05-02', { country: 'BE' })).toBe(false);
  });

  it('rejects invalid dates', () => {
    expect(() => isHoliday('2026-02-29', { country: 'BE' })).toThrow(RangeError);
    for (const bad of ['2026-5-1', '2026-05-1x', '+026-05-01', '2026/05/01', '2026-05-01 ', '2026-00-01', '']) {
      expect(() => isHoliday(bad, { country: 'BE' }), bad).toThrow(RangeError);
    }
  });
});
