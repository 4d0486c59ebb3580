import type { z } from 'zod';
import { nextDay } from '../../../shared/dutch-time';
import {
  contractInputSchema,
  contractTemplateSchema,
  pricedActivityKinds,
  type ActivityTerms,
  type Contract,
  type ContractInput,
  type ContractTerms,
  type EmployeeBand,
  type FreeFirst,
  type Price,
  type PricedActivityKind,
} from '../../../shared/schemas/contract';
import type { MessageKey } from '../i18n/nl';
import { formatDate, intlLocale, isMessageKey, translate, type Locale } from '../i18n/translate';
import { useCaseFileStore } from '../stores/caseFileStore';
import { useContractsStore } from '../stores/contractsStore';
import { parseOptions } from './forms';
import { centsToInput, inputToCents } from './money';
import { callVp } from './vp';

/**
 * Contracts (how an organisation is billed) on screen: the one-line summary, the form's values
 * (amounts as euros typed the Dutch way, counts as text) and their conversion to the shared
 * contract schema's input in integer cents, and the readers of main's contracts and templates.
 */

export type ContractTemplate = z.output<typeof contractTemplateSchema>;

/** What a contract is about on the organisation's side: the band and the member price. */
export interface ContractParty {
  employeeCount: number | null;
  isMember: boolean;
}

// ---------- Reading ----------

/** An answer that arrives after a lock must not outlive it. */
function stillUnlocked(): boolean {
  return useCaseFileStore.getState().status?.state === 'unlocked';
}

/** Reads an organisation's contracts (newest first) into the contracts store. */
export async function loadContracts(organisationId: number): Promise<void> {
  const result = await callVp('listContracts', { organisationId });
  if (!stillUnlocked()) return;
  const store = useContractsStore.getState();
  if (result.ok) store.setList(organisationId, result.value);
  else store.setListError(organisationId, result.error.code);
}

/** Reads the seed providers' templates once (they do not change while the app runs). */
export async function loadContractTemplates(): Promise<void> {
  if (useContractsStore.getState().templates !== null) return;
  const result = await callVp('listContractTemplates', {});
  if (!stillUnlocked()) return;
  const store = useContractsStore.getState();
  if (result.ok) store.setTemplates(result.value);
  else store.setTemplatesError(result.error.code);
}

// ---------- Showing ----------

/** An amount as short as it can be said: "€ 350" when whole, else "€ 0,23". */
export function formatAmount(cents: number, locale: Locale): string {
  const whole = cents % 100 === 0;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'currency',
    currency: 'EUR',
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: whole ? 0 : 2,
  }).format(cents / 100);
}

/** The price an organisation pays: the member price when it is a member and there is one. */
export function appliedPrice(
  price: Price,
  party: ContractParty,
): { cents: number; member: boolean } {
  return party.isMember && price.memberCents !== null
    ? { cents: price.memberCents, member: true }
    : { cents: price.cents, member: false };
}

/** The band an employee count falls in (both ends included; the last may be open). */
export function bandFor(
  bands: readonly EmployeeBand[],
  employeeCount: number | null,
): EmployeeBand | null {
  if (employeeCount === null) return null;
  return (
    bands.find(
      (b) =>
        employeeCount >= b.minEmployees &&
        (b.maxEmployees === null || employeeCount <= b.maxEmployees),
    ) ?? null
  );
}

/** "21–50 medewerkers" or "101 of meer medewerkers". */
export function bandText(band: EmployeeBand, locale: Locale): string {
  return band.maxEmployees === null
    ? translate(locale, 'contracts.band.open', { min: band.minEmployees })
    : translate(locale, 'contracts.band.range', { min: band.minEmployees, max: band.maxEmployees });
}

