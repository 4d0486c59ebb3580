import { contractInputSchema, type ContractFormValues } from '../../shared/schemas/contract';
import { timeEntryInputSchema, type TimeEntryFormValues } from '../../shared/schemas/hours';
import { practiceSettingsInputSchema } from '../../shared/schemas/practice';
import type { CaseFileDatabase } from '../casefile';
import { AppError } from '../errors';
import { contractTemplates, type ContractTemplate } from '../services/billing';
import { createContract } from '../services/contracts';
import { recordHours } from '../services/hours';
import {
  issueCreditNote,
  issueMonthlyInvoice,
  issueSubscriptionInvoice,
} from '../services/invoices';
import { savePracticeSettings } from '../services/practice-settings';
import type { Random } from './random';

/**
 * The demo practice's billing: the counsellor's own (fictitious) business details, one contract
 * per demo organisation from the seed provider template of its way of working (amounts the
 * brochures leave open filled in with plausible ones), information sessions, and the invoices
 * of every month and year up to now, with one correction by credit note.
 */

export const demoPractice = {
  name: 'Vertrouwenspraktijk De Linde',
  tradingName: 'De Linde',
  street: 'Lindenhof 3',
  postcode: '3811 LK',
  city: 'Amersfoort',
  kvkNumber: '90123456',
  vatNumber: 'NL901234564B01',
  iban: 'NL91ABNA0417164300',
  bic: 'ABNANL2A',
  email: 'praktijk@delinde.example',
  phone: '033 123 45 67',
  paymentTermDays: 30,
};

/** Which template each demo organisation (by index in practice.ts) is billed by, with fills. */
const demoContracts: { template: ContractTemplate['id']; fill: (t: ContractFormValues) => void }[] =
  [
    { template: 'auxilium', fill: () => undefined },
    {
      template: 'insieme',
      fill: (t) => {
        for (const activity of [
          'consult',
          'employment_law_advice',
          'policy_document',
          'complaints_committee',
          'other',
        ] as const) {
          t.activities[activity] = { billing: 'hourly', ratePerHour: { cents: 11_500 } };
        }
        t.activities.information_session = { billing: 'hourly', ratePerHour: { cents: 13_500 } };
      },
    },
    {
      template: 'veilig_en_vertrouwd',
      fill: (t) => {
        t.subscription = { kind: 'fixed', price: { cents: 45_000 } };
        t.activities.consult = { billing: 'per_consult', fee: { cents: 12_500 } };
      },
    },
    { template: 'nassaupraktijk', fill: () => undefined },
    {
      template: 'kennisbank',
      fill: (t) => {
        t.subscription = { kind: 'fixed', price: { cents: 30_000 } };
        for (const activity of [
          'consult',
          'employment_law_advice',
          'policy_document',
          'complaints_committee',
          'other',
        ] as const) {
          t.activities[activity] = { billing: 'hourly', ratePerHour: { cents: 10_500 } };
        }
        t.activities.information_session = { billing: 'hourly', ratePerHour: { cents: 12_500 } };
      },
    },
  ];

export function setUpDemoBilling(
  db: CaseFileDatabase,
  organisations: { id: number; engagementStart: string }[],
  now: Date,
): void {
  savePracticeSettings(db, practiceSettingsInputSchema.parse(demoPractice), now);
  organisations.forEach((org, index) => {
    const plan = demoContracts[index % demoContracts.length]!;
    const template = contractTemplates.find((t) => t.id === plan.template)!;
    const terms = structuredClone(template.terms) as ContractFormValues;
    plan.fill(terms);
    createContract(
      db,
      contractInputSchema.parse({
        ...terms,
        organisationId: org.id,
        validFrom: org.engagementStart,
        validUntil: null,
      }),
      now,
    );
  });
}

/** A few information sessions a year per organisation; now and then one is cancelled. */
export function addDemoSessions(
  db: CaseFileDatabase,
  random: Random,
  organisationId: number,
  from: string,
  now: Date,
): void {
  const today = now.toISOString().slice(0, 10);
  for (let year = Number(from.slice(0, 4)); year <= now.getUTCFullYear(); year++) {
    for (let i = 0; i < random.int(1, 3); i++) {
      const month = String(random.int(1, 12)).padStart(2, '0');
      const date = `${year}-${month}-${String(random.int(2, 27)).padStart(2, '0')}`;
      if (date < from || date >= today) continue;
      const entry: TimeEntryFormValues = {
        organisationId,
        date,
        minutes: random.pick([90, 120, 180]),
        activity: 'information_session',
        kilometres: random.int(10, 80),
        cancelled: random.chance(0.1),
      };
      recordHours(db, timeEntryInputSchema.parse(entry), now);
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Every invoice up to now, in date order so the numbers run as they would have: in January the
 * yearly subscriptions, each month the previous month's hours (nacalculatie) on the 3rd.
 */
export function issueDemoInvoices(
  db: CaseFileDatabase,
  organisationIds: readonly number[],
  firstYear: number,
  now: Date,
): number {
  const skip = (err: unknown) => {
    // Nothing to bill that month, or no contract yet: a normal month in a practice.
    if (
      err instanceof AppError &&
      ['NOTHING_TO_BILL', 'NO_CONTRACT', 'NO_SUBSCRIPTION'].includes(err.code)
    )
      return;
    throw err;
  };
  let issued = 0;
  let corrected = false;
  const lastMonth = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  for (
    let at = new Date(Date.UTC(firstYear, 0, 1));
    at <= lastMonth;
    at.setUTCMonth(at.getUTCMonth() + 1)
  ) {
    const year = at.getUTCFullYear();
    const month = `${year}-${pad(at.getUTCMonth() + 1)}`;
    if (at.getUTCMonth() === 0) {
      for (const id of organisationIds) {
        try {
          issueSubscriptionInvoice(db, id, year, `${year}-01-05`, now);
          issued++;
        } catch (err) {
          skip(err);
        }
      }
    }
    const next = new Date(Date.UTC(year, at.getUTCMonth() + 1, 3));
    const issueDate = next.toISOString().slice(0, 10);
    for (const id of organisationIds) {
      try {
        const invoice = issueMonthlyInvoice(db, id, month, issueDate, now);
        issued++;
        // One correction, as happens: the invoice credited and issued again.
        if (!corrected && year === firstYear + 1) {
          issueCreditNote(db, invoice.id, issueDate, now);
          issueMonthlyInvoice(db, id, month, issueDate, now);
          issued += 2;
          corrected = true;
        }
      } catch (err) {
        skip(err);
      }
    }
  }
  return issued;
}
