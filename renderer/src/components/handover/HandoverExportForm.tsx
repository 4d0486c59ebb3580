import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import { MIN_PASSPHRASE_LENGTH } from '../../../../shared/schemas/casefile';
import type { HandoverCandidate } from '../../../../shared/schemas/handover';
import { formatDate, useLocale, useT } from '../../i18n';
import { parseOptions } from '../../lib/forms';
import { loadEstimator } from '../../lib/loadEstimator';
import { callVp } from '../../lib/vp';
import {
  Alert,
  Badge,
  Button,
  EmptyState,
  Field,
  FormSection,
  PasswordField,
  Table,
  type TableColumn,
} from '../../ui';
import { StrengthMeter } from '../StrengthMeter';
import { useErrorText } from '../useErrorText';
import {
  handoverExportFormSchema,
  matchingCandidates,
  type HandoverExportForm as Form,
} from './handoverForms';

type Saved = { folderName: string; cases: string[] };

const emptyForm: Form = { passphrase: '', confirm: '', reportersConsented: false };

/**
 * Making a handover: choose open cases (searchable, each marked if handed over before), type
 * the successor's passphrase twice, confirm the reporters' consent, save. The passphrase is
 * cleared once saved and never shown again; a failed or cancelled save keeps everything.
 */
export function HandoverExportForm() {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [candidates, setCandidates] = useState<HandoverCandidate[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [reload, setReload] = useState(0);
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [noneChosen, setNoneChosen] = useState(false);
  const [serverError, setServerError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState<Saved | null>(null);
  const {
    register,
    handleSubmit,
    control,
    setError,
    reset,
    formState: { errors: fieldErrors, isSubmitting },
  } = useForm<Form>({
    resolver: zodResolver(handoverExportFormSchema, parseOptions),
    defaultValues: emptyForm,
  });
  const passphrase = useWatch({ control, name: 'passphrase' });

  useEffect(() => {
    void loadEstimator();
  }, []);

  useEffect(() => {
    let current = true;
    void callVp('listHandoverCandidates', {}).then((result) => {
      if (!current) return;
      if (!result.ok) return setLoadError(result.error.code);
      setLoadError(null);
      setCandidates(result.value);
      // A case no longer open drops out of the selection with it.
      const open = new Set(result.value.map((c) => c.id));
      setSelected((before) => new Set([...before].filter((id) => open.has(id))));
    });
    return () => {
      current = false;
    };
  }, [reload]);

  const all = candidates ?? [];
  const shown = matchingCandidates(all, query);
  const shownChosen = shown.filter((c) => selected.has(c.id));
  const allShownChosen = shown.length > 0 && shownChosen.length === shown.length;

  function toggle(id: number) {
    setNoneChosen(false);
    setSelected((before) => {
      const next = new Set(before);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }
  function toggleShown() {
    setNoneChosen(false);
    setSelected((before) => {
      const next = new Set(before);
      for (const c of shown) {
        if (allShownChosen) next.delete(c.id);
        else next.add(c.id);
      }
      return next;
    });
  }

  const onSubmit = handleSubmit(async (values) => {
    setServerError(null);
    setSaved(null);
    if (selected.size === 0) {
      setNoneChosen(true);
      return;
    }
    const estimate = await loadEstimator();
    if (!estimate(values.passphrase).acceptable) {
      setError('passphrase', { type: 'weak', message: 'validation.weak' }, { shouldFocus: true });
      return;
    }
    const result = await callVp('exportHandover', {
      caseIds: [...selected],
      passphrase: values.passphrase,
      reportersConsented: true,
    });
    if (!result.ok) {
      if (result.error.code === 'HANDOVER_OWN_PASSPHRASE') {
        // Said at the field that needs another passphrase; the cases stay chosen.
        setError(
          'passphrase',
          { type: 'server', message: 'error.HANDOVER_OWN_PASSPHRASE' },
          { shouldFocus: true },
        );
      } else {
        setServerError(result.error.code);
      }
      return;
    }
    // Cancelled folder dialog: everything stays as typed and chosen.
    if (!result.value.saved || result.value.folderName === null) return;
    setSaved({ folderName: result.value.folderName, cases: result.value.cases });
    reset(emptyForm);
    setSelected(new Set());
    setReload((n) => n + 1);
  });

  const columns: TableColumn<HandoverCandidate>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          aria-label={t('handover.export.selectAll')}
          checked={allShownChosen}
          disabled={shown.length === 0}
          ref={(box) => {
            if (box) box.indeterminate = shownChosen.length > 0 && !allShownChosen;
          }}
          onChange={toggleShown}
        />
      ),
      cell: (c) => (
        <input
          type="checkbox"
          aria-label={t('handover.export.selectCase', { number: c.caseNumber })}
          checked={selected.has(c.id)}
          onChange={() => toggle(c.id)}
        />
      ),
    },
    {
      key: 'caseNumber',
      header: t('handover.export.col.caseNumber'),
      rowHeader: true,
      cell: (c) => (
        <span className="handover-case">
          <span className="case-number">{c.caseNumber}</span>{' '}
          {c.handedOverAt ? (
            <Badge tone="primary" testId="handed-over-badge">
              {t('handover.export.handedOver', { date: formatDate(locale, c.handedOverAt) })}
            </Badge>
          ) : null}
        </span>
      ),
    },
    {
      key: 'organisation',
      header: t('handover.export.col.organisation'),
      cell: (c) => (c.unitName ? `${c.organisationName} · ${c.unitName}` : c.organisationName),
    },
    {
      key: 'status',
      header: t('handover.export.col.status'),
      cell: (c) => t(`case.status.${c.status}`),
    },
    {
      key: 'requestedAt',
      header: t('handover.export.col.requestedAt'),
      cell: (c) => formatDate(locale, c.requestedAt),
    },
  ];

  let list;
  if (candidates === null) {
    list = loadError ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => setReload((n) => n + 1)}>
            {t('app.retry')}
          </Button>
        }
      >
        {errors.code(loadError)}
      </Alert>
    ) : null;
  } else if (all.length === 0) {
    list = (
      <EmptyState icon="archive" title={t('handover.export.emptyTitle')}>
        <p>{t('handover.export.emptyText')}</p>
      </EmptyState>
    );
  } else {
    list = (
      <div className="stack-sm">
        <Field
          label={t('handover.export.search')}
          type="search"
          value={query}
          autoComplete="off"
          onChange={(event) => setQuery(event.target.value)}
        />
        {shown.length === 0 ? (
          <p className="muted">{t('handover.export.noMatch')}</p>
        ) : (
          <Table
            caption={t('handover.export.caption')}
            captionHidden
            columns={columns}
            rows={shown}
            rowKey={(c) => c.id}
            testId="handover-cases"
          />
        )}
        <p className="muted" aria-live="polite" data-testid="handover-selected">
          {t('handover.export.selected', { count: selected.size, total: all.length })}
        </p>
        {noneChosen ? (
          <p className="field-error" role="alert">
            {t('handover.export.noneChosen')}
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <FormSection title={t('handover.export.title')} intro={t('handover.export.intro')}>
      <div className="field-full stack">
        <p>{t('handover.export.carries')}</p>
        {saved ? (
          <Alert tone="success" testId="handover-saved">
            <p>
              {t('handover.export.saved', {
                folder: saved.folderName,
                numbers: saved.cases.join(', '),
              })}
            </p>
            <p>{t('handover.export.kept')}</p>
          </Alert>
        ) : null}
        {list}
        {all.length > 0 ? (
          <form className="form" noValidate onSubmit={onSubmit} data-testid="handover-export-form">
            <PasswordField
              label={t('handover.export.passphrase')}
              hint={t('handover.export.passphraseHint', { min: MIN_PASSPHRASE_LENGTH })}
              error={errors.field(fieldErrors.passphrase)}
              readOnly={isSubmitting}
              autoComplete="new-password"
              below={<StrengthMeter passphrase={passphrase} />}
              {...register('passphrase')}
            />
            <PasswordField
              label={t('handover.export.confirm')}
              error={errors.field(fieldErrors.confirm)}
              readOnly={isSubmitting}
              autoComplete="new-password"
              {...register('confirm')}
            />
            <Alert tone="warning">{t('handover.export.outOfBand')}</Alert>
            <div className="field">
              <label className="checkbox">
                <input
                  type="checkbox"
                  aria-invalid={fieldErrors.reportersConsented ? true : undefined}
                  disabled={isSubmitting}
                  {...register('reportersConsented')}
                />
                <span>{t('handover.export.consent')}</span>
              </label>
              {fieldErrors.reportersConsented ? (
                <p className="field-error" role="alert">
                  {errors.field(fieldErrors.reportersConsented)}
                </p>
              ) : null}
            </div>
            {serverError ? (
              <Alert tone="error" testId="error-alert">
                {errors.code(serverError)}
              </Alert>
            ) : null}
            <div className="btn-row">
              <Button type="submit" busy={isSubmitting} busyLabel={t('handover.export.busy')}>
                {t('handover.export.submit')}
              </Button>
            </div>
          </form>
        ) : null}
      </div>
    </FormSection>
  );
}
