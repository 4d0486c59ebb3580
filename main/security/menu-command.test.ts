import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_CHANNEL, pageCommands } from '../../shared/commands';
import { forwardMenuCommands, type ListenOn } from './menu-command';

function setUp() {
  const listeners = new Map<string, (event: unknown, name: unknown) => void>();
  const on: ListenOn = (channel, listener) => listeners.set(channel, listener);
  const target = new EventTarget();
  const seen: string[] = [];
  for (const command of pageCommands) {
    target.addEventListener(`vp-menu-command:${command}`, (event) => seen.push(event.type));
  }
  const original = target.dispatchEvent.bind(target);
  const dispatched: Event[] = [];
  forwardMenuCommands(on, {
    dispatchEvent: (event) => {
      dispatched.push(event);
      return original(event);
    },
  });
  const send = (name: unknown) => listeners.get(MENU_COMMAND_CHANNEL)?.({}, name);
  return { listeners, seen, dispatched, send };
}

describe('forwardMenuCommands', () => {
  it('listens on the one menu-command channel only', () => {
    const { listeners } = setUp();
    expect([...listeners.keys()]).toEqual([MENU_COMMAND_CHANNEL]);
  });

  it('passes each known command on as its own DOM event', () => {
    const { seen, send } = setUp();
    // 'lock' too: a screen lock asks the page to save its drafts and lock (main/electron/lock.ts).
    for (const command of pageCommands) send(command);
    expect(seen).toEqual(pageCommands.map((c) => `vp-menu-command:${c}`));
  });

  it('drops anything else main (or a forged message) might send', () => {
    const { dispatched, send } = setUp();
    for (const hostile of [
      'unlock',
      'newCase ',
      'NEWCASE',
      '',
      null,
      undefined,
      42,
      { command: 'newCase' },
      ['newCase'],
      '__proto__',
      'newCase\u0000',
    ]) {
      send(hostile);
    }
    expect(dispatched).toEqual([]);
  });

  it('carries no data into the page', () => {
    const { dispatched, send } = setUp();
    send('openPalette');
    expect(dispatched).toHaveLength(1);
    expect(dispatched[0]).not.toHaveProperty('detail');
  });
});
