import { create } from 'zustand';
import type { MessageKey } from '../i18n/nl';
import { registerStore } from './registry';

export interface Toast {
  id: number;
  message: MessageKey;
}

interface ToastStore {
  toasts: Toast[];
  show(message: MessageKey): number;
  dismiss(id: number): void;
}

let nextId = 1;

const initialState = (): Pick<ToastStore, 'toasts'> => ({ toasts: [] });

/** Short confirmations ("Uw wachtwoord is gewijzigd"), shown in a polite live region. */
export const useToastStore = create<ToastStore>()((set) => ({
  ...initialState(),
  show(message) {
    const id = nextId++;
    set((s) => ({ toasts: [...s.toasts.slice(-2), { id, message }] }));
    return id;
  },
  dismiss: (id) => set((s) => ({ toasts: s.toasts.filter((toast) => toast.id !== id) })),
}));

registerStore('toast', () => useToastStore.setState(initialState()));
