import type { ContractTermsFormValues } from '../../../shared/schemas/contract';

/**
 * The seed providers' price lists (shared/seeds/, 2025, excl. btw) as contract templates a
 * counsellor starts from and then adjusts. Where a brochure names no amount, the template has
 * the placeholder €0,00 and lists the field in `toFillIn`, so the contract screen can mark it
 * and the note says so: an invoice from an unfilled template would visibly bill nothing rather
 * than an invented price.
 */

export interface ContractTemplate {
  id: 'auxilium' | 'insieme' | 'veilig_en_vertrouwd' | 'nassaupraktijk' | 'kennisbank';
  name: string;
  description: string;
  /** What the counsellor must check or fill in before using it. */
  note: string;
  /** Paths of the fields with a placeholder amount, e.g. 'activities.consult.fee.cents'. */
  toFillIn: readonly string[];
  terms: ContractTermsFormValues;
}

/** Not a price: a field the counsellor has to fill in. */
const PLACEHOLDER_CENTS = 0;

const euros = (amount: number) => amount * 100;
const hourly = (cents: number, memberCents: number | null = null) =>
  ({ billing: 'hourly', ratePerHour: { cents, memberCents } }) as const;
const notBilled = { billing: 'not_billed' } as const;
const VAT_21 = { category: 'S', rateBasisPoints: 2100 } as const;

const auxilium: ContractTemplate = {
  id: 'auxilium',
  name: 'Auxilium (leden en niet-leden)',
  description:
    'Abonnement per kalenderjaar € 125 voor leden, € 175 voor niet-leden; werk op nacalculatie € 120 / € 140 per uur, arbeidsrechtelijk advies € 190 / € 205 per uur.',
  note: 'Het ledentarief geldt als de organisatie als lid is aangemerkt. Een los gedragsreglement (€ 240 leden / € 325 niet-leden), een klachtencommissie of een workshop volgens offerte voegt u toe als eenmalig bedrag.',
  toFillIn: [],
  terms: {
    subscription: { kind: 'fixed', price: { cents: euros(175), memberCents: euros(125) } },
    activities: {
      consult: hourly(euros(140), euros(120)),
      employment_law_advice: hourly(euros(205), euros(190)),
      information_session: hourly(euros(140), euros(120)),
      // The conduct protocol and its updates are part of the subscription.
      policy_document: notBilled,
      complaints_committee: hourly(euros(140), euros(120)),
      travel_time: notBilled,
      other: hourly(euros(140), euros(120)),
    },
    freeFirst: 'none',
    kilometreRateCents: null,
    cancellationPercent: 0,
    quotes: [],
    rounding: { mode: 'none' },
    vat: VAT_21,
    paymentTermDays: 30,
  },
};

const insieme: ContractTemplate = {
  id: 'insieme',
  name: 'Insieme (uurtarief, maandelijks achteraf)',
  description:
    'Geen abonnement; alle uren per maand achteraf gefactureerd met een anonieme specificatie per bedrijfsonderdeel. Reistijd wordt niet gefactureerd; een geannuleerde activiteit voor 50 %.',
  note: 'De brochure noemt geen uurtarief: vul het uurtarief per soort werk in (staat op € 0,00).',
  toFillIn: [
    'activities.consult.ratePerHour.cents',
    'activities.employment_law_advice.ratePerHour.cents',
    'activities.information_session.ratePerHour.cents',
    'activities.policy_document.ratePerHour.cents',
    'activities.complaints_committee.ratePerHour.cents',
    'activities.other.ratePerHour.cents',
  ],
  terms: {
    subscription: { kind: 'none' },
    activities: {
      consult: hourly(PLACEHOLDER_CENTS),
      employment_law_advice: hourly(PLACEHOLDER_CENTS),
      information_session: hourly(PLACEHOLDER_CENTS),
      policy_document: hourly(PLACEHOLDER_CENTS),
      complaints_committee: hourly(PLACEHOLDER_CENTS),
      // "De eventuele reistijd … voor rekening van Insieme."
      travel_time: notBilled,
      other: hourly(PLACEHOLDER_CENTS),
    },
    freeFirst: 'none',
    kilometreRateCents: null,
    cancellationPercent: 50,
    quotes: [],
    rounding: { mode: 'none' },
    vat: VAT_21,
    paymentTermDays: 30,
  },
};

