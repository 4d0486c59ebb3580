import { describe, expect, it } from 'vitest';
import {
  contractInputSchema,
  contractTermsSchema,
  type ContractTerms,
  type ContractTermsFormValues,
} from '../../../shared/schemas/contract';
import {
  checkContractForm,
  contractFormValues,
  contractInput,
  contractState,
  contractSummary,
  contractValidity,
  defaultValidFrom,
  emptyContractForm,
  formatAmount,
  formPath,
  openEndedContract,
  stillToFillIn,
  templateFormValues,
  type ContractTemplate,
} from './contracts';

/** Intl puts a no-break space after the euro sign; the tests read it as a space. */
const plain = (text: string) => text.replace(/\u00a0/g, ' ');

const hourly = (cents: number, memberCents: number | null = null) =>
  ({ billing: 'hourly', ratePerHour: { cents, memberCents } }) as const;
const notBilled = { billing: 'not_billed' } as const;

function terms(overrides: Partial<ContractTermsFormValues> = {}): ContractTerms {
  return contractTermsSchema.parse({
    subscription: { kind: 'none' },
    activities: {
      consult: hourly(9500),
      employment_law_advice: hourly(9500),
      information_session: hourly(9500),
      policy_document: hourly(9500),
      complaints_committee: hourly(9500),
      travel_time: notBilled,
      other: hourly(9500),
    },
    vat: { category: 'S' },
    ...overrides,
  });
}

/** The Nassaupraktijk's price list, as main's template has it. */
const nassau = terms({
  subscription: {
    kind: 'banded',
    bands: [
      { minEmployees: 10, maxEmployees: 20, price: { cents: 27500 } },
      { minEmployees: 21, maxEmployees: 50, price: { cents: 35000 } },
      { minEmployees: 51, maxEmployees: 100, price: { cents: 47500 } },
      { minEmployees: 101, maxEmployees: null, price: { cents: 57500 } },
    ],
  },
  freeFirst: 'first_consult',
});

const auxilium = terms({
  subscription: { kind: 'fixed', price: { cents: 17500, memberCents: 12500 } },
  activities: {
    consult: hourly(14000, 12000),
    employment_law_advice: hourly(20500, 19000),
    information_session: hourly(14000, 12000),
    policy_document: notBilled,
    complaints_committee: hourly(14000, 12000),
    travel_time: notBilled,
    other: hourly(14000, 12000),
  },
});

const nonMember = (employeeCount: number | null = null) => ({ employeeCount, isMember: false });

describe('contractSummary', () => {
  it('says what the organisation pays, in its band, in one line', () => {
    expect(plain(contractSummary(nassau, nonMember(35), 'nl'))).toBe(
      'Abonnement € 350 per jaar (21–50 medewerkers) · € 95 per uur · eerste consult gratis',
    );
    expect(plain(contractSummary(nassau, nonMember(150), 'nl'))).toBe(
      'Abonnement € 575 per jaar (101 of meer medewerkers) · € 95 per uur · eerste consult gratis',
    );
  });

  it('names the price range when the band cannot be chosen yet', () => {
    expect(plain(contractSummary(nassau, nonMember(null), 'nl'))).toContain(
      'Abonnement naar aantal medewerkers, € 275 tot € 575 per jaar',
    );
    expect(plain(contractSummary(nassau, nonMember(5), 'nl'))).toContain(
      '(geen staffel voor 5 medewerkers)',
    );
  });

  it('uses the member prices for a member, and says so', () => {
    expect(plain(contractSummary(auxilium, { employeeCount: null, isMember: true }, 'nl'))).toBe(
      'Abonnement € 125 per jaar (ledentarief) · € 120 tot € 190 per uur',
    );
    expect(plain(contractSummary(auxilium, nonMember(), 'nl'))).toBe(
      'Abonnement € 175 per jaar · € 140 tot € 205 per uur',
    );
  });

  it('adds a fee per consult, kilometres, cancellation, quotes and an exemption', () => {
    const veilig = terms({
      subscription: { kind: 'none' },
      activities: {
        consult: { billing: 'per_consult', fee: { cents: 15000 } },
        employment_law_advice: notBilled,
        information_session: notBilled,
        policy_document: notBilled,
        complaints_committee: notBilled,
        travel_time: notBilled,
        other: notBilled,
      },
      kilometreRateCents: 23,
      cancellationPercent: 50,
      quotes: [{ label: 'Workshop', amountCents: 60000, date: '2026-03-01' }],
      vat: { category: 'E', exemptionReason: 'Vrijgesteld van btw' },
    });
    expect(plain(contractSummary(veilig, nonMember(), 'nl'))).toBe(
      'Geen abonnement · € 150 per consult · € 0,23 per km · annulering 50 % · 1 eenmalig bedrag · vrijgesteld van btw',
    );
    expect(plain(contractSummary(veilig, nonMember(), 'en'))).toBe(
      'No subscription · €150 per consultation · €0.23 per km · cancellation 50 % · 1 one-off amount · exempt from VAT',
    );
  });

  it('says when no hours are billed at all', () => {
    const none = terms({
      activities: {
        consult: notBilled,
        employment_law_advice: notBilled,
        information_session: notBilled,
        policy_document: notBilled,
        complaints_committee: notBilled,
        travel_time: notBilled,
        other: notBilled,
      },
    });
    expect(contractSummary(none, nonMember(), 'nl')).toBe(
      'Geen abonnement · geen uren gefactureerd',
    );
  });
});

