import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { planAppointmentInputSchema } from '../../shared/schemas/appointment';
import { intakeInputSchema, noteInputSchema } from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { OpenCaseFile } from '../casefile';
import { addFollowUp, addReferral, recordIntake } from './cases';
import { findLeaksInExport, guardExport } from './export-guard';
import { planAppointment } from './appointments';
import { addNote, editNote } from './notes';
import { createOrganisation } from './organisations';
import { openTestCaseFile } from './test-support';

const NOW = new Date('2026-11-23T09:00:00.000Z');

let caseFile: OpenCaseFile;
let dispose: () => Promise<void>;
let caseNumber: string;

beforeEach(async () => {
  ({ caseFile, dispose } = await openTestCaseFile());
  const db = caseFile.db;
  const org = createOrganisation(
    db,
    organisationInputSchema.parse({ legalName: 'Zorggroep Oost' }),
    NOW,
  );
  const intake = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId: org.id,
      unitId: null,
      requestedAt: '2026-11-20T10:00:00+01:00',
      firstContactAt: null,
      channel: 'phone',
      reporter: {
        anonymous: false,
        name: 'Fatima el Amrani',
        phone: '06 98765432',
        email: 'fatima@example.org',
        otherContact: null,
      },
      reporterRole: 'employee',
      behaviours: ['bullying'],
      respondentRelation: 'manager',
      reporterWishes: 'Zij wil vooral dat het pesten door haar teamleider ophoudt.',
      consent: 'nothing',
    }),
    NOW,
  );
  caseNumber = intake.caseNumber;
  const note = addNote(
    db,
    intake.id,
    noteInputSchema.parse({
      kind: 'conversation',
      occurredAt: '2026-11-21T14:00:00+01:00',
      durationMinutes: 45,
      body: 'Eerste gesprek. Bereikbaar via haar partner op 0612121212.',
    }),
    NOW,
  );
  // The first version stays in the file after an edit, so it is checked as well.
  editNote(
    db,
    note.id,
    noteInputSchema.parse({
      kind: 'conversation',
      occurredAt: '2026-11-21T14:00:00+01:00',
      durationMinutes: 45,
      body: 'Eerste gesprek gevoerd.',
    }),
    NOW,
  );
  addReferral(
    db,
    {
      caseId: intake.id,
      kind: 'company_doctor',
      referredOn: '2026-11-22',
      description: 'Afspraak bij dokter Hendriks in Deventer gemaakt voor volgende week',
    },
    NOW,
  );
  planAppointment(
    db,
    planAppointmentInputSchema.parse({
      caseId: intake.id,
      startsAt: '2026-11-25T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'reporter_home',
      placeText: 'Lijsterbeslaan 7, Apeldoorn',
    }),
    NOW,
  );
  planAppointment(
    db,
    planAppointmentInputSchema.parse({
      caseId: intake.id,
      startsAt: '2026-11-26T10:00:00+01:00',
      durationMinutes: 60,
      placeKind: 'client_site',
      placeText: 'Stationsplein 1, Zwolle',
    }),
    NOW,
  );
  addFollowUp(
    db,
    {
      caseId: intake.id,
      kind: 'follow_up',
      dueAt: '2026-11-30T09:00:00.000Z',
      description: 'Nabellen over het gesprek met de teamleider van de afdeling',
    },
    NOW,
  );
});

afterEach(async () => {
  await dispose();
});

describe('the export guard over a real case file', () => {
  it.each([
    ['the reporter’s name', 'Factuur voor FATIMA EL AMRANI', 'name'],
    ['the phone number', 'tel 06-98 76 54 32', 'phone'],
    ['the e-mail address', 'fatima@example.org', 'email'],
    ['a quote of the wishes', 'het pesten door haar teamleider ophoudt', 'free_text'],
    ['a phone number written in an earlier note version', 'bel 06 12 12 12 12', 'phone'],
    ['words from a referral', 'bij dokter Hendriks in Deventer gemaakt voor', 'free_text'],
    ['words from a follow-up', 'gesprek met de teamleider van de afdeling', 'free_text'],
    ['the place of a home visit', 'Lijsterbeslaan 7 Apeldoorn', 'place'],
  ])('finds %s', (_label, text, kind) => {
    expect(findLeaksInExport(caseFile.db, text)).toEqual([{ kind, source: caseNumber }]);
    expect(() => guardExport(caseFile.db, text)).toThrow(
      expect.objectContaining({ code: 'EXPORT_BLOCKED' }),
    );
  });

  it('lets an anonymised text through, the client’s own address included', () => {
    const text =
      'Factuur 2026-0001 Zorggroep Oost, Stationsplein 1 Zwolle. Werkzaamheden vertrouwenspersoon 4,75 uur € 570,00. Eerste gesprek.';
    expect(findLeaksInExport(caseFile.db, text)).toEqual([]);
    expect(() => guardExport(caseFile.db, text)).not.toThrow();
  });
});
