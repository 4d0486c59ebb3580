import { create } from 'zustand';
import type { MessageKey } from '../i18n/nl';
import type { MessageParams } from '../i18n/translate';
import { registerStore } from './registry';

export interface Toast {
  id: number;
  message: MessageKey;
  /** The {name} placeholders of the message, e.g. an invoice's number. */
  params?: MessageParams;
}

interface ToastStore {
  toasts: Toast[];
  show(message: MessageKey, params?: MessageParams): number;
  dismiss(id: number): void;
}

let nextId = 1;

const initialState = (): Pick<ToastStore, 'toasts'> => ({ toasts: [] });

/** Short confirmations ("Uw wachtwoord is gewijzigd"), shown in a polite live region. */
export const useToastStore = create<ToastStore>()((set) => ({
  ...initialState(),
  show(message, params) {
    const id = nextId++;
    set((s) => ({
      toasts: [...s.toasts.slice(-2), { id, message, ...(params ? { params } : {}) }],
    }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) })),
}));

registerStore('toast', () => useToastStore.setState(initialState()));