function subscriptionPart(terms: ContractTerms, party: ContractParty, locale: Locale): string {
  const s = terms.subscription;
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  if (s.kind === 'none') return tr('contracts.summary.noSubscription');
  if (s.kind === 'fixed') {
    const price = appliedPrice(s.price, party);
    const base = tr('contracts.summary.subscription', {
      amount: formatAmount(price.cents, locale),
    });
    return price.member ? `${base} (${tr('contracts.summary.memberRate')})` : base;
  }
  const band = bandFor(s.bands, party.employeeCount);
  if (band) {
    const price = appliedPrice(band.price, party);
    const notes = [bandText(band, locale), price.member ? tr('contracts.summary.memberRate') : null]
      .filter((n): n is string => n !== null)
      .join(', ');
    return `${tr('contracts.summary.subscription', { amount: formatAmount(price.cents, locale) })} (${notes})`;
  }
  const prices = s.bands.map((b) => appliedPrice(b.price, party).cents);
  const min = Math.min(...prices);
  const max = Math.max(...prices);
  const range =
    min === max
      ? formatAmount(min, locale)
      : tr('contracts.summary.range', {
          min: formatAmount(min, locale),
          max: formatAmount(max, locale),
        });
  return party.employeeCount === null
    ? tr('contracts.summary.bandedUnknown', { range })
    : tr('contracts.summary.bandedNoFit', { range, count: party.employeeCount });
}

/**
 * The one line an organisation's page shows for a contract, for that organisation (its band,
 * its member price): "Abonnement € 350 per jaar (21–50 medewerkers) · € 95 per uur · eerste
 * consult gratis".
 */
export function contractSummary(
  terms: ContractTerms,
  party: ContractParty,
  locale: Locale,
): string {
  const tr = (key: MessageKey, params?: Record<string, string | number>) =>
    translate(locale, key, params);
  const parts = [subscriptionPart(terms, party, locale)];

  const hourly = new Set<number>();
  let perConsult: number | null = null;
  for (const kind of pricedActivityKinds) {
    const a: ActivityTerms = terms.activities[kind];
    if (a.billing === 'hourly') hourly.add(appliedPrice(a.ratePerHour, party).cents);
    if (a.billing === 'per_consult') perConsult = appliedPrice(a.fee, party).cents;
  }
  if (perConsult !== null) {
    parts.push(tr('contracts.summary.perConsult', { amount: formatAmount(perConsult, locale) }));
  }
  if (hourly.size > 0) {
    const rates = [...hourly].sort((a, b) => a - b);
    const min = rates[0]!;
    const max = rates[rates.length - 1]!;
    parts.push(
      tr('contracts.summary.perHour', {
        amount:
          min === max
            ? formatAmount(min, locale)
            : tr('contracts.summary.range', {
                min: formatAmount(min, locale),
                max: formatAmount(max, locale),
              }),
      }),
    );
  }
  if (perConsult === null && hourly.size === 0) parts.push(tr('contracts.summary.noRates'));
  if (terms.freeFirst !== 'none') parts.push(tr(`contracts.summary.free.${terms.freeFirst}`));
  if (terms.kilometreRateCents !== null) {
    parts.push(
      tr('contracts.summary.perKilometre', {
        amount: formatAmount(terms.kilometreRateCents, locale),
      }),
    );
  }
  if (terms.cancellationPercent > 0) {
    parts.push(tr('contracts.summary.cancellation', { percent: terms.cancellationPercent }));
  }
  if (terms.quotes.length > 0) {
    parts.push(
      terms.quotes.length === 1
        ? tr('contracts.summary.quoteOne')
        : tr('contracts.summary.quotes', { count: terms.quotes.length }),
    );
  }
  if (terms.vat.category === 'E') parts.push(tr('contracts.summary.vatExempt'));
  return parts.join(' · ');
}

/**
 * "Vanaf 1 januari 2026" or "1 januari 2026 tot en met 31 december 2026"; `lowerFirst` for
 * use inside a sentence ("contract vanaf 1 januari 2026").
 */
export function contractValidity(
  contract: Pick<Contract, 'validFrom' | 'validUntil'>,
  locale: Locale,
  options: { lowerFirst?: boolean } = {},
): string {
  const from = formatDate(locale, contract.validFrom);
  const text = contract.validUntil
    ? translate(locale, 'contracts.validity.range', {
        from,
        until: formatDate(locale, contract.validUntil),
      })
    : translate(locale, 'contracts.validity.open', { from });
  return options.lowerFirst ? text.charAt(0).toLocaleLowerCase(locale) + text.slice(1) : text;
}

