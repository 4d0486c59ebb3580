import { useEffect } from 'react';
import { useT } from '../i18n';
import { useToastStore, type Toast } from '../stores/toastStore';
import { Icon } from '../ui';

const TOAST_MS = 7000;

/** Confirmations in a polite live region, bottom right; each closes itself after a while. */
export function ToastRegion() {
  const toasts = useToastStore((s) => s.toasts);
  return (
    <div className="toast-region" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <ToastItem key={toast.id} toast={toast} />
      ))}
    </div>
  );
}

function ToastItem({ toast }: { toast: Toast }) {
  const t = useT();
  const dismiss = useToastStore((s) => s.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(toast.id), TOAST_MS);
    return () => clearTimeout(timer);
  }, [dismiss, toast.id]);
  return (
    <div className="toast" data-testid="toast">
      <Icon name="check" className="toast-icon" />
      <p>{t(toast.message, toast.params)}</p>
      <button
        type="button"
        className="toast-close"
        aria-label={t('toast.close')}
        onClick={() => dismiss(toast.id)}
      >
        <Icon name="close" />
      </button>
    </div>
  );
}
