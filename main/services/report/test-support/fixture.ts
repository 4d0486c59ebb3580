import {
  intakeInputSchema,
  noteInputSchema,
  type BehaviourKind,
  type CaseOutcome,
  type Channel,
  type ReferralKind,
  type ReporterRole,
  type RespondentRelation,
} from '../../../../shared/schemas/case';
import { timeEntryInputSchema, type TimeEntryFormValues } from '../../../../shared/schemas/hours';
import { organisationInputSchema } from '../../../../shared/schemas/organisation';
import { practiceSettingsInputSchema } from '../../../../shared/schemas/practice';
import type { CaseFileDatabase } from '../../../casefile';
import { addReferral, changeCaseStatus, markCase, recordIntake } from '../../cases';
import { recordHours } from '../../hours';
import { addNote } from '../../notes';
import { addUnit, createOrganisation } from '../../organisations';
import { savePracticeSettings } from '../../practice-settings';
import { openTestCaseFile } from '../../test-support';

/**
 * The fixture practice for the annual report's tests: a real encrypted case file with
 * Zorggroep De Linde (units Zorg Noord, Zorg Zuid and Facilitair; 25 cases in 2026, 15 in 2025,
 * 8 in 2024, 3 in 2023), two smaller organisations, test and duplicate cases, a case just
 * after new year, hours and information sessions. The expected tables in the tests are counted
 * by hand from the lists below. Reporters, notes and descriptions hold identifying text that no
 * report may show: `identifying` lists it.
 */

export const NOW = new Date('2026-12-31T12:00:00.000Z');
export const GENERATED_ON = '2026-12-31';

type UnitKey = 'noord' | 'zuid' | 'facilitair';

interface Reporter {
  name: string;
  phone: string;
  email: string;
  otherContact?: string;
}

interface CaseSpec {
  unit: UnitKey | null;
  at: string;
  channel: Channel;
  role: ReporterRole;
  relation: RespondentRelation | null;
  behaviours: BehaviourKind[];
  /** null: still open. */
  outcome: CaseOutcome | null;
  referrals?: ReferralKind[];
  /** met: contact after 2 hours; late: after 72 hours; none: no contact yet. */
  reaction: 'met' | 'late' | 'none';
  /** Extra phone calls with the reporter, 5 days after the request. */
  calls?: number;
  reporter?: Reporter;
  note?: string;
  wishes?: string;
  referralNote?: string;
  mark?: 'test' | 'duplicate';
}

export const reporters = {
  fatima: {
    name: 'Fatima El Amrani',
    phone: '06-41 27 93 58',
    email: 'fatima.elamrani@example.nl',
  },
  pieter: {
    name: 'Pieter de Boer',
    phone: '+31 6 83 72 61 04',
    email: 'p.deboer@example.com',
    otherContact: 'Bereikbaar via Signal na zes uur',
  },
  sanne: { name: 'Sanne Vermeulen', phone: '06-19073342', email: 'sanne.vermeulen@example.org' },
  karel: { name: 'Karel Proefpersoon', phone: '020-5551234', email: 'karel@proef.example' },
} satisfies Record<string, Reporter>;

export const sentences = {
  note1: 'Melder vertelt dat haar leidinggevende haar al maanden negeert tijdens het werkoverleg.',
  note13:
    'Afgesproken dat de melder eerst zelf het gesprek aangaat met de teamleider van de nachtdienst.',
  note22:
    'De melder voelt zich onveilig sinds het incident bij de fietsenstalling op donderdagavond.',
  wishes7:
    'Wil graag dat de afdelingsmanager wordt aangesproken op zijn gedrag tegenover stagiairs.',
  referral7: 'Doorverwezen naar bedrijfsarts mevrouw Hendriks voor een gesprek over verzuim.',
  testNote: 'Proefgesprek om het programma uit te proberen met een verzonnen melder.',
};

/** Every identifying value of the fixture, for the tests to look for in an export. */
export const identifying: string[] = [
  ...Object.values(reporters).flatMap((r) => Object.values(r)),
  ...Object.values(sentences),
];

const day = (i: number, year: number) => {
  const month = String(((i - 1) % 11) + 1).padStart(2, '0');
  const date = String(5 + (i % 20)).padStart(2, '0');
  return `${year}-${month}-${date}T09:30:00Z`;
};

type Row = [
  UnitKey | null,
  Channel,
  ReporterRole,
  RespondentRelation | null,
  BehaviourKind[],
  CaseOutcome | null,
  ReferralKind[],
  CaseSpec['reaction'],
];