/** Whether a contract is in force on a day (YYYY-MM-DD), over, or yet to start. */
export function contractState(
  contract: Pick<Contract, 'validFrom' | 'validUntil'>,
  today: string,
): 'current' | 'past' | 'future' {
  if (contract.validFrom > today) return 'future';
  if (contract.validUntil !== null && contract.validUntil < today) return 'past';
  return 'current';
}

// ---------- The form ----------

export type BillingChoice = ActivityTerms['billing'];
export type SubscriptionKind = ContractTerms['subscription']['kind'];
export type RoundingMode = ContractTerms['rounding']['mode'];

/** A price as typed: euros, and the members' price (empty: members pay the same). */
export interface PriceFields {
  amount: string;
  member: string;
}

export interface BandFields {
  min: string;
  /** Empty: "and more" (the open top band). */
  max: string;
  amount: string;
  member: string;
}

export interface ActivityFields {
  billing: BillingChoice;
  /** The hourly rate, or the fee per consult. */
  rate: PriceFields;
}

export interface QuoteFields {
  label: string;
  amount: string;
  date: string;
}

/** A contract as the form holds it: text where the counsellor types, codes where they choose. */
export interface ContractForm {
  validFrom: string;
  validUntil: string;
  subscriptionKind: SubscriptionKind;
  subscriptionPrice: PriceFields;
  bands: BandFields[];
  activities: Record<PricedActivityKind, ActivityFields>;
  freeFirst: FreeFirst;
  /** Euros per kilometre; empty when kilometres are not billed. */
  kilometreRate: string;
  /** Empty counts as 0. */
  cancellationPercent: string;
  quotes: QuoteFields[];
  roundingMode: RoundingMode;
  roundingStep: string;
  vatCategory: 'S' | 'E';
  /** Kept as it was (21 % for new contracts); the form offers 21 % or exempt. */
  vatRateBasisPoints: number;
  exemptionReason: string;
  paymentTermDays: string;
  /**
   * Form paths of amounts the template left open ("Vul dit bedrag in"): they start empty, are
   * marked until filled in, and may not be left empty. Kept in drafts with the rest.
   */
  toFillIn: string[];
  /** The template the contract started from, for the screen's subtitle; null: empty. */
  templateName: string | null;
}

export const emptyPriceFields = (): PriceFields => ({ amount: '', member: '' });
export const emptyBandFields = (): BandFields => ({ min: '', max: '', amount: '', member: '' });
export const emptyQuoteFields = (): QuoteFields => ({ label: '', amount: '', date: '' });

const DEFAULT_VAT_BASIS_POINTS = 2100;
const DEFAULT_ROUNDING_STEP = '15';

/** A new, empty contract: every amount still to be typed, VAT at 21 %, 30 days to pay. */
export function emptyContractForm(validFrom: string): ContractForm {
  return {
    validFrom,
    validUntil: '',
    subscriptionKind: 'none',
    subscriptionPrice: emptyPriceFields(),
    bands: [],
    activities: Object.fromEntries(
      pricedActivityKinds.map((kind) => [
        kind,
        {
          billing: kind === 'travel_time' ? 'not_billed' : 'hourly',
          rate: emptyPriceFields(),
        } satisfies ActivityFields,
      ]),
    ) as Record<PricedActivityKind, ActivityFields>,
    freeFirst: 'none',
    kilometreRate: '',
    cancellationPercent: '0',
    quotes: [],
    roundingMode: 'none',
    roundingStep: DEFAULT_ROUNDING_STEP,
    vatCategory: 'S',
    vatRateBasisPoints: DEFAULT_VAT_BASIS_POINTS,
    exemptionReason: '',
    paymentTermDays: '30',
    toFillIn: [],
    templateName: null,
  };
}

