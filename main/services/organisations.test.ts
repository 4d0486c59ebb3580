import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  organisationInputSchema,
  type OrganisationFormValues,
} from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import {
  addUnit,
  createOrganisation,
  getOrganisation,
  listOrganisations,
  renameUnit,
  setOrganisationArchived,
  setUnitArchived,
  updateOrganisation,
} from './organisations';
import { openTestCaseFile, testClock } from './test-support';

let db: CaseFileDatabase;
let dispose: () => Promise<void>;
const clock = testClock();

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
});
afterEach(() => dispose());

const deLinde: OrganisationFormValues = {
  legalName: 'Zorggroep De Linde B.V.',
  kvkNumber: '1234 5678',
  vatNumber: 'nl123456782b01',
  street: 'Lindelaan 12',
  postcode: '3512ab',
  city: 'Utrecht',
  billingContactName: 'Financiële administratie',
  billingEmail: 'facturen@delinde.example',
  buyerReference: 'VP-2026',
  employeeCount: 85,
  isMember: true,
  reactionTimeHours: 24,
  engagementStart: '2026-01-01',
  engagementEnd: '',
  notes: 'Contract via de OR; jaarverslag in maart bespreken.',
};

const input = (values: OrganisationFormValues) => organisationInputSchema.parse(values);

function codeOf(fn: () => unknown): string {
  try {
    fn();
    return 'no error';
  } catch (err) {
    return err instanceof AppError ? err.code : String(err);
  }
}

describe('organisations', () => {
  it('creates an organisation with normalised identifiers and reads it back', () => {
    const created = createOrganisation(db, input(deLinde), clock());
    expect(created).toMatchObject({
      legalName: 'Zorggroep De Linde B.V.',
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      postcode: '3512 AB',
      country: 'NL',
      isMember: true,
      reactionTimeHours: 24,
      engagementStart: '2026-01-01',
      engagementEnd: null,
      purchaseOrderNumber: null,
      archivedAt: null,
      units: [],
      createdAt: '2026-11-23T09:00:00.000Z',
    });
    expect(getOrganisation(db, created.id)).toEqual(created);
  });

  it('edits every field and stamps the change', () => {
    const created = createOrganisation(db, input(deLinde), clock());
    clock.advance(60_000);
    const edited = updateOrganisation(
      db,
      created.id,
      input({
        ...deLinde,
        legalName: 'De Linde Zorg B.V.',
        reactionTimeHours: 48,
        isMember: false,
      }),
      clock(),
    );
    expect(edited).toMatchObject({
      legalName: 'De Linde Zorg B.V.',
      reactionTimeHours: 48,
      isMember: false,
    });
    expect(edited.updatedAt).not.toBe(created.updatedAt);
    expect(edited.createdAt).toBe(created.createdAt);
  });

  it('refuses a second organisation with the same KvK number, also when editing', () => {
    const first = createOrganisation(db, input(deLinde), clock());
    expect(
      codeOf(() => createOrganisation(db, input({ ...deLinde, legalName: 'Kopie' }), clock())),
    ).toBe('ORGANISATION_EXISTS');
    const other = createOrganisation(db, input({ ...deLinde, kvkNumber: '87654321' }), clock());
    expect(codeOf(() => updateOrganisation(db, other.id, input(deLinde), clock()))).toBe(
      'ORGANISATION_EXISTS',
    );
    expect(getOrganisation(db, first.id).legalName).toBe(deLinde.legalName);
  });

  it('archives and restores, never deletes; lists hide archived ones unless asked', () => {
    const a = createOrganisation(db, input(deLinde), clock());
    const b = createOrganisation(db, input({ legalName: 'Aannemersbedrijf Bouwman' }), clock());
    setOrganisationArchived(db, a.id, true, clock());
    expect(listOrganisations(db, { includeArchived: false }).map((o) => o.id)).toEqual([b.id]);
    const all = listOrganisations(db, { includeArchived: true });
    expect(all.map((o) => o.id)).toEqual([b.id, a.id]); // archived ones last
    expect(all[1]?.archivedAt).toBe(clock().toISOString());
    setOrganisationArchived(db, a.id, false, clock());
    expect(listOrganisations(db, { includeArchived: false })).toHaveLength(2);
    expect(db.prepare('SELECT count(*) FROM organisations').pluck().get()).toBe(2);
  });

  it('answers NOT_FOUND for an id that does not exist', () => {
    expect(codeOf(() => getOrganisation(db, 42))).toBe('NOT_FOUND');
    expect(codeOf(() => updateOrganisation(db, 42, input(deLinde), clock()))).toBe('NOT_FOUND');
    expect(codeOf(() => setOrganisationArchived(db, 42, true, clock()))).toBe('NOT_FOUND');
    expect(codeOf(() => addUnit(db, 42, 'Noord', clock()))).toBe('NOT_FOUND');
    expect(codeOf(() => renameUnit(db, 42, 'Noord'))).toBe('NOT_FOUND');
  });
});

describe('units', () => {
  it('adds, renames and archives units; names are unique per organisation, in any case', () => {
    const org = createOrganisation(db, input(deLinde), clock());
    const other = createOrganisation(db, input({ legalName: 'Bouwman' }), clock());
    addUnit(db, org.id, 'Regio Noord', clock());
    let result = addUnit(db, org.id, 'Regio Zuid', clock());
    addUnit(db, other.id, 'Regio Noord', clock()); // another organisation may use the name
    expect(result.units.map((u) => u.name)).toEqual(['Regio Noord', 'Regio Zuid']);
    expect(codeOf(() => addUnit(db, org.id, 'regio noord', clock()))).toBe('UNIT_EXISTS');

    const zuid = result.units[1]!;
    expect(codeOf(() => renameUnit(db, zuid.id, 'REGIO NOORD'))).toBe('UNIT_EXISTS');
    result = renameUnit(db, zuid.id, 'Regio Zuid-Oost');
    expect(result.units.map((u) => u.name)).toEqual(['Regio Noord', 'Regio Zuid-Oost']);

    result = setUnitArchived(db, zuid.id, true, clock());
    expect(result.units.find((u) => u.id === zuid.id)?.archivedAt).not.toBeNull();
    expect(
      listOrganisations(db, { includeArchived: false }).find((o) => o.id === org.id)?.unitCount,
    ).toBe(1);
  });
});
