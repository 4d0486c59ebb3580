import type { CaseDetail } from '../../../../shared/schemas/case';
import { useLocale, useT } from '../../i18n';
import { orderedBehaviours } from '../../lib/cases';
import { formatDateTime } from '../../lib/datetime';
import { useCasesStore } from '../../stores/casesStore';
import { Button, Card, DetailList, Icon, type DetailItem } from '../../ui';

/** What the intake recorded, read-only, with "Bewerken" to correct it in the intake form. */
export function IntakeCard({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const r = kase.reporter;
  const items: DetailItem[] = [
    { label: t('intake.requestedAt'), value: formatDateTime(locale, kase.requestedAt) },
    {
      label: t('intake.firstContactAt'),
      value: kase.firstContactAt ? formatDateTime(locale, kase.firstContactAt) : null,
    },
    { label: t('intake.channel'), value: t(`case.channel.${kase.channel}`) },
    { label: t('intake.organisation'), value: kase.organisationName },
    { label: t('intake.unit'), value: kase.unitName },
    { label: t('case.intake.reporter'), value: r.anonymous ? t('case.anonymous') : r.name },
    ...(r.anonymous
      ? []
      : [
          { label: t('intake.reporterPhone'), value: r.phone },
          { label: t('intake.reporterEmail'), value: r.email },
          { label: t('intake.reporterOther'), value: r.otherContact },
        ]),
    { label: t('intake.reporterRole'), value: t(`case.role.${kase.reporterRole}`) },
    {
      label: t('case.intake.behaviours'),
      value: orderedBehaviours(kase.behaviours)
        .map((kind) => t(`case.behaviour.${kind}`))
        .join(', '),
    },
    {
      label: t('intake.respondentRelation'),
      value: kase.respondentRelation ? t(`case.relation.${kase.respondentRelation}`) : null,
    },
    { label: t('intake.reporterWishes'), value: kase.reporterWishes.trim() || null },
    { label: t('intake.consent'), value: t(`case.consent.${kase.consent}`) },
  ];
  return (
    <Card headingId="case-intake" data-testid="intake-card" aria-labelledby="case-intake">
      <div className="card-title-row">
        <h2 id="case-intake">{t('case.intake.title')}</h2>
        <Button
          variant="quiet"
          onClick={() => useCasesStore.getState().show({ kind: 'edit', id: kase.id })}
        >
          <Icon name="pencil" />
          {t('case.intake.edit')}
        </Button>
      </div>
      <DetailList items={items} empty={t('case.notFilled')} />
    </Card>
  );
}
