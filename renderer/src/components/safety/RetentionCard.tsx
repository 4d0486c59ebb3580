import { useEffect, useState } from 'react';
import type { ErrorCode } from '../../../../shared/errors';
import type { RetentionCase } from '../../../../shared/schemas/safety';
import { formatDate, useLocale, useT } from '../../i18n';
import { countKey, keepListed, toggleAll, toggleSelected } from '../../lib/safety';
import { callVp } from '../../lib/vp';
import { Alert, Badge, Button, Card, EmptyState, Table, type TableColumn } from '../../ui';
import { useErrorText } from '../useErrorText';
import { DestroyDialog } from './DestroyDialog';
import { useArrivalFocus } from './useArrivalFocus';

interface Loaded {
  cases: RetentionCase[];
  months: number;
}

type Destroyed = { destroyed: number; caseNumbers: string[] };

/**
 * Settings › Bewaartermijn: why the term is what it is, the closed cases past it (number,
 * organisation, closed on, kept until; test and duplicate marked), choosing some or all, and
 * "Vernietigen" behind a confirmation. Only case numbers, organisations and dates are shown.
 */
export function RetentionCard({
  round,
  focusOnArrival,
  onDestroyed,
}: {
  /** Changes when the terms were saved: the list may have changed. */
  round: number;
  focusOnArrival: boolean;
  onDestroyed: () => void;
}) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const headingRef = useArrivalFocus(focusOnArrival);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [reload, setReload] = useState(0);
  const [selected, setSelected] = useState<Set<number>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [destroyed, setDestroyed] = useState<Destroyed | null>(null);

  useEffect(() => {
    let current = true;
    void Promise.all([callVp('listCasesPastRetention', {}), callVp('getSafetySettings', {})]).then(
      ([cases, settings]) => {
        if (!current) return;
        if (!cases.ok) return setLoadError(cases.error.code);
        if (!settings.ok) return setLoadError(settings.error.code);
        setLoadError(null);
        setLoaded({ cases: cases.value, months: settings.value.retentionMonthsAfterClosing });
        setSelected((before) => keepListed(before, cases.value));
      },
    );
    return () => {
      current = false;
    };
  }, [round, reload]);

  const cases = loaded?.cases ?? [];
  const chosen = cases.filter((c) => selected.has(c.id));
  const allChosen = cases.length > 0 && chosen.length === cases.length;

  const columns: TableColumn<RetentionCase>[] = [
    {
      key: 'select',
      header: (
        <input
          type="checkbox"
          className="safety-check"
          aria-label={t('safety.retention.selectAll')}
          checked={allChosen}
          ref={(box) => {
            if (box) box.indeterminate = chosen.length > 0 && !allChosen;
          }}
          onChange={() => setSelected((s) => toggleAll(s, cases))}
        />
      ),
      cell: (c) => (
        <input
          type="checkbox"
          className="safety-check"
          aria-label={t('safety.retention.selectCase', { number: c.caseNumber })}
          checked={selected.has(c.id)}
          onChange={() => setSelected((s) => toggleSelected(s, c.id))}
        />
      ),
    },
    {
      key: 'caseNumber',
      header: t('safety.retention.col.caseNumber'),
      rowHeader: true,
      cell: (c) => (
        <span className="safety-case">
          <span className="case-number">{c.caseNumber}</span>
          {c.isTest ? <Badge tone="muted">{t('cases.markedTest')}</Badge> : null}
          {c.isDuplicate ? <Badge tone="muted">{t('cases.markedDuplicate')}</Badge> : null}
        </span>
      ),
    },
    {
      key: 'organisation',
      header: t('safety.retention.col.organisation'),
      cell: (c) => c.organisationName,
    },
    {
      key: 'closedAt',
      header: t('safety.retention.col.closedAt'),
      cell: (c) => formatDate(locale, c.closedAt),
    },
    {
      key: 'retainUntil',
      header: t('safety.retention.col.retainUntil'),
      cell: (c) => formatDate(locale, c.retainUntil),
    },
  ];

  let body;
  if (loaded === null) {
    body = loadError ? (
      <Alert
        tone="error"
        testId="error-alert"
        action={
          <Button variant="secondary" onClick={() => setReload((n) => n + 1)}>
            {t('safety.retry')}
          </Button>
        }
      >
        {errors.code(loadError)}
      </Alert>
    ) : (
      <p className="muted" role="status">
        {t('safety.loading')}
      </p>
    );
  } else if (cases.length === 0) {
    body = (
      <EmptyState icon="archive" title={t('safety.retention.emptyTitle')}>
        <p>{t('safety.retention.emptyText')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <div className="stack">
        <Table
          caption={t('safety.retention.caption')}
          captionHidden
          columns={columns}
          rows={cases}
          rowKey={(c) => c.id}
          testId="retention-table"
        />
        <div className="btn-row">
          <Button disabled={chosen.length === 0} onClick={() => setConfirming(true)}>
            {t('safety.retention.destroy')}
          </Button>
          <span className="muted" aria-live="polite" data-testid="retention-selected">
            {t('safety.retention.selected', { count: chosen.length, total: cases.length })}
          </span>
        </div>
      </div>
    );
  }

  return (
    <Card
      title={t('safety.retention.title')}
      headingId="settings-retention"
      headingRef={headingRef}
      intro={t('safety.retention.intro')}
      data-testid="retention-card"
    >
      <div className="stack">
        {loaded ? <p>{t('safety.retention.term', { months: loaded.months })}</p> : null}
        {destroyed ? (
          <Alert tone="success" testId="destroy-result">
            <p>
              {t(countKey('safety.retention.destroyed', destroyed.destroyed), {
                count: destroyed.destroyed,
                numbers: destroyed.caseNumbers.join(', '),
              })}
            </p>
            <p>{t('safety.retention.destroyedBackups')}</p>
          </Alert>
        ) : null}
        {body}
      </div>
      {confirming ? (
        <DestroyDialog
          cases={chosen}
          onClose={() => setConfirming(false)}
          onDestroyed={(result) => {
            setConfirming(false);
            setDestroyed(result);
            setSelected(new Set());
            setReload((n) => n + 1);
            onDestroyed();
          }}
        />
      ) : null}
    </Card>
  );
}