const veiligEnVertrouwd: ContractTemplate = {
  id: 'veilig_en_vertrouwd',
  name: 'Veilig en Vertrouwd (vast tarief per consult)',
  description:
    'Vertrouwenspersoon Pakket volgens offerte; bij een incident een vast tarief per consult met een vertrouwenspersoon.',
  note: 'De brochure noemt geen bedragen: vul het tarief per consult en de pakketprijs uit de offerte in (beide staan op € 0,00), of kies "geen abonnement" als het pakket niet jaarlijks wordt gefactureerd. Ander werk volgens offerte voegt u toe als eenmalig bedrag.',
  toFillIn: ['activities.consult.fee.cents', 'subscription.price.cents'],
  terms: {
    subscription: { kind: 'fixed', price: { cents: PLACEHOLDER_CENTS, memberCents: null } },
    activities: {
      consult: { billing: 'per_consult', fee: { cents: PLACEHOLDER_CENTS, memberCents: null } },
      employment_law_advice: notBilled,
      information_session: notBilled,
      policy_document: notBilled,
      complaints_committee: notBilled,
      travel_time: notBilled,
      other: notBilled,
    },
    freeFirst: 'none',
    kilometreRateCents: null,
    cancellationPercent: 0,
    quotes: [],
    rounding: { mode: 'none' },
    vat: VAT_21,
    paymentTermDays: 30,
  },
};

const nassaupraktijk: ContractTemplate = {
  id: 'nassaupraktijk',
  name: 'Nassaupraktijk (jaarabonnement naar omvang)',
  description:
    'Jaarabonnement naar aantal werknemers: 10–20 € 275, 21–50 € 350, 51–100 € 475, meer dan 100 € 575 per jaar; uurtarief € 95; het eerste consult is kosteloos.',
  note: 'Leg het aantal werknemers van de organisatie vast: daarop wordt de staffel gekozen. Registreer het eerste gesprek van elke melding als "eerste consult"; dat komt er als kosteloos af.',
  toFillIn: [],
  terms: {
    subscription: {
      kind: 'banded',
      bands: [
        { minEmployees: 10, maxEmployees: 20, price: { cents: euros(275), memberCents: null } },
        { minEmployees: 21, maxEmployees: 50, price: { cents: euros(350), memberCents: null } },
        { minEmployees: 51, maxEmployees: 100, price: { cents: euros(475), memberCents: null } },
        // "100+" after "51–100": from 101.
        { minEmployees: 101, maxEmployees: null, price: { cents: euros(575), memberCents: null } },
      ],
    },
    activities: {
      consult: hourly(euros(95)),
      employment_law_advice: hourly(euros(95)),
      information_session: hourly(euros(95)),
      policy_document: hourly(euros(95)),
      complaints_committee: hourly(euros(95)),
      travel_time: notBilled,
      other: hourly(euros(95)),
    },
    freeFirst: 'first_consult',
    kilometreRateCents: null,
    cancellationPercent: 0,
    quotes: [],
    rounding: { mode: 'none' },
    vat: VAT_21,
    paymentTermDays: 30,
  },
};

const kennisbank: ContractTemplate = {
  id: 'kennisbank',
  name: 'Abonnement met vaste en variabele kosten',
  description:
    'Vaste jaarlijkse abonnementskosten, daarnaast een uurtarief voor voorlichting en ondersteuning; het eerste uur van elk eerste gesprek is kosteloos; reiskosten per kilometer.',
  note: 'Vul de vaste abonnementskosten en de uurtarieven in (staan op € 0,00). De kilometervergoeding staat op € 0,23 (de onbelaste vergoeding); pas die aan als u iets anders afspreekt. Rapportages op maat voegt u toe als eenmalig bedrag.',
  toFillIn: [
    'subscription.price.cents',
    'activities.consult.ratePerHour.cents',
    'activities.employment_law_advice.ratePerHour.cents',
    'activities.information_session.ratePerHour.cents',
    'activities.policy_document.ratePerHour.cents',
    'activities.complaints_committee.ratePerHour.cents',
    'activities.other.ratePerHour.cents',
  ],
  terms: {
    subscription: { kind: 'fixed', price: { cents: PLACEHOLDER_CENTS, memberCents: null } },
    activities: {
      consult: hourly(PLACEHOLDER_CENTS),
      employment_law_advice: hourly(PLACEHOLDER_CENTS),
      information_session: hourly(PLACEHOLDER_CENTS),
      policy_document: hourly(PLACEHOLDER_CENTS),
      complaints_committee: hourly(PLACEHOLDER_CENTS),
      travel_time: notBilled,
      other: hourly(PLACEHOLDER_CENTS),
    },
    freeFirst: 'first_hour',
    kilometreRateCents: 23,
    cancellationPercent: 0,
    quotes: [],
    rounding: { mode: 'none' },
    vat: VAT_21,
    paymentTermDays: 30,
  },
};

export const contractTemplates: readonly ContractTemplate[] = [
  auxilium,
  insieme,
  veiligEnVertrouwd,
  nassaupraktijk,
  kennisbank,
];
