import {
  behaviourKinds,
  channels,
  consentLevels,
  integrityBreaches,
  intakeInputSchema,
  noteInputSchema,
  outOfScopeTopics,
  referralKinds,
  reporterRoles,
  undesirableBehaviours,
  type CaseOutcome,
  type CaseStatus,
  type NoteKind,
} from '../../shared/schemas/case';
import { organisationInputSchema } from '../../shared/schemas/organisation';
import type { CaseFileDatabase } from '../casefile';
import {
  addFollowUp,
  addReferral,
  changeCaseStatus,
  markCase,
  recordIntake,
} from '../services/cases';
import { timeEntryInputSchema } from '../../shared/schemas/hours';
import { toDateInputValue } from '../../shared/dutch-time';
import { recordHours } from '../services/hours';
import { addNote } from '../services/notes';
import { addUnit, createOrganisation } from '../services/organisations';
import { addDemoSessions, issueDemoInvoices, setUpDemoBilling } from './billing';
import { demoOrganisations, firstNames, lastNames, noteSentences, wishes } from './practice';
import { seededRandom, type Random } from './random';

export type DemoSize = 'normal' | 'large';

export interface DemoSummary {
  organisations: number;
  cases: number;
  notes: number;
  invoices: number;
}

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const FIRST_YEAR = 2023;
const LARGE_CASES = 10_000;
const NOTES_PER_LARGE_CASE = 10;

/** Splits `total` over `slots` in proportion to their weights, summing exactly to `total`. */
function exactCounts(total: number, slots: number, weight: (slot: number) => number): number[] {
  const weights = Array.from({ length: slots }, (_, i) => weight(i));
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts = weights.map((w) => Math.floor((total * w) / sum));
  let rest = total - counts.reduce((a, b) => a + b, 0);
  for (let i = 0; rest > 0; i = (i + 1) % slots, rest--) counts[i]!++;
  return counts;
}

/**
 * Fills an open case file with a fictitious practice: the demo organisations, several years of
 * cases with dated Dutch notes, status changes, referrals and follow-ups. `large` makes 10,000
 * cases and 100,000 notes, for benchmarks. Deterministic for a given seed and `now`.
 */
export function generateDemoPractice(
  db: CaseFileDatabase,
  options: { size: DemoSize; now: Date; seed?: number },
): DemoSummary {
  const random = seededRandom(options.seed ?? 20261123);
  const now = options.now;
  const summary: DemoSummary = { organisations: 0, cases: 0, notes: 0, invoices: 0 };
  const large = options.size === 'large';
  const years = now.getUTCFullYear() - FIRST_YEAR + 1;
  const counts = large
    ? exactCounts(
        LARGE_CASES,
        demoOrganisations.length * years,
        (slot) => demoOrganisations[Math.floor(slot / years)]!.casesPerYear,
      )
    : null;

  db.transaction(() => {
    const organisationIds: number[] = [];
    demoOrganisations.forEach((demo, orgIndex) => {
      const org = createOrganisation(db, organisationInputSchema.parse(demo.organisation), now);
      organisationIds.push(org.id);
      summary.organisations++;
      let unitIds: number[] = [];
      for (const name of demo.units)
        unitIds = addUnit(db, org.id, name, now).units.map((u) => u.id);
      for (let y = 0; y < years; y++) {
        const year = FIRST_YEAR + y;
        const count =
          counts?.[orgIndex * years + y] ??
          Math.round(demo.casesPerYear * (0.8 + random.next() * 0.4));
        for (let i = 0; i < count; i++) {
          const requested = randomMoment(random, year, now);
          if (requested === null) continue;
          summary.notes += makeCase(db, random, {
            organisationId: org.id,
            unitId: unitIds.length > 0 ? random.pick(unitIds) : null,
            requested,
            reactionHours: demo.organisation.reactionTimeHours ?? 48,
            now,
            noteCount: large ? NOTES_PER_LARGE_CASE : random.int(1, 5),
            exact: large,
          });
          summary.cases++;
        }
      }
      addDemoSessions(db, random, org.id, `${FIRST_YEAR}-01-01`, now);
    });
    // Contracts run from the first demo year, so every recorded hour has a price.
    setUpDemoBilling(
      db,
      organisationIds.map((id) => ({ id, engagementStart: `${FIRST_YEAR}-01-01` })),
      now,
    );
    summary.invoices = issueDemoInvoices(db, organisationIds, FIRST_YEAR, now);
  })();
  return summary;
}

/**
 * A working-hours moment in the year, at least a day before now (so every case can have its
 * notes); null when the year has no room.
 */
function randomMoment(random: Random, year: number, now: Date): Date | null {
  const start = Date.UTC(year, 0, 2);
  const end = Math.min(Date.UTC(year, 11, 20), now.getTime() - 2 * DAY);
  if (end <= start) return null;
  const day = new Date(start + Math.floor(random.next() * (end - start)));
  day.setUTCHours(random.int(7, 16), random.pick([0, 15, 30, 45]), 0, 0);
  return day.getTime() > now.getTime() ? null : day;
}

function pickBehaviours(random: Random): string[] {
  const roll = random.next();
  if (roll < 0.75) return random.some(undesirableBehaviours, random.chance(0.3) ? 2 : 1);
  if (roll < 0.9) return random.some(integrityBreaches, 1);
  return random.some(outOfScopeTopics, 1);
}

