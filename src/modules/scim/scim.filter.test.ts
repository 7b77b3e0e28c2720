import { describe, expect, it } from 'vitest';
import { matches, parseFilter } from './scim.filter.ts';
import { filterToSql } from './scim.query.ts';

describe('SCIM filter parser', () => {
  it('binds and tighter than or, and parentheses and not override it', () => {
    expect(parseFilter('a eq "1" or b eq "2" and c eq "3"')).toEqual({
      op: 'or',
      left: { op: 'eq', attr: 'a', value: '1' },
      right: { op: 'and', left: { op: 'eq', attr: 'b', value: '2' }, right: { op: 'eq', attr: 'c', value: '3' } },
    });
    expect(parseFilter('(a eq "1" or b eq "2") and not (c pr)')).toEqual({
      op: 'and',
      left: { op: 'or', left: { op: 'eq', attr: 'a', value: '1' }, right: { op: 'eq', attr: 'b', value: '2' } },
      right: { op: 'not', filter: { op: 'pr', attr: 'c' } },
    });
  });

  it('reads operators and keywords in any case, JSON strings, numbers, booleans, null and schema URNs', () => {
    expect(parseFilter('userName EQ "a \\"b\\" \\u00e9"')).toEqual({ op: 'eq', attr: 'username', value: 'a "b" é' });
    expect(parseFilter('active Eq True')).toEqual({ op: 'eq', attr: 'active', value: true });
    expect(parseFilter('x gt 12.5')).toEqual({ op: 'gt', attr: 'x', value: 12.5 });
    expect(parseFilter('x eq null')).toEqual({ op: 'eq', attr: 'x', value: null });
    expect(parseFilter('urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:employeeNumber eq "7"')).toEqual({
      op: 'eq',
      attr: 'employeenumber',
      value: '7',
    });
    expect(parseFilter('urn:ietf:params:scim:schemas:core:2.0:User:name.givenName sw "J"')).toMatchObject({ attr: 'name.givenname' });
    expect(parseFilter('emails[type eq "work" and value co "@"]')).toEqual({
      op: 'has',
      attr: 'emails',
      filter: { op: 'and', left: { op: 'eq', attr: 'type', value: 'work' }, right: { op: 'co', attr: 'value', value: '@' } },
    });
  });

  it('refuses what is not a filter with scimType invalidFilter', () => {
    for (const bad of [
      '',
      'userName',
      'userName eq',
      'userName is "a"',
      '(a eq "1"',
      'a eq "1")',
      'a eq "1" and',
      'not a eq "1"',
      'a eq "open',
      'a eq "1" # x',
      'and eq "1" or',
    ]) {
      expect(() => parseFilter(bad), bad).toThrow(expect.objectContaining({ status: 400, scimType: 'invalidFilter' }));
    }
    expect(() => parseFilter('('.repeat(30) + 'a pr' + ')'.repeat(30))).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
  });

  it('matches elements in memory, ignoring case', () => {
    const f = parseFilter('type eq "WORK" and not (value ew ".nl")');
    expect(matches({ type: 'work', value: 'a@b.be' }, f)).toBe(true);
    expect(matches({ Type: 'Work', value: 'a@b.nl' }, f)).toBe(false);
    expect(matches({ value: 'x' }, parseFilter('type pr'))).toBe(false);
  });
});

describe('SCIM filter as SQL', () => {
  it('puts every value in a parameter, numbered after the offset, and escapes LIKE wildcards', () => {
    const { sql, params } = filterToSql(
      parseFilter(`title co "50%_off\\\\" or department eq "x'; drop table people; --"`),
      2,
      '2026-01-01',
    );
    expect(sql).toBe(
      `(coalesce(lower(p.job_title) like lower($3::text), false) or coalesce(lower(p.department) = lower($4::text), false))`,
    );
    expect(params).toEqual(['%50\\%\\_off\\\\%', "x'; drop table people; --"]);
  });

  it('compares id and externalId exactly, the rest ignoring case', () => {
    expect(filterToSql(parseFilter('externalId eq "A"'), 0, 'd').sql).toContain('p.external_id = $1::text');
    expect(filterToSql(parseFilter('name.familyName eq "A"'), 0, 'd').sql).toContain('lower(p.last_name) = lower($1::text)');
  });

  it('refuses an attribute outside the whitelist', () => {
    for (const bad of ['password eq "x"', 'nickName pr', 'groups[value eq "1"]', 'meta.created gt "not a date"', 'active co "t"']) {
      expect(() => filterToSql(parseFilter(bad), 0, 'd'), bad).toThrow(expect.objectContaining({ scimType: 'invalidFilter' }));
    }
  });
});
