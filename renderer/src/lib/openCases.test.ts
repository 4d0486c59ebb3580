import { describe, expect, it } from 'vitest';
import type { CaseSummary } from '../../../shared/schemas/case';
import { openCasesByOrganisation } from './openCases';

function summary(
  id: number,
  organisationId: number,
  organisationName: string,
  over: Partial<CaseSummary> = {},
): CaseSummary {
  return {
    id,
    caseNumber: `2026-${String(id).padStart(3, '0')}`,
    organisationId,
    organisationName,
    unitName: null,
    requestedAt: '2026-11-01T09:00:00.000Z',
    firstContactDueAt: '2026-11-03T09:00:00.000Z',
    firstContactAt: null,
    status: 'in_progress',
    behaviours: [],
    isTest: false,
    isDuplicate: false,
    overdue: false,
    ...over,
  };
}

describe('openCasesByOrganisation', () => {
  it('counts open and overdue cases per organisation, most first, then by name', () => {
    const rows = openCasesByOrganisation(
      [
        summary(1, 10, 'Zorggroep Oost'),
        summary(2, 20, 'Gemeente Aa'),
        summary(3, 10, 'Zorggroep Oost', { overdue: true }),
        summary(4, 30, 'Bakkerij Bos'),
        summary(5, 20, 'Gemeente Aa', { status: 'closed' }),
      ],
      'nl',
    );
    expect(rows).toEqual([
      { organisationId: 10, organisationName: 'Zorggroep Oost', open: 2, overdue: 1 },
      { organisationId: 30, organisationName: 'Bakkerij Bos', open: 1, overdue: 0 },
      { organisationId: 20, organisationName: 'Gemeente Aa', open: 1, overdue: 0 },
    ]);
  });

  it('leaves out organisations with only closed cases', () => {
    expect(openCasesByOrganisation([summary(1, 10, 'A', { status: 'closed' })], 'nl')).toEqual([]);
  });
});