describe('formatAmount', () => {
  it('leaves out the cents of whole euros only', () => {
    expect(plain(formatAmount(35000, 'nl'))).toBe('€ 350');
    expect(plain(formatAmount(123456, 'nl'))).toBe('€ 1.234,56');
    expect(plain(formatAmount(23, 'en'))).toBe('€0.23');
  });
});

describe('contract validity', () => {
  const c = (validFrom: string, validUntil: string | null) => ({ validFrom, validUntil });

  it('tells current, past and future contracts apart (both ends included)', () => {
    expect(contractState(c('2026-01-01', null), '2026-06-01')).toBe('current');
    expect(contractState(c('2026-01-01', '2026-06-01'), '2026-06-01')).toBe('current');
    expect(contractState(c('2026-01-01', '2026-05-31'), '2026-06-01')).toBe('past');
    expect(contractState(c('2026-06-02', null), '2026-06-01')).toBe('future');
  });

  it('says the validity in words', () => {
    expect(contractValidity(c('2026-01-01', null), 'nl')).toBe('Vanaf 1 januari 2026');
    expect(contractValidity(c('2026-01-01', null), 'nl', { lowerFirst: true })).toBe(
      'vanaf 1 januari 2026',
    );
    expect(contractValidity(c('2026-01-01', '2026-12-31'), 'nl')).toBe(
      '1 januari 2026 tot en met 31 december 2026',
    );
    expect(contractValidity(c('2026-01-01', '2026-12-31'), 'en')).toBe(
      '1 January 2026 to 31 December 2026',
    );
  });

  it('starts a new contract after the newest one, or at the engagement', () => {
    expect(defaultValidFrom([], '2025-03-01', '2026-06-01')).toBe('2025-03-01');
    expect(defaultValidFrom([], null, '2026-06-01')).toBe('2026-06-01');
    expect(
      defaultValidFrom(
        [c('2024-01-01', '2024-12-31'), c('2025-01-01', '2025-12-31')],
        '2024-01-01',
        '2026-06-01',
      ),
    ).toBe('2026-01-01');
    expect(defaultValidFrom([c('2025-01-01', null)], null, '2026-06-01')).toBe('2026-06-01');
    expect(openEndedContract([c('2024-01-01', '2024-12-31'), c('2025-01-01', null)])).toEqual(
      c('2025-01-01', null),
    );
  });
});

