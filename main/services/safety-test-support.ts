import { intakeInputSchema, noteInputSchema } from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import { changeCaseStatus, recordIntake } from './cases';
import { addNote } from './notes';
import { createOrganisation } from './organisations';

/**
 * For the tests of backups, restore and retention: an organisation and cases with a named
 * reporter and a note, through the services, so the text sits everywhere the app puts it
 * (the case row, note versions, the full-text index).
 */

export function addOrganisation(db: CaseFileDatabase, name: string, now: Date): number {
  return createOrganisation(db, organisationInputSchema.parse({ legalName: name }), now).id;
}

export function addCaseWithNote(
  db: CaseFileDatabase,
  organisationId: number,
  details: {
    reporter: string;
    note: string;
    phone?: string;
    requestedAt?: string;
    closedAt?: string;
  },
  now: Date,
): { id: number; caseNumber: string } {
  const requestedAt = details.requestedAt ?? '2026-11-20T10:00:00+01:00';
  const kase = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId,
      requestedAt,
      channel: 'phone',
      reporter: { anonymous: false, name: details.reporter, phone: details.phone ?? '06 98765432' },
      reporterRole: 'employee',
      behaviours: ['bullying'],
      respondentRelation: 'manager',
      reporterWishes: 'Wil eerst alleen haar verhaal kwijt.',
      consent: 'nothing',
    }),
    now,
  );
  addNote(
    db,
    kase.id,
    noteInputSchema.parse({
      kind: 'conversation',
      occurredAt: requestedAt,
      durationMinutes: 45,
      body: details.note,
    }),
    now,
  );
  if (details.closedAt) {
    changeCaseStatus(
      db,
      kase.id,
      { status: 'closed', at: details.closedAt, outcome: 'informal_solution' },
      now,
    );
  }
  return { id: kase.id, caseNumber: kase.caseNumber };
}
