import { describe, expect, it } from 'vitest';
import { coverage, seniorityBand, type WorkforceRow } from './diversity.ts';

const row = (i: number, o: Partial<WorkforceRow>): WorkforceRow => ({
  person_id: String(i),
  department: 'IT',
  site: 'Gent',
  region: 'flanders',
  language: 'nl',
  start_date: '2020-01-01',
  ambassador: false,
  ...o,
});

describe('diversity coverage', () => {
  it('bands seniority', () => {
    expect(seniorityBand('2026-06-01', '2026-11-26')).toBe('<1');
    expect(seniorityBand('2024-06-01', '2026-11-26')).toBe('1-3');
    expect(seniorityBand('2019-06-01', '2026-11-26')).toBe('3-10');
    expect(seniorityBand('2001-06-01', '2026-11-26')).toBe('>10');
    expect(seniorityBand(null, '2026-11-26')).toBe('unknown');
  });

  it('compares shares and calls out segments under half their workforce share', () => {
    const rows: WorkforceRow[] = [];
    // 60 in Flanders (6 ambassadors), 40 in Wallonia (1 ambassador).
    for (let i = 0; i < 60; i++) rows.push(row(i, { region: 'flanders', ambassador: i < 6 }));
    for (let i = 60; i < 100; i++) rows.push(row(i, { region: 'wallonia', language: 'fr', ambassador: i === 60 }));
    const c = coverage(rows, '2026-11-26');
    const wallonia = c.region.find((s) => s.value === 'wallonia')!;
    expect(wallonia.workforceShare).toBeCloseTo(0.4);
    expect(wallonia.ambassadorShare).toBeCloseTo(1 / 7);
    expect(wallonia.underRepresented).toBe(true);
    expect(c.region.find((s) => s.value === 'flanders')!.underRepresented).toBe(false);
    expect(c.language.find((s) => s.value === 'fr')!.underRepresented).toBe(true);
  });

  it('does not call out tiny segments or flag anything before there are ambassadors', () => {
    const rows = [
      row(1, { department: 'Legal' }),
      row(2, { department: 'Legal' }),
      ...Array.from({ length: 20 }, (_, i) => row(10 + i, { ambassador: i < 3 })),
    ];
    expect(coverage(rows, '2026-11-26').department.find((s) => s.value === 'Legal')!.underRepresented).toBe(false);
    const none = coverage(
      rows.map((r) => ({ ...r, ambassador: false })),
      '2026-11-26',
    );
    expect(
      Object.values(none)
        .flat()
        .some((s) => s.underRepresented),
    ).toBe(false);
  });

  it('marks new hires from their start date', () => {
    const rows = [row(1, { start_date: '2026-10-01', ambassador: true }), row(2, { start_date: '2010-01-01' })];
    const c = coverage(rows, '2026-11-26');
    expect(c.newHire.find((s) => s.value === 'new')!.ambassadors).toBe(1);
  });
});