function makeCase(
  db: CaseFileDatabase,
  random: Random,
  c: {
    organisationId: number;
    unitId: number | null;
    requested: Date;
    reactionHours: number;
    now: Date;
    noteCount: number;
    /** Always make every note (benchmark data): contact and notes squeezed in before now. */
    exact: boolean;
  },
): number {
  const anonymous = random.chance(0.35);
  const firstName = random.pick(firstNames);
  const name = `${firstName} ${random.pick(lastNames)}`;
  const age = c.now.getTime() - c.requested.getTime();
  // Mostly in time; sometimes late; the newest requests may still wait for contact.
  const contactDelay = random.chance(0.85)
    ? random.int(1, c.reactionHours - 1) * HOUR
    : random.int(c.reactionHours + 1, c.reactionHours * 3) * HOUR;
  const contacted = c.exact || age > contactDelay;
  const firstContact = new Date(
    Math.min(c.requested.getTime() + contactDelay, c.now.getTime() - (c.noteCount + 1) * HOUR),
  );

  const kase = recordIntake(
    db,
    intakeInputSchema.parse({
      organisationId: c.organisationId,
      unitId: c.unitId,
      requestedAt: c.requested.toISOString(),
      firstContactAt: contacted ? firstContact.toISOString() : null,
      channel: random.pick(channels),
      reporter: anonymous
        ? { anonymous: true }
        : {
            anonymous: false,
            name,
            phone: random.chance(0.7) ? `06 ${random.int(10_000_000, 99_999_999)}` : null,
            email: random.chance(0.4)
              ? `${firstName.toLowerCase()}.${random.int(10, 99)}@mail.example`
              : null,
          },
      reporterRole: random.chance(0.7) ? 'employee' : random.pick(reporterRoles),
      behaviours: pickBehaviours(random),
      respondentRelation: random.chance(0.1)
        ? null
        : random.pick([
            'manager',
            'manager',
            'colleague',
            'colleague',
            'senior_management',
            'client',
            'other',
          ] as const),
      reporterWishes: random.pick(wishes),
      consent: random.pick(consentLevels),
    }),
    c.requested,
  );
  if (!contacted) return 0;

  let moment = firstContact.getTime();
  let notes = 0;
  // Notes every few days, closer together when the case is too young for that.
  const room = (c.now.getTime() - moment) / (c.noteCount + 1);
  for (let n = 0; n < c.noteCount && moment < c.now.getTime(); n++) {
    const kind: NoteKind =
      n === 0
        ? random.pick(['conversation', 'phone_call'] as const)
        : random.pick(['conversation', 'phone_call', 'email', 'action', 'aftercare'] as const);
    const sentences = random.some(noteSentences, random.int(1, 3));
    if (!anonymous && random.chance(0.2))
      sentences.unshift(`${firstName} belt terug na het eerste gesprek.`);
    const note = addNote(
      db,
      kase.id,
      noteInputSchema.parse({
        kind,
        occurredAt: new Date(moment).toISOString(),
        durationMinutes: kind === 'email' ? random.int(5, 20) : random.pick([15, 30, 45, 60, 90]),
        body: sentences.join(' '),
      }),
      new Date(moment),
    );
    notes++;
    // The time spent is recorded as hours for the organisation (the first as first consult).
    recordHours(
      db,
      timeEntryInputSchema.parse({
        organisationId: c.organisationId,
        unitId: c.unitId,
        caseId: kase.id,
        date: toDateInputValue(new Date(moment)),
        minutes: note.durationMinutes,
        activity: n === 0 ? 'first_consult' : 'consult',
      }),
      new Date(moment),
    );
    moment += Math.min(random.int(2, 21) * DAY, room);
  }
  closeOrProgress(db, random, kase.id, firstContact, moment, c.now);
  if (random.chance(0.02)) {
    markCase(db, kase.id, { isTest: random.chance(0.5), isDuplicate: true }, c.now);
  }
  return notes;
}

const outcomes: CaseOutcome[] = [
  'first_reception_only',
  'first_reception_only',
  'informal_solution',
  'informal_solution',
  'mediation',
  'referred',
  'formal_complaint',
  'police_report',
  'reporter_withdrew',
  'no_further_action',
];

/** Older cases are closed with an outcome; recent ones are somewhere along the flow. */
function closeOrProgress(
  db: CaseFileDatabase,
  random: Random,
  caseId: number,
  firstContact: Date,
  lastNote: number,
  now: Date,
): void {
  const change = (status: CaseStatus, at: number, outcome: CaseOutcome | null = null) =>
    changeCaseStatus(
      db,
      caseId,
      { status, at: new Date(Math.min(at, now.getTime() - 1)).toISOString(), outcome },
      now,
    );
  const recent = now.getTime() - lastNote < 45 * DAY;
  let at = firstContact.getTime() + DAY;
  change('in_progress', at);
  if (random.chance(0.2)) {
    at += random.int(3, 20) * DAY;
    change('referred', at);
    addReferral(
      db,
      {
        caseId,
        kind: random.pick(referralKinds),
        referredOn: new Date(Math.min(at, now.getTime())).toISOString().slice(0, 10),
        description: '',
      },
      now,
    );
  }
  if (recent) {
    addFollowUp(
      db,
      {
        caseId,
        kind: random.pick(['follow_up', 'appointment', 'aftercare'] as const),
        dueAt: new Date(now.getTime() + random.int(-3, 14) * DAY).toISOString(),
        description: 'Terugbellen over de voortgang',
      },
      now,
    );
    return;
  }
  if (random.chance(0.3)) {
    at = Math.max(at, lastNote) + DAY;
    change('aftercare', at);
  }
  change('closed', Math.max(at, lastNote) + random.int(1, 10) * DAY, random.pick(outcomes));
}

export { behaviourKinds };
