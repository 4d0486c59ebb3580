import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intakeInputSchema } from '../../shared/schemas/case';
import { contractInputSchema, type ContractFormValues } from '../../shared/schemas/contract';
import { timeEntryInputSchema, type TimeEntryFormValues } from '../../shared/schemas/hours';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { contractTemplates } from './billing';
import { recordIntake } from './cases';
import {
  contractsDuring,
  createContract,
  getContract,
  listContracts,
  updateContract,
} from './contracts';
import { deleteTimeEntry, listTimeEntries, minutesByOrganisation, recordHours } from './hours';
import { addUnit, createOrganisation, setOrganisationArchived } from './organisations';
import { openTestCaseFile } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');
let db: CaseFileDatabase;
let dispose: () => Promise<void>;
let orgA: number;
let orgB: number;

beforeEach(async () => {
  const opened = await openTestCaseFile();
  db = opened.caseFile.db;
  dispose = opened.dispose;
  orgA = createOrganisation(db, organisationInputSchema.parse({ legalName: 'Alfa B.V.' }), NOW).id;
  orgB = createOrganisation(db, organisationInputSchema.parse({ legalName: 'Beta B.V.' }), NOW).id;
});
afterEach(async () => {
  await dispose();
});

const entry = (fields: Partial<TimeEntryFormValues>) =>
  timeEntryInputSchema.parse({
    organisationId: orgA,
    date: '2026-10-05',
    minutes: 60,
    activity: 'consult',
    ...fields,
  });

function contract(fields: Partial<ContractFormValues>) {
  const auxilium = contractTemplates.find((t) => t.id === 'auxilium')!;
  return contractInputSchema.parse({
    ...auxilium.terms,
    organisationId: orgA,
    validFrom: '2026-01-01',
    validUntil: null,
    ...fields,
  });
}

describe('hours', () => {
  it('are recorded per organisation, unit and case, listed by period, and deleted while open', () => {
    const unit = addUnit(db, orgA, 'Zorg', NOW).units[0]!.id;
    const kase = recordIntake(
      db,
      intakeInputSchema.parse({
        organisationId: orgA,
        requestedAt: '2026-10-01T09:00:00+02:00',
        channel: 'email',
        reporter: { anonymous: true },
        reporterRole: 'employee',
        behaviours: ['gossip'],
        consent: 'nothing',
      }),
      NOW,
    );
    const a = recordHours(db, entry({ unitId: unit, caseId: kase.id, kilometres: 12 }), NOW);
    expect(a).toMatchObject({ unitId: unit, caseId: kase.id, kilometres: 12, invoiceId: null });
    recordHours(db, entry({ date: '2026-11-01', minutes: 30 }), NOW);
    recordHours(db, entry({ organisationId: orgB, minutes: 15 }), NOW);
    recordHours(db, entry({ minutes: 90, cancelled: true }), NOW);

    const october = { organisationId: orgA, caseId: null, from: '2026-10-01', to: '2026-10-31' };
    expect(listTimeEntries(db, october).map((e) => e.minutes)).toEqual([60, 90]);
    expect(listTimeEntries(db, { ...october, organisationId: null, caseId: kase.id })).toHaveLength(
      1,
    );
    // Cancelled work is not time spent.
    expect(minutesByOrganisation(db, '2026-10-01', '2026-10-31')).toEqual([
      { organisationId: orgA, minutes: 60 },
      { organisationId: orgB, minutes: 15 },
    ]);
    deleteTimeEntry(db, a.id);
    expect(listTimeEntries(db, october).map((e) => e.minutes)).toEqual([90]);
  });

  it('refuse a unit or case of another organisation, and an archived organisation', () => {
    const unitOfB = addUnit(db, orgB, 'Beta-zorg', NOW).units[0]!.id;
    expect(() => recordHours(db, entry({ unitId: unitOfB }), NOW)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
    expect(() => recordHours(db, entry({ caseId: 999 }), NOW)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    setOrganisationArchived(db, orgA, true, NOW);
    expect(() => recordHours(db, entry({}), NOW)).toThrow(
      expect.objectContaining({ code: 'ORGANISATION_ARCHIVED' }),
    );
    expect(
      listTimeEntries(db, {
        organisationId: null,
        caseId: null,
        from: '2000-01-01',
        to: '2100-01-01',
      }),
    ).toEqual([]);
  });

  it.each([
    [{ minutes: 0 }, 'validation.minutes'],
    [{ minutes: 1441 }, 'validation.minutes'],
    [{ minutes: 12.5 }, 'validation.minutes'],
    [{ kilometres: -1 }, 'validation.count'],
    [{ date: '2026-02-30' }, 'validation.date'],
  ])('refuse %o with its message', (fields, message) => {
    const result = timeEntryInputSchema.safeParse({
      organisationId: 1,
      date: '2026-10-05',
      minutes: 60,
      activity: 'consult',
      ...fields,
    });
    expect(result.error?.issues.map((i) => i.message)).toContain(message);
  });
});

describe('contracts', () => {
  it('are kept per organisation with their terms, and never overlap', () => {
    const first = createContract(db, contract({ validUntil: '2026-06-30' }), NOW);
    expect(getContract(db, first.id)).toMatchObject({
      organisationId: orgA,
      validFrom: '2026-01-01',
      validUntil: '2026-06-30',
      subscription: { kind: 'fixed' },
    });
    expect(() => createContract(db, contract({ validFrom: '2026-06-01' }), NOW)).toThrow(
      expect.objectContaining({ code: 'CONTRACT_OVERLAP' }),
    );
    const second = createContract(db, contract({ validFrom: '2026-07-01' }), NOW);
    // Ending the first later would overlap the second.
    expect(() => updateContract(db, first.id, contract({ validUntil: '2026-07-31' }), NOW)).toThrow(
      expect.objectContaining({ code: 'CONTRACT_OVERLAP' }),
    );
    expect(listContracts(db, orgA).map((c) => c.id)).toEqual([second.id, first.id]);
    expect(contractsDuring(db, orgA, '2026-06-15', '2026-07-15').map((c) => c.id)).toEqual([
      first.id,
      second.id,
    ]);
    expect(contractsDuring(db, orgB, '2026-01-01', '2026-12-31')).toEqual([]);
  });

  it('refuse stored terms that no longer fit, instead of billing them', () => {
    const stored = createContract(db, contract({}), NOW);
    db.prepare("UPDATE contracts SET terms = json_set(terms, '$.cancellationPercent', 400)").run();
    expect(() => getContract(db, stored.id)).toThrow(
      expect.objectContaining({ code: 'DATABASE_DAMAGED' }),
    );
  });

  it('every seed provider template starts a valid contract', () => {
    for (const t of contractTemplates) {
      const c = createContract(
        db,
        contractInputSchema.parse({
          ...t.terms,
          organisationId: orgB,
          validFrom: `20${10 + contractTemplates.indexOf(t)}-01-01`,
          validUntil: `20${10 + contractTemplates.indexOf(t)}-12-31`,
        }),
        NOW,
      );
      expect(getContract(db, c.id).organisationId).toBe(orgB);
    }
    expect(listContracts(db, orgB)).toHaveLength(contractTemplates.length);
  });
});
