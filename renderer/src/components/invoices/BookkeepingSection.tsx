import { useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { ExportPreview as ExportPreviewValue } from '../../../../shared/schemas/invoice';
import { useT } from '../../i18n';
import { todayInputValue } from '../../lib/datetime';
import { yearChoices } from '../../lib/invoices';
import { callVp } from '../../lib/vp';
import { Alert, Button, Card, RadioGroup, SelectField } from '../../ui';
import { useOrganisationEntries } from '../hours/useOrganisationEntries';
import { useErrorText } from '../useErrorText';
import { ExportPreview } from '../export/ExportPreview';

type ListFormat = 'csv_invoices' | 'csv_hours';

interface Choice {
  year: number;
  organisationId: number | null;
  format: ListFormat;
}

/**
 * "Voor de boekhouding": the CSV of all invoices and credit notes of a year (or their hours),
 * for one organisation or all, shown in full before it is saved.
 */
export function BookkeepingSection() {
  const t = useT();
  const errors = useErrorText();
  const [thisYear] = useState(() => Number(todayInputValue().slice(0, 4)));
  const { organisations } = useOrganisationEntries();
  const [choice, setChoice] = useState<Choice>({
    year: thisYear,
    organisationId: null,
    format: 'csv_invoices',
  });
  const [preview, setPreview] = useState<{ choice: Choice; value: ExportPreviewValue } | null>(
    null,
  );
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);

  // A preview always answers the choices on screen: changing one drops it.
  function change(next: Partial<Choice>) {
    setChoice((c) => ({ ...c, ...next }));
    setPreview(null);
    setError(null);
  }

  async function make() {
    setBusy(true);
    setError(null);
    const asked = choice;
    const result = await callVp('previewInvoiceListExport', asked);
    setBusy(false);
    if (!result.ok) {
      setError(result.error.code);
      return;
    }
    setPreview({ choice: asked, value: result.value });
  }

  return (
    <Card
      title={t('invoices.section.bookkeeping')}
      headingId="bookkeeping-title"
      intro={t('invoices.books.intro')}
      data-testid="bookkeeping"
    >
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void make();
        }}
      >
        <div className="billing-toolbar">
          <SelectField
            label={t('invoices.books.year')}
            className="field-year"
            value={String(choice.year)}
            onChange={(event) => change({ year: Number(event.target.value) })}
          >
            {yearChoices(thisYear).map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </SelectField>
          <SelectField
            label={t('invoices.books.organisation')}
            className="field-organisation"
            value={choice.organisationId === null ? '' : String(choice.organisationId)}
            onChange={(event) =>
              change({
                organisationId: event.target.value === '' ? null : Number(event.target.value),
              })
            }
          >
            <option value="">{t('invoices.books.allOrganisations')}</option>
            {(organisations ?? []).map((o) => (
              <option key={o.id} value={o.id}>
                {o.archived ? t('hours.archivedName', { name: o.name }) : o.name}
              </option>
            ))}
          </SelectField>
        </div>
        <RadioGroup<ListFormat>
          legend={t('invoices.books.what')}
          name="bookkeeping-format"
          value={choice.format}
          onChange={(format) => change({ format })}
          options={(['csv_invoices', 'csv_hours'] as const).map((f) => ({
            value: f,
            label: t(`invoices.books.${f}`),
          }))}
        />
        {error ? (
          <Alert tone="error" testId="error-alert">
            {errors.code(error)}
          </Alert>
        ) : null}
        <div className="btn-row">
          <Button
            type="submit"
            variant="secondary"
            busy={busy}
            busyLabel={t('invoices.books.busy')}
          >
            {t('invoices.books.make')}
          </Button>
        </div>
      </form>
      {preview ? (
        <div className="billing-result">
          <ExportPreview
            preview={preview.value}
            pdfNote={t('invoices.export.pdfNote')}
            onSave={() => callVp('saveInvoiceListExport', preview.choice)}
          />
        </div>
      ) : null}
    </Card>
  );
}
