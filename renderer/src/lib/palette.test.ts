import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/schemas/case';
import type { OrganisationSummary } from '../../../shared/schemas/organisation';
import {
  caseEntries,
  fold,
  matchActions,
  matchOrganisations,
  matchRank,
  moveActive,
  PALETTE_CASE_LIMIT,
  type PaletteAction,
} from './palette';

const actions: PaletteAction[] = [
  { command: 'newCase', label: 'Nieuwe melding', shortcut: 'newCase' },
  { command: 'recordHours', label: 'Uren boeken', shortcut: 'recordHours' },
  { command: 'goto.hours', label: 'Ga naar Uren', shortcut: null },
  { command: 'goto.cases', label: 'Ga naar Meldingen', shortcut: null },
];

function organisation(id: number, legalName: string, archived = false): OrganisationSummary {
  return {
    id,
    legalName,
    city: 'Utrecht',
    kvkNumber: null,
    isMember: true,
    reactionTimeHours: 24,
    archivedAt: archived ? '2025-01-01T00:00:00.000Z' : null,
    unitCount: 0,
  };
}

function summary(id: number, caseNumber: string, unitName: string | null = null): CaseSummary {
  return {
    id,
    caseNumber,
    organisationId: 1,
    organisationName: 'Zorggroep Eemland',
    unitName,
    requestedAt: '2026-01-05T09:00:00.000Z',
    firstContactDueAt: '2026-01-06T09:00:00.000Z',
    firstContactAt: null,
    status: 'first_reception',
    behaviours: [],
    isTest: false,
    isDuplicate: false,
    overdue: false,
  };
}

describe('matchRank', () => {
  it('ranks a start before word starts before text inside, and refuses a missing word', () => {
    expect(matchRank('Uren boeken', 'uren')).toBe(0);
    expect(matchRank('Ga naar Uren', 'uren')).toBe(1);
    expect(matchRank('Facturen maken', 'uren')).toBe(2);
    expect(matchRank('Uren boeken', 'uren factuur')).toBeNull();
  });

  it('ignores case and accents', () => {
    expect(fold('Café Ëlan')).toBe('cafe elan');
    expect(matchRank('Stichting Café Ëlan', 'cafe ELAN')).toBe(1);
  });
});

describe('matchActions', () => {
  it('lists every action in order when nothing is typed', () => {
    expect(matchActions(actions, '  ').map((e) => e.label)).toEqual(actions.map((a) => a.label));
  });

  it('puts the best match first and keeps the shortcut to show', () => {
    const found = matchActions(actions, 'uren');
    expect(found.map((e) => e.label)).toEqual(['Uren boeken', 'Ga naar Uren']);
    expect(found[0]).toMatchObject({
      group: 'actions',
      shortcut: 'recordHours',
      target: { kind: 'command', command: 'recordHours' },
    });
  });
});

describe('matchOrganisations', () => {
  const organisations = [
    organisation(1, 'Gemeente Amersfoort'),
    organisation(2, 'Amersfoort Logistiek', true),
    organisation(3, 'Bouwbedrijf Amersfoort'),
    organisation(4, 'Zorggroep Eemland'),
  ];
  const archived = (name: string) => `${name} (gearchiveerd)`;

  it('lists none while nothing is typed', () => {
    expect(matchOrganisations(organisations, '', archived)).toEqual([]);
  });

  it('finds by name, current ones first, and marks archived ones', () => {
    const found = matchOrganisations(organisations, 'amersf', archived);
    expect(found.map((e) => e.label)).toEqual([
      'Gemeente Amersfoort',
      'Bouwbedrijf Amersfoort',
      'Amersfoort Logistiek (gearchiveerd)',
    ]);
    expect(found[0]?.target).toEqual({ kind: 'organisation', id: 1 });
  });
});

describe('caseEntries', () => {
  const label = (c: CaseSummary) => `Melding ${c.caseNumber}`;

  it('shows the number and the organisation only, an exact number first', () => {
    const found = caseEntries(
      [summary(1, '2026-0012'), summary(2, '2026-0001', 'Thuiszorg')],
      '2026-0001',
      label,
    );
    expect(found.map((e) => [e.label, e.detail])).toEqual([
      ['Melding 2026-0001', 'Zorggroep Eemland · Thuiszorg'],
      ['Melding 2026-0012', 'Zorggroep Eemland'],
    ]);
    expect(found[0]?.target).toEqual({ kind: 'case', id: 2 });
    expect(Object.keys(found[0] ?? {}).sort()).toEqual(
      ['detail', 'group', 'key', 'label', 'shortcut', 'target'].sort(),
    );
  });

  it('lists a handful, not a whole search', () => {
    const many = Array.from({ length: 30 }, (_, i) => summary(i + 1, `2026-${i + 100}`));
    expect(caseEntries(many, '2026', label)).toHaveLength(PALETTE_CASE_LIMIT);
  });
});

describe('moveActive', () => {
  it('moves down and up, from the last back to the first and the other way', () => {
    expect(moveActive(-1, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(0, 3, 'ArrowDown')).toBe(1);
    expect(moveActive(2, 3, 'ArrowDown')).toBe(0);
    expect(moveActive(1, 3, 'ArrowUp')).toBe(0);
    expect(moveActive(0, 3, 'ArrowUp')).toBe(2);
  });

  it('has nothing to select in an empty list', () => {
    expect(moveActive(0, 0, 'ArrowDown')).toBe(-1);
  });
});
