import type { CaseStatus } from '../../../shared/schemas/case';
import { useT } from '../i18n';
import type { ReactionState } from '../lib/cases';
import { Badge, Icon } from '../ui';

/** A case's status in words, on a badge (the words carry it, not the colour). */
export function StatusBadge({ status }: { status: CaseStatus }) {
  const t = useT();
  return (
    <Badge
      tone={status === 'closed' ? 'muted' : status === 'first_reception' ? 'primary' : 'neutral'}
      testId="status-badge"
    >
      {t(`case.status.${status}`)}
    </Badge>
  );
}

/** Whether the reaction time was kept: "Op tijd", "Te laat" (with a sign), or still open. */
export function ReactionBadge({ state }: { state: ReactionState }) {
  const t = useT();
  if (state === 'late' || state === 'lateOpen') {
    return (
      <span className="overdue-marker" data-testid="reaction-badge">
        <Icon name="alert" className="overdue-icon" />
        {t('case.reaction.late')}
      </span>
    );
  }
  return (
    <Badge tone={state === 'onTime' ? 'primary' : 'neutral'} testId="reaction-badge">
      {t(state === 'onTime' ? 'case.reaction.onTime' : 'case.reaction.open')}
    </Badge>
  );
}