/** De Linde's 25 cases of 2026, numbered 1–25 as in the tests' hand counts. */
// prettier-ignore
const linde2026: Row[] = [
  /*  1 */ ['noord', 'phone', 'employee', 'manager', ['bullying', 'gossip'], 'first_reception_only', [], 'met'],
  /*  2 */ ['noord', 'phone', 'employee', 'manager', ['bullying', 'workload'], 'first_reception_only', [], 'met'],
  /*  3 */ ['noord', 'phone', 'temp_worker', 'manager', ['bullying'], 'first_reception_only', [], 'late'],
  /*  4 */ ['noord', 'phone', 'employee', 'manager', ['bullying'], 'informal_solution', [], 'met'],
  /*  5 */ ['noord', 'phone', 'manager', 'colleague', ['bullying'], 'informal_solution', [], 'met'],
  /*  6 */ ['noord', 'phone', 'employee', 'colleague', ['gossip'], 'mediation', ['mediator'], 'met'],
  /*  7 */ ['noord', 'email', 'employee', 'colleague', ['aggression'], 'referred', ['company_doctor', 'company_doctor'], 'met'],
  /*  8 */ ['noord', 'email', 'employee', 'colleague', ['sexual_harassment'], 'formal_complaint', ['complaints_committee'], 'met'],
  /*  9 */ ['noord', 'email', 'employee', 'senior_management', ['suspected_wrongdoing'], null, [], 'met'],
  /* 10 */ ['noord', 'in_person', 'manager', 'senior_management', ['abuse_of_power'], null, [], 'met'],
  /* 11 */ ['noord', 'in_person', 'employee', 'other', ['abuse_of_power'], null, [], 'met'],
  /* 12 */ ['noord', 'in_person', 'employee', null, ['workload'], null, [], 'met'],
  /* 13 */ ['zuid', 'phone', 'employee', 'manager', ['bullying', 'gossip'], 'first_reception_only', [], 'met'],
  /* 14 */ ['zuid', 'phone', 'employee', 'manager', ['bullying', 'workload'], 'first_reception_only', [], 'late'],
  /* 15 */ ['zuid', 'phone', 'manager', 'manager', ['bullying'], 'informal_solution', [], 'met'],
  /* 16 */ ['zuid', 'phone', 'employee', 'colleague', ['bullying'], 'informal_solution', [], 'met'],
  /* 17 */ ['zuid', 'email', 'employee', 'colleague', ['gossip'], 'referred', ['company_doctor'], 'met'],
  /* 18 */ ['zuid', 'email', 'temp_worker', 'colleague', ['aggression'], null, [], 'met'],
  /* 19 */ ['zuid', 'email', 'employee', 'colleague', ['sexual_harassment'], null, [], 'none'],
  /* 20 */ ['zuid', 'in_person', 'manager', 'senior_management', ['abuse_of_power'], null, [], 'none'],
  /* 21 */ ['zuid', 'in_person', 'employee', null, ['abuse_of_power', 'workload'], null, [], 'none'],
  /* 22 */ ['facilitair', 'phone', 'employee', 'manager', ['bullying'], 'first_reception_only', [], 'met'],
  /* 23 */ ['facilitair', 'phone', 'employee', 'manager', ['bullying'], 'informal_solution', [], 'met'],
  /* 24 */ ['facilitair', 'in_person', 'employee', 'manager', ['gossip', 'workload'], 'referred', ['company_doctor'], 'met'],
  /* 25 */ ['facilitair', 'in_person', 'manager', 'colleague', ['sexual_harassment', 'workload'], null, [], 'met'],
];

function linde2026Specs(): CaseSpec[] {
  return linde2026.map(
    ([unit, channel, role, relation, behaviours, outcome, referrals, reaction], n) => {
      const i = n + 1;
      const spec: CaseSpec = {
        unit,
        at: day(i, 2026),
        channel,
        role,
        relation,
        behaviours,
        outcome,
        referrals,
        reaction,
      };
      if (i === 1) {
        // 00:15 on New Year's Day in the Netherlands is still 2025 in UTC: it counts for 2026.
        Object.assign(spec, {
          at: '2026-01-01T00:15:00+01:00',
          reporter: reporters.fatima,
          note: sentences.note1,
        });
      }
      if (i <= 5) spec.calls = 1;
      if (i === 7)
        Object.assign(spec, { wishes: sentences.wishes7, referralNote: sentences.referral7 });
      if (i === 13) Object.assign(spec, { reporter: reporters.pieter, note: sentences.note13 });
      // Requested two days before the report: its 48 hours have not passed yet (pending).
      if (i === 20 || i === 21) spec.at = '2026-12-30T10:00:00+01:00';
      if (i === 22) Object.assign(spec, { reporter: reporters.sanne, note: sentences.note22 });
      return spec;
    },
  );
}