function priceFields(price: Price, locale: Locale): PriceFields {
  return {
    amount: centsToInput(price.cents, locale),
    member: price.memberCents === null ? '' : centsToInput(price.memberCents, locale),
  };
}

/**
 * The form for a contract or a template's terms. Amounts the template lists in `toFillIn`
 * (schema paths such as 'activities.consult.ratePerHour.cents') start empty and are marked.
 */
export function contractFormValues(
  source: ContractTerms & { validFrom: string; validUntil: string | null },
  locale: Locale,
  options: { toFillIn?: readonly string[]; templateName?: string | null } = {},
): ContractForm {
  const s = source.subscription;
  const form: ContractForm = {
    validFrom: source.validFrom,
    validUntil: source.validUntil ?? '',
    subscriptionKind: s.kind,
    subscriptionPrice: s.kind === 'fixed' ? priceFields(s.price, locale) : emptyPriceFields(),
    bands:
      s.kind === 'banded'
        ? s.bands.map((b) => ({
            min: String(b.minEmployees),
            max: b.maxEmployees === null ? '' : String(b.maxEmployees),
            ...priceFields(b.price, locale),
          }))
        : [],
    activities: Object.fromEntries(
      pricedActivityKinds.map((kind) => {
        const a: ActivityTerms = source.activities[kind];
        const rate =
          a.billing === 'hourly'
            ? priceFields(a.ratePerHour, locale)
            : a.billing === 'per_consult'
              ? priceFields(a.fee, locale)
              : emptyPriceFields();
        return [kind, { billing: a.billing, rate }];
      }),
    ) as Record<PricedActivityKind, ActivityFields>,
    freeFirst: source.freeFirst,
    kilometreRate:
      source.kilometreRateCents === null ? '' : centsToInput(source.kilometreRateCents, locale),
    cancellationPercent: String(source.cancellationPercent),
    quotes: source.quotes.map((q) => ({
      label: q.label,
      amount: centsToInput(q.amountCents, locale),
      date: q.date,
    })),
    roundingMode: source.rounding.mode,
    roundingStep:
      source.rounding.mode === 'none' ? DEFAULT_ROUNDING_STEP : String(source.rounding.stepMinutes),
    vatCategory: source.vat.category,
    vatRateBasisPoints:
      source.vat.category === 'S' ? source.vat.rateBasisPoints : DEFAULT_VAT_BASIS_POINTS,
    exemptionReason: source.vat.category === 'E' ? source.vat.exemptionReason : '',
    paymentTermDays: String(source.paymentTermDays),
    toFillIn: [],
    templateName: options.templateName ?? null,
  };
  const toFillIn = (options.toFillIn ?? []).map((path) => formPath(path.split('.')));
  for (const path of toFillIn) setText(form, path, '');
  form.toFillIn = [...new Set(toFillIn)];
  return form;
}

/** A template's terms as a new contract's form, from a given start date. */
export function templateFormValues(
  template: ContractTemplate,
  validFrom: string,
  locale: Locale,
): ContractForm {
  return contractFormValues({ ...template.terms, validFrom, validUntil: null }, locale, {
    toFillIn: template.toFillIn,
    templateName: template.name,
  });
}

/** Sets a text at a dotted form path (only paths that exist; used for the toFillIn amounts). */
function setText(form: ContractForm, path: string, value: string): void {
  const keys = path.split('.');
  let node: unknown = form;
  for (const key of keys.slice(0, -1)) {
    if (node === null || typeof node !== 'object') return;
    node = (node as Record<string, unknown>)[key];
  }
  const last = keys.at(-1);
  if (node !== null && typeof node === 'object' && last !== undefined && last in node) {
    (node as Record<string, unknown>)[last] = value;
  }
}

/** The text at a dotted form path, or '' when there is none. */
export function textAt(form: unknown, path: string): string {
  let node: unknown = form;
  for (const key of path.split('.')) {
    if (node === null || typeof node !== 'object') return '';
    node = (node as Record<string, unknown>)[key];
  }
  return typeof node === 'string' ? node : '';
}

