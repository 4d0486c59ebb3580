/** The automatic lock and the wait after wrong unlock attempts, in Dutch. */
export const lockNl = {
  'unlock.waitTitle': 'Even geduld',
  'unlock.waitSeconds': 'U kunt het over {seconds} seconden opnieuw proberen.',
  'unlock.waitOneSecond': 'U kunt het over 1 seconde opnieuw proberen.',
  'unlock.waitMinutes': 'U kunt het over {time} minuten opnieuw proberen.',
  'unlock.waitWhy':
    'Na meerdere onjuiste pogingen wacht de app steeds iets langer. Uw dossier blijft gewoon bewaard.',
  'unlock.waitOver': 'U kunt het nu opnieuw proberen.',
} as const;