/** De Linde's 15 cases of 2025. */
function linde2025Specs(): CaseSpec[] {
  return Array.from({ length: 15 }, (_, n) => {
    const i = n + 1;
    return {
      unit: i <= 8 ? 'noord' : 'zuid',
      at: day(i, 2025),
      channel: i <= 7 ? 'phone' : i <= 10 ? 'email' : 'in_person',
      role: 'employee',
      relation: i <= 8 ? 'manager' : 'colleague',
      behaviours: [i <= 11 ? 'bullying' : 'sexual_harassment'],
      outcome: i <= 4 ? 'first_reception_only' : i <= 8 ? 'informal_solution' : 'referred',
      referrals: i >= 9 && i <= 13 ? ['company_doctor'] : [],
      reaction: i <= 2 ? 'late' : 'met',
    } satisfies CaseSpec;
  });
}

function simpleSpecs(count: number, year: number, unit: UnitKey | null = null): CaseSpec[] {
  return Array.from({ length: count }, (_, n) => ({
    unit,
    at: day(n + 1, year),
    channel: 'phone',
    role: 'employee',
    relation: 'colleague',
    behaviours: ['bullying'],
    outcome: 'first_reception_only',
    reaction: 'met',
  }));
}

const HOUR = 3_600_000;
const after = (at: string, ms: number) => new Date(new Date(at).getTime() + ms).toISOString();

function addCase(
  db: CaseFileDatabase,
  organisationId: number,
  units: Partial<Record<UnitKey, number>>,
  spec: CaseSpec,
): number {
  const firstContactAt =
    spec.reaction === 'met'
      ? after(spec.at, 2 * HOUR)
      : spec.reaction === 'late'
        ? after(spec.at, 72 * HOUR)
        : null;
  const kase = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId,
      unitId: spec.unit === null ? null : (units[spec.unit] ?? null),
      requestedAt: spec.at,
      firstContactAt,
      channel: spec.channel,
      reporter: spec.reporter ? { anonymous: false, ...spec.reporter } : { anonymous: true },
      reporterRole: spec.role,
      behaviours: spec.behaviours,
      respondentRelation: spec.relation,
      reporterWishes: spec.wishes ?? '',
      consent: 'nothing',
    }),
    NOW,
  );
  const note = (kind: 'conversation' | 'phone_call' | 'action', occurredAt: string, body: string) =>
    addNote(
      db,
      kase.id,
      noteInputSchema.parse({ kind, occurredAt, durationMinutes: 45, body }),
      NOW,
    );
  if (firstContactAt !== null) {
    note('conversation', firstContactAt, spec.note ?? 'Eerste gesprek gevoerd.');
  } else {
    note('action', after(spec.at, HOUR), spec.note ?? 'Teruggebeld, voicemail ingesproken.');
  }
  for (let c = 0; c < (spec.calls ?? 0); c += 1) {
    note('phone_call', after(spec.at, (5 + c) * 24 * HOUR), 'Telefonisch gesproken.');
  }
  for (const kind of spec.referrals ?? []) {
    addReferral(
      db,
      {
        caseId: kase.id,
        kind,
        referredOn: after(spec.at, 96 * HOUR).slice(0, 10),
        description: spec.referralNote ?? '',
      },
      NOW,
    );
  }
  if (spec.outcome !== null) {
    changeCaseStatus(
      db,
      kase.id,
      { status: 'closed', at: after(spec.at, 10 * 24 * HOUR), outcome: spec.outcome },
      NOW,
    );
  } else if (spec.reaction !== 'none') {
    changeCaseStatus(
      db,
      kase.id,
      { status: 'in_progress', at: after(spec.at, 3 * HOUR), outcome: null },
      NOW,
    );
  }
  if (spec.mark) {
    markCase(
      db,
      kase.id,
      { isTest: spec.mark === 'test', isDuplicate: spec.mark === 'duplicate' },
      NOW,
    );
  }
  return kase.id;
}

export interface ReportFixture {
  db: CaseFileDatabase;
  dispose(): Promise<void>;
  linde: number;
  kleineKern: number;
  noorddorp: number;
}

