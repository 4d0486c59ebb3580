import { create } from 'zustand';
import type { InvoiceSummary } from '../../../shared/schemas/invoice';
import { registerStore } from './registry';

/** The parts of the Facturen screen. */
export type InvoicesSection = 'run' | 'subscriptions' | 'issued' | 'bookkeeping';

/** What the Facturen screen shows: its parts, or one document in full. */
export type InvoicesView =
  | { kind: 'overview' }
  /** The draft of a monthly invoice (numbered CONCEPT), before it is made. */
  | { kind: 'draftMonthly'; organisationId: number; organisationName: string; month: string }
  /** The draft of a yearly subscription invoice. */
  | { kind: 'draftSubscription'; organisationId: number; organisationName: string; year: number }
  /** An issued invoice or credit note as it was stored. */
  | { kind: 'issued'; invoice: InvoiceSummary };

interface InvoicesState {
  section: InvoicesSection;
  view: InvoicesView;
  /** The month the invoice run bills, 'YYYY-MM'; null is last month. */
  month: string | null;
  /** The year of the subscriptions; null is this year. */
  subscriptionYear: number | null;
  /** The filters of the issued invoices: a year ('all' for every year; null is this year). */
  listYear: number | 'all' | null;
  listOrganisationId: number | null;
  /** Bumped after an invoice or credit note is made, so every list reads afresh. */
  revision: number;
}

interface InvoicesStore extends InvoicesState {
  showSection(section: InvoicesSection): void;
  show(view: InvoicesView): void;
  /** Opens the invoice run of a month (Home links here). */
  openRun(month: string): void;
  setMonth(month: string | null): void;
  setSubscriptionYear(year: number | null): void;
  setListFilters(filters: { year?: number | 'all' | null; organisationId?: number | null }): void;
  changed(): void;
}

const initialState = (): InvoicesState => ({
  section: 'run',
  view: { kind: 'overview' },
  month: null,
  subscriptionYear: null,
  listYear: null,
  listOrganisationId: null,
  revision: 0,
});

/** Facturen: which part and which document is on screen, and the chosen month and year. */
export const useInvoicesStore = create<InvoicesStore>()((set) => ({
  ...initialState(),
  showSection: (section) => set({ section, view: { kind: 'overview' } }),
  show: (view) => set({ view }),
  openRun: (month) => set({ section: 'run', view: { kind: 'overview' }, month }),
  setMonth: (month) => set({ month }),
  setSubscriptionYear: (subscriptionYear) => set({ subscriptionYear }),
  setListFilters: ({ year, organisationId }) =>
    set((s) => ({
      listYear: year === undefined ? s.listYear : year,
      listOrganisationId: organisationId === undefined ? s.listOrganisationId : organisationId,
    })),
  changed: () => set((s) => ({ revision: s.revision + 1 })),
}));

registerStore('invoices', () => useInvoicesStore.setState(initialState()));