describe('contract form ↔ contract input', () => {
  const contract = { ...nassau, validFrom: '2026-01-01', validUntil: null };

  it('shows amounts as euros typed the Dutch or English way', () => {
    const form = contractFormValues(contract, 'nl');
    expect(form.subscriptionKind).toBe('banded');
    expect(form.bands[1]).toEqual({ min: '21', max: '50', amount: '350,00', member: '' });
    expect(form.bands[3]?.max).toBe('');
    expect(form.activities.consult).toEqual({
      billing: 'hourly',
      rate: { amount: '95,00', member: '' },
    });
    expect(form.activities.travel_time.billing).toBe('not_billed');
    expect(form.freeFirst).toBe('first_consult');
    expect(form.validUntil).toBe('');
    expect(contractFormValues(contract, 'en').bands[0]?.amount).toBe('275.00');
  });

  it('gives back the same contract, in cents, from the form', () => {
    for (const source of [
      contract,
      { ...auxilium, validFrom: '2025-01-01', validUntil: '2025-12-31' },
    ]) {
      for (const locale of ['nl', 'en'] as const) {
        const check = checkContractForm(contractFormValues(source, locale), 7, locale);
        expect(check).toEqual({
          ok: true,
          value: contractInputSchema.parse({ ...source, organisationId: 7 }),
        });
      }
    }
  });

  it('turns typed euros into whole cents without rounding errors', () => {
    const form = emptyContractForm('2026-01-01');
    form.subscriptionKind = 'fixed';
    form.subscriptionPrice = { amount: '€ 1.250,29', member: '' };
    for (const kind of Object.keys(form.activities) as (keyof typeof form.activities)[]) {
      form.activities[kind].rate = { amount: '0,29', member: '' };
    }
    form.activities.consult.rate = { amount: '120,5', member: '110' };
    form.kilometreRate = '0,23';
    form.quotes = [{ label: 'Workshop', amount: '600', date: '2026-03-01' }];
    const check = checkContractForm(form, 3, 'nl');
    if (!check.ok) throw new Error(JSON.stringify(check.errors));
    expect(check.value.subscription).toEqual({
      kind: 'fixed',
      price: { cents: 125029, memberCents: null },
    });
    expect(check.value.activities.consult).toEqual({
      billing: 'hourly',
      ratePerHour: { cents: 12050, memberCents: 11000 },
    });
    expect(check.value.activities.other).toEqual({
      billing: 'hourly',
      ratePerHour: { cents: 29, memberCents: null },
    });
    expect(check.value.kilometreRateCents).toBe(23);
    expect(check.value.quotes).toEqual([
      { label: 'Workshop', amountCents: 60000, date: '2026-03-01' },
    ]);
    expect(check.value.cancellationPercent).toBe(0);
    expect(check.value.vat).toEqual({ category: 'S', rateBasisPoints: 2100 });
    expect(check.value.paymentTermDays).toBe(30);
  });

  it('leaves out what a choice hides, and reads an empty end as open-ended', () => {
    const form = contractFormValues(contract, 'nl');
    form.subscriptionKind = 'none';
    form.activities.consult.billing = 'not_billed';
    form.activities.consult.rate.amount = 'niet gebruikt';
    form.roundingMode = 'none';
    form.roundingStep = 'x';
    const input = contractInput(form, 1, 'nl');
    expect(input.subscription).toEqual({ kind: 'none' });
    expect(input.activities.consult).toEqual({ billing: 'not_billed' });
    expect(input.rounding).toEqual({ mode: 'none' });
    expect(input.validUntil).toBeNull();
    expect(checkContractForm(form, 1, 'nl').ok).toBe(true);
  });

  it('reports an amount that is not one at its field, as validation.amount', () => {
    const form = contractFormValues(contract, 'nl');
    form.bands[1]!.amount = 'driehonderd';
    form.activities.other.rate.member = '12,345';
    form.kilometreRate = '€';
    const check = checkContractForm(form, 1, 'nl');
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect(check.errors).toMatchObject({
      'bands.1.amount': 'validation.amount',
      'activities.other.rate.member': 'validation.amount',
      kilometreRate: 'validation.amount',
    });
  });

  it('reports the schema’s own rules where they belong', () => {
    const form = contractFormValues(contract, 'nl');
    form.bands[1]!.min = '15';
    form.bands[2]!.max = '40';
    form.validUntil = '2025-12-31';
    form.quotes = [{ label: '', amount: '100', date: '2027-01-01' }];
    form.roundingMode = 'up';
    form.roundingStep = '0';
    form.vatCategory = 'E';
    form.exemptionReason = '';
    form.cancellationPercent = '150';
    form.paymentTermDays = '';
    const check = checkContractForm(form, 1, 'nl');
    if (check.ok) throw new Error('should fail');
    expect(check.errors).toMatchObject({
      'bands.1.min': 'validation.bandOverlap',
      'bands.2.max': 'validation.bandRange',
      validUntil: 'validation.endBeforeStart',
      'quotes.0.label': 'validation.required',
      'quotes.0.date': 'validation.outsideContract',
      roundingStep: 'validation.count',
      exemptionReason: 'validation.required',
      cancellationPercent: 'validation.count',
      paymentTermDays: 'validation.count',
    });
  });

  it('needs a free first hour to come off hourly consults', () => {
    const form = contractFormValues(contract, 'nl');
    form.freeFirst = 'first_hour';
    form.activities.consult = { billing: 'per_consult', rate: { amount: '150', member: '' } };
    const check = checkContractForm(form, 1, 'nl');
    expect(check.ok ? null : check.errors.freeFirst).toBe('validation.freeFirstHourNeedsHourly');
  });

  it('maps schema paths to form paths', () => {
    expect(formPath(['subscription', 'price', 'cents'])).toBe('subscriptionPrice.amount');
    expect(formPath(['subscription', 'price', 'memberCents'])).toBe('subscriptionPrice.member');
    expect(formPath(['subscription', 'bands'])).toBe('bands');
    expect(formPath(['subscription', 'bands', 2, 'price', 'cents'])).toBe('bands.2.amount');
    expect(formPath(['activities', 'consult', 'fee', 'cents'])).toBe(
      'activities.consult.rate.amount',
    );
    expect(formPath(['activities', 'other', 'ratePerHour', 'memberCents'])).toBe(
      'activities.other.rate.member',
    );
    expect(formPath(['quotes', 0, 'amountCents'])).toBe('quotes.0.amount');
    expect(formPath(['rounding', 'stepMinutes'])).toBe('roundingStep');
    expect(formPath(['vat', 'exemptionReason'])).toBe('exemptionReason');
    expect(formPath(['kilometreRateCents'])).toBe('kilometreRate');
    expect(formPath(['validFrom'])).toBe('validFrom');
  });
});