export async function openReportFixture(): Promise<ReportFixture> {
  const opened = await openTestCaseFile();
  const db = opened.caseFile.db;
  savePracticeSettings(
    db,
    practiceSettingsInputSchema.parse({
      name: 'Praktijk Vertrouwd B.V.',
      tradingName: 'Vertrouwd Advies',
      street: 'Oudegracht 12',
      postcode: '3511 AB',
      city: 'Utrecht',
      kvkNumber: '12345678',
      vatNumber: 'NL123456782B01',
      iban: 'NL91ABNA0417164300',
    }),
    NOW,
  );
  const organisation = (legalName: string) =>
    createOrganisation(db, organisationInputSchema.parse({ legalName, reactionTimeHours: 48 }), NOW)
      .id;
  const linde = organisation('Zorggroep De Linde B.V.');
  const kleineKern = organisation('Stichting Kleine Kern');
  const noorddorp = organisation('Gemeente Noorddorp');
  const unit = (name: string) =>
    addUnit(db, linde, name, NOW).units.find((u) => u.name === name)!.id;
  const units = {
    noord: unit('Zorg Noord'),
    zuid: unit('Zorg Zuid'),
    facilitair: unit('Facilitair'),
  };

  db.transaction(() => {
    const specs2026 = linde2026Specs();
    const ids = specs2026.map((spec) => addCase(db, linde, units, spec));
    linde2025Specs().forEach((spec) => addCase(db, linde, units, spec));
    simpleSpecs(8, 2024, 'noord').forEach((spec) => addCase(db, linde, units, spec));
    simpleSpecs(3, 2023, 'zuid').forEach((spec) => addCase(db, linde, units, spec));
    // A 2025 case talked to again in February 2026: a contact of 2026.
    const lastOf2025 = Number(
      db.prepare("SELECT max(id) FROM cases WHERE case_number LIKE '2025-%'").pluck().get(),
    );
    addNote(
      db,
      lastOf2025,
      noteInputSchema.parse({
        kind: 'conversation',
        occurredAt: '2026-02-03T10:00:00+01:00',
        durationMinutes: 30,
        body: 'Nazorggesprek.',
      }),
      NOW,
    );
    // Not counted: a test case and a duplicate in Facilitair (with them it would have 6 cases
    // and be named), and a case of 00:30 on New Year's Day 2027 (still 2026 in UTC).
    const base = specs2026[21]!;
    const testCase = addCase(db, linde, units, {
      ...base,
      reporter: reporters.karel,
      note: sentences.testNote,
      mark: 'test',
    });
    addCase(db, linde, units, { ...base, reporter: reporters.fatima, mark: 'duplicate' });
    addCase(db, linde, units, { ...base, at: '2027-01-01T00:30:00+01:00' });

    simpleSpecs(3, 2026).forEach((spec) => addCase(db, kleineKern, {}, spec));
    simpleSpecs(6, 2026).forEach((spec) => addCase(db, noorddorp, {}, spec));

    const hours = (entry: Partial<TimeEntryFormValues>) =>
      recordHours(
        db,
        timeEntryInputSchema.parse({
          organisationId: linde,
          date: '2026-03-10',
          minutes: 60,
          activity: 'consult',
          ...entry,
        }),
        NOW,
      );
    hours({ minutes: 600, unitId: units.noord, caseId: ids[0] });
    hours({ minutes: 300, date: '2026-06-11', unitId: units.zuid });
    for (const caseId of [ids[1], ids[12], ids[21]]) hours({ activity: 'first_consult', caseId });
    hours({ activity: 'information_session', minutes: 120, date: '2026-04-14' });
    hours({ activity: 'information_session', minutes: 90, date: '2026-12-31' });
    hours({ activity: 'information_session', minutes: 60, date: '2026-05-20', cancelled: true });
    hours({ activity: 'travel_time', minutes: 45, date: '2026-04-14' });
    hours({ caseId: testCase });
    hours({ date: '2027-01-02' });
    hours({ organisationId: noorddorp, minutes: 240 });
    hours({ minutes: 600, date: '2025-05-01' });
    hours({ activity: 'information_session', minutes: 120, date: '2025-09-09' });
  })();

  return { db, dispose: opened.dispose, linde, kleineKern, noorddorp };
}

export const ADVICE =
  'Het aantal meldingen is dit jaar gestegen, vooral over pesten en roddelen in de zorgteams. ' +
  'Advies: bespreek omgangsvormen vast in elk teamoverleg, train leidinggevenden in lastige ' +
  'gesprekken en maak de vertrouwenspersoon beter bekend bij uitzendkrachten.';
