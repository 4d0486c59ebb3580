import { useRef, useState } from 'react';
import { useT } from '../../i18n';
import { Button } from '../../ui';
import { IssueDialog, type IssueTarget } from './IssueDialogs';

/** "Voorbeeld" and "Factuur maken" for one row of a list of invoices still to make. */
export function DraftInvoiceActions({
  previewLabel,
  issueLabel,
  onPreview,
  onIssue,
}: {
  previewLabel: string;
  issueLabel: string;
  onPreview: () => void;
  onIssue: () => void;
}) {
  const t = useT();
  return (
    <div className="btn-row table-actions">
      <Button variant="secondary" aria-label={previewLabel} onClick={onPreview}>
        {t('invoices.preview')}
      </Button>
      <Button aria-label={issueLabel} onClick={onIssue}>
        {t('invoices.issue')}
      </Button>
    </div>
  );
}

/**
 * The issue dialog of a card listing invoices to make. Once made, the row's buttons are gone:
 * focus goes to the card's heading (`headingRef`), which keeps the place.
 */
export function useIssueDialog() {
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [issuing, setIssuing] = useState<IssueTarget | null>(null);
  const dialog = issuing ? (
    <IssueDialog
      target={issuing}
      onClose={() => setIssuing(null)}
      onIssued={() => {
        setIssuing(null);
        setTimeout(() => headingRef.current?.focus(), 0);
      }}
    />
  ) : null;
  return { headingRef, issue: setIssuing, dialog };
}