describe('amounts a template leaves open', () => {
  const insieme: ContractTemplate = {
    id: 'insieme',
    name: 'Insieme (uurtarief, maandelijks achteraf)',
    description: '…',
    note: '…',
    toFillIn: [
      'activities.consult.ratePerHour.cents',
      'activities.information_session.ratePerHour.cents',
    ],
    terms: terms({
      activities: {
        consult: hourly(0),
        employment_law_advice: hourly(0),
        information_session: hourly(0),
        policy_document: hourly(0),
        complaints_committee: hourly(0),
        travel_time: notBilled,
        other: hourly(0),
      },
      cancellationPercent: 50,
    }),
  };
  const veilig: ContractTemplate = {
    ...insieme,
    id: 'veilig_en_vertrouwd',
    toFillIn: ['activities.consult.fee.cents', 'subscription.price.cents'],
    terms: terms({
      subscription: { kind: 'fixed', price: { cents: 0 } },
      activities: {
        ...insieme.terms.activities,
        consult: { billing: 'per_consult', fee: { cents: 0, memberCents: null } },
      },
    }),
  };

  it('start empty and marked, not at € 0,00', () => {
    const form = templateFormValues(insieme, '2026-02-01', 'nl');
    expect(form.templateName).toBe('Insieme (uurtarief, maandelijks achteraf)');
    expect(form.validFrom).toBe('2026-02-01');
    expect(form.activities.consult.rate.amount).toBe('');
    expect(form.activities.information_session.rate.amount).toBe('');
    // Not listed: the template's amount as it is.
    expect(form.activities.other.rate.amount).toBe('0,00');
    expect(form.cancellationPercent).toBe('50');
    expect(stillToFillIn(form)).toEqual([
      'activities.consult.rate.amount',
      'activities.information_session.rate.amount',
    ]);
    expect(templateFormValues(veilig, '2026-02-01', 'nl').toFillIn).toEqual([
      'activities.consult.rate.amount',
      'subscriptionPrice.amount',
    ]);
  });

  it('may not stay empty, and say "Vul dit bedrag in" until filled in', () => {
    const form = templateFormValues(insieme, '2026-02-01', 'nl');
    const check = checkContractForm(form, 1, 'nl');
    expect(check.ok ? null : check.errors).toEqual({
      'activities.consult.rate.amount': 'contracts.fillIn.error',
      'activities.information_session.rate.amount': 'contracts.fillIn.error',
    });
    form.activities.consult.rate.amount = '85';
    // A deliberate € 0 is accepted: typed, it is a choice, not a placeholder.
    form.activities.information_session.rate.amount = '0';
    expect(stillToFillIn(form)).toEqual([]);
    expect(checkContractForm(form, 1, 'nl').ok).toBe(true);
  });

  it('are no longer asked for once their choice hides them', () => {
    const form = templateFormValues(veilig, '2026-02-01', 'nl');
    expect(stillToFillIn(form)).toHaveLength(2);
    form.subscriptionKind = 'none';
    form.activities.consult.billing = 'not_billed';
    expect(stillToFillIn(form)).toEqual([]);
    expect(checkContractForm(form, 1, 'nl').ok).toBe(true);
  });
});
