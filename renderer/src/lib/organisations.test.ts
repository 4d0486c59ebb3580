import { describe, expect, it } from 'vitest';
import type { Organisation, OrganisationSummary } from '../../../shared/schemas/organisation';
import { organisationFormSchema, parseOptions } from './forms';
import {
  emptyOrganisationForm,
  organisationFormValues,
  visibleOrganisations,
} from './organisations';

function summary(overrides: Partial<OrganisationSummary>): OrganisationSummary {
  return {
    id: 1,
    legalName: 'Organisatie',
    city: null,
    kvkNumber: null,
    isMember: false,
    reactionTimeHours: 48,
    archivedAt: null,
    unitCount: 0,
    ...overrides,
  };
}

const list = [
  summary({ id: 1, legalName: 'Zorggroep Oost', city: 'Deventer', kvkNumber: '12345678' }),
  summary({ id: 2, legalName: 'bakkerij Van Dam', city: 'Utrecht', kvkNumber: '23456789' }),
  summary({ id: 3, legalName: 'Archief B.V.', city: 'Deventer', archivedAt: '2026-03-01T10:00Z' }),
];

const names = (rows: OrganisationSummary[]) => rows.map((o) => o.legalName);

describe('visibleOrganisations', () => {
  it('shows the active ones by name, case aside', () => {
    expect(names(visibleOrganisations(list, { query: '', showArchived: false }))).toEqual([
      'bakkerij Van Dam',
      'Zorggroep Oost',
    ]);
  });

  it('adds the archived ones last when asked', () => {
    expect(names(visibleOrganisations(list, { query: '', showArchived: true }))).toEqual([
      'bakkerij Van Dam',
      'Zorggroep Oost',
      'Archief B.V.',
    ]);
  });

  it('filters by name, place and KvK number, ignoring case, spaces and dots', () => {
    const find = (query: string) =>
      names(visibleOrganisations(list, { query, showArchived: true }));
    expect(find('  ZORG ')).toEqual(['Zorggroep Oost']);
    expect(find('deventer')).toEqual(['Zorggroep Oost', 'Archief B.V.']);
    expect(find('2345 6789')).toEqual(['bakkerij Van Dam']);
    expect(find('b.v')).toEqual(['Archief B.V.']);
    expect(find('Rotterdam')).toEqual([]);
  });
});

describe('organisation form values', () => {
  it('an empty form gives the defaults of the shared schema', () => {
    const form = { ...emptyOrganisationForm(), legalName: 'Stichting Welzijn Oost' };
    expect(organisationFormSchema.parse(form)).toMatchObject({
      legalName: 'Stichting Welzijn Oost',
      kvkNumber: null,
      country: 'NL',
      employeeCount: null,
      isMember: false,
      reactionTimeHours: 48,
      engagementStart: null,
    });
  });

  it('an organisation read from main fills its edit form, and saves back unchanged', () => {
    const organisation: Organisation = {
      id: 4,
      legalName: 'Stichting Welzijn Oost',
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      street: 'Hoofdstraat 1',
      postcode: '7411 AB',
      city: 'Deventer',
      country: 'NL',
      billingContactName: null,
      billingEmail: 'facturen@welzijnoost.nl',
      buyerReference: null,
      purchaseOrderNumber: 'PO-2026-17',
      employeeCount: 85,
      isMember: true,
      reactionTimeHours: 24,
      engagementStart: '2026-01-01',
      engagementEnd: null,
      notes: 'Jaargesprek in maart.',
      archivedAt: null,
      createdAt: '2026-01-05T10:00:00.000Z',
      updatedAt: '2026-01-05T10:00:00.000Z',
      units: [],
    };
    const values = organisationFormValues(organisation);
    expect(values.billingContactName).toBe('');
    const saved = organisationFormSchema.safeParse(values, parseOptions);
    expect(saved.success).toBe(true);
    const {
      id: _id,
      archivedAt: _a,
      createdAt: _c,
      updatedAt: _u,
      units: _units,
      ...fields
    } = organisation;
    expect(saved.data).toEqual(fields);
  });
});
