import { useEffect } from 'react';
import type { CaseDetail } from '../../../shared/schemas/case';
import { ReactionBadge, StatusBadge } from '../components/CaseBadges';
import { AppointmentsCard } from '../components/case/AppointmentsCard';
import { FollowUpsCard } from '../components/case/FollowUpsCard';
import { IntakeCard } from '../components/case/IntakeCard';
import { MarksCard } from '../components/case/MarksCard';
import { NotesCard } from '../components/case/NotesCard';
import { ReferralsCard } from '../components/case/ReferralsCard';
import { StatusCard } from '../components/case/StatusCard';
import { CaseHoursCard } from '../components/hours/CaseHoursCard';
import { useErrorText } from '../components/useErrorText';
import { useLocale, useT } from '../i18n';
import { loadCase, reactionState } from '../lib/cases';
import { formatDateTime } from '../lib/datetime';
import { loadCaseHours } from '../lib/hours';
import { useCasesStore } from '../stores/casesStore';
import { Alert, Badge, Button, Icon } from '../ui';
import { Screen } from './Screen';
import '../cases.css';

/** One case: what it is about, its status, its notes, appointments, referrals and follow-ups. */
export function CaseDetailScreen({ id }: { id: number }) {
  const t = useT();
  const errors = useErrorText();
  const current = useCasesStore((s) => s.current);
  const currentError = useCasesStore((s) => s.currentError);
  const kase = current?.id === id ? current : null;

  // Always read afresh on arrival: the list holds summaries only, and Home may link here.
  useEffect(() => {
    void loadCase(id);
    // Its hours too: the notes offer "Als uren vastleggen" and the Uren card sums them.
    void loadCaseHours(id);
  }, [id]);

  if (kase) return <CaseDetailView kase={kase} />;
  return (
    <Screen testId="screen-case" titleKey="nav.cases" back={<BackButton fromId={id} />}>
      {currentError ? (
        <Alert
          tone="error"
          testId="error-alert"
          action={
            <Button variant="secondary" onClick={() => void loadCase(id)}>
              {t('case.retry')}
            </Button>
          }
        >
          {errors.code(currentError)}
        </Alert>
      ) : (
        <p className="muted" role="status">
          {t('case.loading')}
        </p>
      )}
    </Screen>
  );
}

function BackButton({ fromId }: { fromId: number }) {
  const t = useT();
  return (
    <Button variant="quiet" onClick={() => useCasesStore.getState().backToList(fromId)}>
      <Icon name="back" />
      {t('case.back')}
    </Button>
  );
}

function CaseDetailView({ kase }: { kase: CaseDetail }) {
  const t = useT();
  const locale = useLocale();
  const reaction = reactionState(kase);
  const place = [kase.organisationName, kase.unitName].filter(Boolean).join(' · ');

  return (
    <Screen
      testId="screen-case"
      titleKey="nav.cases"
      title={t('case.title', { number: kase.caseNumber })}
      wide
      back={<BackButton fromId={kase.id} />}
      subtitle={
        <div className="case-header" data-testid="case-header">
          <p className="case-place">{place}</p>
          <p className="badge-row">
            <StatusBadge status={kase.status} />
            <ReactionBadge state={reaction} />
            {kase.isTest ? <Badge tone="muted">{t('case.markedTest')}</Badge> : null}
            {kase.isDuplicate ? <Badge tone="muted">{t('case.markedDuplicate')}</Badge> : null}
          </p>
          <p className="case-reaction" data-testid="case-reaction">
            <span>{t('case.reaction.title')}: </span>
            <span>
              {t('case.reaction.due', { when: formatDateTime(locale, kase.firstContactDueAt) })}
            </span>
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">; </span>
            <span>
              {kase.firstContactAt
                ? t('case.reaction.made', { when: formatDateTime(locale, kase.firstContactAt) })
                : t('case.reaction.notMade')}
            </span>
          </p>
        </div>
      }
    >
      {kase.isTest || kase.isDuplicate ? (
        <Alert tone="info">{t(kase.isTest ? 'marks.noticeTest' : 'marks.noticeDuplicate')}</Alert>
      ) : null}
      <div className="case-layout">
        <div className="case-main">
          <NotesCard kase={kase} />
          <IntakeCard kase={kase} />
        </div>
        <div className="case-aside">
          <StatusCard kase={kase} />
          <AppointmentsCard kase={kase} />
          <CaseHoursCard kase={kase} />
          <ReferralsCard kase={kase} />
          <FollowUpsCard kase={kase} />
          <MarksCard kase={kase} />
        </div>
      </div>
    </Screen>
  );
}
