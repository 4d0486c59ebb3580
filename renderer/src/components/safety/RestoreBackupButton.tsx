import { useState } from 'react';
import { useT } from '../../i18n';
import { Button, Icon, type ButtonProps } from '../../ui';
import { RestoreDialog } from './RestoreDialog';
import './safety.css';

/**
 * "Back-up terugzetten" and its dialog, wherever a restore is offered: Settings, first run on
 * a new laptop, and the unlock screen (a damaged or lost case file).
 */
export function RestoreBackupButton({
  hasCaseFile,
  variant = 'secondary',
  label = 'safety.restore.open',
}: {
  hasCaseFile: boolean;
  variant?: ButtonProps['variant'];
  label?: 'safety.restore.open' | 'safety.restore.fromUnlock';
}) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant={variant} onClick={() => setOpen(true)} data-testid="restore-open">
        <Icon name="restore" />
        {t(label)}
      </Button>
      {open ? <RestoreDialog hasCaseFile={hasCaseFile} onClose={() => setOpen(false)} /> : null}
    </>
  );
}
