import { MENU_COMMAND_CHANNEL, menuCommandEvent, menuCommandSchema } from '../../shared/commands';

/** Registers a listener on an IPC channel; in the preload this is ipcRenderer.on. */
export type ListenOn = (channel: string, listener: (event: unknown, name: unknown) => void) => void;

/**
 * The one way main talks to the page unasked: a menu item's command (Nieuwe melding…), sent
 * on one channel and passed on as a DOM event with no data. Only a known command name gets
 * through, so nothing main sends here can carry content into the page. window.vp is unchanged.
 */
export function forwardMenuCommands(
  on: ListenOn,
  target: Pick<EventTarget, 'dispatchEvent'>,
): void {
  on(MENU_COMMAND_CHANNEL, (_event, name) => {
    const command = menuCommandSchema.safeParse(name);
    if (command.success) target.dispatchEvent(new Event(menuCommandEvent(command.data)));
  });
}