/**
 * Where in the form a problem the contract schema reports belongs (schema path → form path),
 * e.g. ['activities', 'consult', 'ratePerHour', 'cents'] → 'activities.consult.rate.amount'.
 */
export function formPath(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  const priceField = (key: string | undefined) => (key === 'memberCents' ? 'member' : 'amount');
  switch (head) {
    case 'subscription':
      if (rest[0] === 'price') return `subscriptionPrice.${priceField(rest[1])}`;
      if (rest[0] === 'bands') {
        const [, index, field, sub] = rest;
        if (index === undefined) return 'bands';
        if (field === 'maxEmployees') return `bands.${index}.max`;
        if (field === 'price') return `bands.${index}.${priceField(sub)}`;
        return `bands.${index}.min`;
      }
      return 'subscriptionKind';
    case 'activities': {
      const [kind, field, sub] = rest;
      if (kind === undefined) return 'activities';
      if (field === 'ratePerHour' || field === 'fee') {
        return `activities.${kind}.rate.${priceField(sub)}`;
      }
      return `activities.${kind}.billing`;
    }
    case 'kilometreRateCents':
      return 'kilometreRate';
    case 'quotes': {
      const [index, field] = rest;
      if (index === undefined) return 'quotes';
      return `quotes.${index}.${field === 'amountCents' ? 'amount' : (field ?? 'label')}`;
    }
    case 'rounding':
      return rest[0] === 'stepMinutes' ? 'roundingStep' : 'roundingMode';
    case 'vat':
      return rest[0] === 'exemptionReason' ? 'exemptionReason' : 'vatCategory';
    case undefined:
      return 'root';
    default:
      return head;
  }
}

/** Euros as typed → cents; not an amount (or empty) → NaN, which the schema reports. */
function cents(text: string, locale: Locale): number {
  return inputToCents(text, locale) ?? Number.NaN;
}

/** Empty → null (optional amounts: members' price, kilometres). */
function optionalCents(text: string, locale: Locale): number | null {
  return text.trim() === '' ? null : cents(text, locale);
}

