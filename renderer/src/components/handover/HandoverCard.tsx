import { useState } from 'react';
import { useT } from '../../i18n';
import { Card } from '../../ui';
import { HandoverExportForm } from './HandoverExportForm';
import { HandoverImportForm } from './HandoverImportForm';

/**
 * Settings › Meldingen overdragen: making a handover for a successor, and reading one in from
 * a colleague. Meant for the Settings screen; it needs nothing from the screen around it.
 */
export function HandoverCard() {
  const t = useT();
  // Cases read in are open, so the list of cases to hand over is loaded again.
  const [imports, setImports] = useState(0);
  return (
    <Card
      title={t('handover.title')}
      headingId="settings-handover"
      intro={t('handover.intro')}
      data-testid="handover-card"
    >
      <div className="stack">
        <HandoverExportForm key={imports} />
        <HandoverImportForm onImported={() => setImports((n) => n + 1)} />
      </div>
    </Card>
  );
}
