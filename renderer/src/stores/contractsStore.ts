import { create } from 'zustand';
import type { ErrorCode } from '../../../shared/errors';
import type { Contract, contractTemplateSchema } from '../../../shared/schemas/contract';
import type { z } from 'zod';
import { registerStore } from './registry';

type ContractTemplate = z.output<typeof contractTemplateSchema>;

/**
 * What the organisation's page shows about contracts: nothing extra (its detail with the
 * contract card), a new contract (draft, starting point, form), or one contract's edit form.
 */
export type ContractView =
  | { kind: 'none' }
  | { kind: 'new'; organisationId: number }
  | { kind: 'edit'; organisationId: number; contractId: number };

interface ContractsState {
  view: ContractView;
  /** The contracts of the organisation last opened, newest first, as main returned them. */
  list: { organisationId: number; contracts: Contract[] } | null;
  listError: { organisationId: number; code: ErrorCode } | null;
  /** The seed providers' price lists to start from; null until read. */
  templates: ContractTemplate[] | null;
  templatesError: ErrorCode | null;
  /** Back on the organisation's page after saving: focus goes to the contract card. */
  focusCard: boolean;
}

interface ContractsStore extends ContractsState {
  show(view: ContractView): void;
  /** Back to the organisation's page; `focusCard` moves focus to the contract card. */
  close(focusCard?: boolean): void;
  clearFocusCard(): void;
  setList(organisationId: number, contracts: Contract[]): void;
  setListError(organisationId: number, code: ErrorCode): void;
  /** A contract as main returned it after saving: into the list, and back to the page. */
  saved(contract: Contract): void;
  setTemplates(templates: ContractTemplate[]): void;
  setTemplatesError(code: ErrorCode | null): void;
}

const initialState = (): ContractsState => ({
  view: { kind: 'none' },
  list: null,
  listError: null,
  templates: null,
  templatesError: null,
  focusCard: false,
});

const newestFirst = (a: Contract, b: Contract) =>
  b.validFrom.localeCompare(a.validFrom) || b.id - a.id;

/** Contracts (how each organisation is billed) and the templates to start one from. */
export const useContractsStore = create<ContractsStore>()((set) => ({
  ...initialState(),
  show: (view) => set({ view, focusCard: false }),
  close: (focusCard = false) => set({ view: { kind: 'none' }, focusCard }),
  clearFocusCard: () => set({ focusCard: false }),
  setList: (organisationId, contracts) =>
    set({ list: { organisationId, contracts: [...contracts].sort(newestFirst) }, listError: null }),
  setListError: (organisationId, code) => set({ listError: { organisationId, code } }),
  saved: (contract) =>
    set((s) => {
      const same = s.list?.organisationId === contract.organisationId;
      const others = same ? s.list!.contracts.filter((c) => c.id !== contract.id) : [];
      return {
        list: {
          organisationId: contract.organisationId,
          contracts: [...others, contract].sort(newestFirst),
        },
        listError: null,
        view: { kind: 'none' },
        focusCard: true,
      };
    }),
  setTemplates: (templates) => set({ templates, templatesError: null }),
  setTemplatesError: (templatesError) => set({ templatesError }),
}));

registerStore('contracts', () => useContractsStore.setState(initialState()));