/** A count as typed: digits → the number, empty → `empty`, anything else → NaN. */
function count(text: string, empty: number | null): number | null {
  const trimmed = text.trim();
  if (trimmed === '') return empty;
  return /^[0-9]+$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

function price(fields: PriceFields, locale: Locale) {
  return { cents: cents(fields.amount, locale), memberCents: optionalCents(fields.member, locale) };
}

function activityTerms(kind: PricedActivityKind, a: ActivityFields, locale: Locale) {
  if (a.billing === 'hourly') return { billing: 'hourly', ratePerHour: price(a.rate, locale) };
  if (a.billing === 'per_consult' && kind === 'consult') {
    return { billing: 'per_consult', fee: price(a.rate, locale) };
  }
  return { billing: 'not_billed' };
}

/**
 * The form as the contract schema's input: amounts in cents (NaN where the text is not an
 * amount, so the schema reports it at that field), counts as numbers, choices as the schema's
 * shapes. Fields hidden by a choice (the price of "no subscription") are left out.
 */
export function contractInput(form: ContractForm, organisationId: number, locale: Locale) {
  const subscription =
    form.subscriptionKind === 'fixed'
      ? { kind: 'fixed', price: price(form.subscriptionPrice, locale) }
      : form.subscriptionKind === 'banded'
        ? {
            kind: 'banded',
            bands: form.bands.map((b) => ({
              minEmployees: count(b.min, null),
              maxEmployees: count(b.max, null),
              price: price(b, locale),
            })),
          }
        : { kind: 'none' };
  return {
    organisationId,
    validFrom: form.validFrom,
    validUntil: form.validUntil === '' ? null : form.validUntil,
    subscription,
    activities: Object.fromEntries(
      pricedActivityKinds.map((kind) => [kind, activityTerms(kind, form.activities[kind], locale)]),
    ),
    freeFirst: form.freeFirst,
    kilometreRateCents: optionalCents(form.kilometreRate, locale),
    cancellationPercent: count(form.cancellationPercent, 0),
    quotes: form.quotes.map((q) => ({
      label: q.label,
      amountCents: cents(q.amount, locale),
      date: q.date,
    })),
    rounding:
      form.roundingMode === 'none'
        ? { mode: 'none' }
        : { mode: form.roundingMode, stepMinutes: count(form.roundingStep, null) },
    vat:
      form.vatCategory === 'S'
        ? { category: 'S', rateBasisPoints: form.vatRateBasisPoints }
        : { category: 'E', exemptionReason: form.exemptionReason },
    paymentTermDays: count(form.paymentTermDays, null),
  };
}

/** Whether a form path is an amount the form shows now (a hidden choice's fields are not). */
function isShown(form: ContractForm, path: string): boolean {
  const [head, kind] = path.split('.');
  if (head === 'subscriptionPrice') return form.subscriptionKind === 'fixed';
  if (head === 'activities' && kind !== undefined) {
    return form.activities[kind as PricedActivityKind]?.billing !== 'not_billed';
  }
  return true;
}

/** The amounts a template left open that are still empty (and on screen). */
export function stillToFillIn(form: ContractForm): string[] {
  return form.toFillIn.filter((path) => isShown(form, path) && textAt(form, path).trim() === '');
}

export type ContractCheck =
  { ok: true; value: ContractInput } | { ok: false; errors: Record<string, MessageKey> };

/**
 * Checks the form with the shared contract schema. Problems come back per form path as
 * catalogue keys, the first for each field; an amount a template left open and that is still
 * empty says "Vul dit bedrag in" rather than the general amount message.
 */
export function checkContractForm(
  form: ContractForm,
  organisationId: number,
  locale: Locale,
): ContractCheck {
  const parsed = contractInputSchema.safeParse(
    contractInput(form, organisationId, locale),
    parseOptions,
  );
  const open = new Set(stillToFillIn(form));
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, MessageKey> = {};
  for (const issue of parsed.error.issues) {
    const path = formPath(issue.path);
    if (path in errors) continue;
    errors[path] = open.has(path)
      ? 'contracts.fillIn.error'
      : isMessageKey(issue.message)
        ? issue.message
        : 'validation.invalid';
  }
  // The schema checks these only once everything else is right; said at once, they are fixed
  // in one go. Same rules and messages as shared/schemas/contract.ts.
  for (const [path, message] of crossFieldProblems(form)) {
    if (!(path in errors)) errors[path] = message;
  }
  return { ok: false, errors };
}

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text);

function crossFieldProblems(form: ContractForm): [string, MessageKey][] {
  const problems: [string, MessageKey][] = [];
  const from = form.validFrom;
  const until = form.validUntil;
  if (isDate(from) && isDate(until) && until < from) {
    problems.push(['validUntil', 'validation.endBeforeStart']);
  }
  form.quotes.forEach((q, i) => {
    if (isDate(q.date) && isDate(from) && (q.date < from || (isDate(until) && q.date > until))) {
      problems.push([`quotes.${i}.date`, 'validation.outsideContract']);
    }
  });
  if (form.freeFirst === 'first_hour' && form.activities.consult.billing !== 'hourly') {
    problems.push(['freeFirst', 'validation.freeFirstHourNeedsHourly']);
  }
  return problems;
}

/**
 * Where a new contract starts: the day after the newest one ends; today when the newest one
 * runs on (the form then says it must end first); else the start of the engagement or today.
 */
export function defaultValidFrom(
  contracts: readonly Pick<Contract, 'validFrom' | 'validUntil'>[],
  engagementStart: string | null,
  today: string,
): string {
  const newest = [...contracts].sort((a, b) => b.validFrom.localeCompare(a.validFrom))[0];
  if (newest) return newest.validUntil === null ? today : nextDay(newest.validUntil);
  return engagementStart ?? today;
}

/** The contract without an end, if any: a new one must not start while it runs. */
export function openEndedContract<C extends Pick<Contract, 'validUntil'>>(
  contracts: readonly C[],
): C | null {
  return contracts.find((c) => c.validUntil === null) ?? null;
}
