import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ErrorCode } from '../../../../shared/errors';
import {
  auditKinds,
  type AuditEntry,
  type AuditLogFilter,
} from '../../../../shared/schemas/safety';
import { formatDate, useLocale, useT } from '../../i18n';
import { formatDateTime } from '../../lib/datetime';
import { parseOptions } from '../../lib/forms';
import {
  AUDIT_LIMIT,
  auditDetails,
  auditFilterFormSchema,
  countKey,
  emptyAuditFilter,
  type AuditFilterForm,
} from '../../lib/safety';
import { callVp } from '../../lib/vp';
import {
  Alert,
  Button,
  Card,
  EmptyState,
  Field,
  SelectField,
  Table,
  type TableColumn,
} from '../../ui';
import { useErrorText } from '../useErrorText';

const noFilter: AuditLogFilter = { limit: AUDIT_LIMIT };

/**
 * Settings › Auditlog: what happened to the case file (unlocks, exports, backups, restores,
 * destructions), newest first, filtered by kind and period. The log holds no case content, so
 * neither does this table.
 */
export function AuditLogCard({ round }: { round: number }) {
  const t = useT();
  const locale = useLocale();
  const errors = useErrorText();
  const [filter, setFilter] = useState<AuditLogFilter>(noFilter);
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [loadError, setLoadError] = useState<ErrorCode | null>(null);
  const [reload, setReload] = useState(0);
  const {
    register,
    handleSubmit,
    reset,
    formState: { errors: fieldErrors },
  } = useForm<AuditFilterForm, unknown, AuditLogFilter>({
    resolver: zodResolver(auditFilterFormSchema, parseOptions),
    defaultValues: emptyAuditFilter,
  });

  useEffect(() => {
    let current = true;
    void callVp('listAuditLog', filter).then((result) => {
      if (!current) return;
      if (result.ok) {
        setEntries(result.value);
        setLoadError(null);
      } else setLoadError(result.error.code);
    });
    return () => {
      current = false;
    };
  }, [filter, round, reload]);

  const onSubmit = handleSubmit((values) => setFilter(values));

  const columns: TableColumn<AuditEntry>[] = [
    {
      key: 'at',
      header: t('safety.audit.col.at'),
      rowHeader: true,
      cell: (e) => formatDateTime(locale, e.at),
    },
    {
      key: 'kind',
      header: t('safety.audit.col.kind'),
      cell: (e) => t(`safety.audit.kind.${e.kind}`),
    },
    {
      key: 'details',
      header: t('safety.audit.col.details'),
      cell: (e) => auditDetails(e, t, (day) => formatDate(locale, day)).join(' · '),
    },
  ];

  let body;
  if (entries === null) {
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
  } else if (entries.length === 0) {
    body = (
      <EmptyState icon="shield" title={t('safety.audit.emptyTitle')}>
        <p>{t('safety.audit.emptyText')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <div className="stack">
        <p className="muted" role="status" data-testid="audit-count">
          {t(countKey('safety.audit.count', entries.length), { count: entries.length })}
        </p>
        {entries.length >= AUDIT_LIMIT ? (
          <Alert tone="info">{t('safety.audit.limited', { count: AUDIT_LIMIT })}</Alert>
        ) : null}
        <Table
          caption={t('safety.audit.caption')}
          captionHidden
          columns={columns}
          rows={entries}
          rowKey={(e) => e.id}
          testId="audit-table"
        />
      </div>
    );
  }

  return (
    <Card
      title={t('safety.audit.title')}
      headingId="settings-audit-log"
      intro={t('safety.audit.intro')}
      data-testid="audit-card"
    >
      <div className="stack">
        <form
          className="form safety-filter"
          noValidate
          onSubmit={onSubmit}
          aria-label={t('safety.audit.filter')}
        >
          <SelectField label={t('safety.audit.kind')} {...register('kind')}>
            <option value="">{t('safety.audit.allKinds')}</option>
            {auditKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`safety.audit.kind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <Field
            type="date"
            label={t('safety.audit.from')}
            error={errors.field(fieldErrors.from)}
            {...register('from')}
          />
          <Field
            type="date"
            label={t('safety.audit.to')}
            error={errors.field(fieldErrors.to)}
            {...register('to')}
          />
          <div className="btn-row">
            <Button type="submit">{t('safety.audit.apply')}</Button>
            <Button
              variant="secondary"
              onClick={() => {
                reset(emptyAuditFilter);
                setFilter(noFilter);
              }}
            >
              {t('safety.audit.clear')}
            </Button>
          </div>
        </form>
        {body}
      </div>
    </Card>
  );
}
