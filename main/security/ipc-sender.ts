import { isAppUrl } from './app-url';

/**
 * Whether an IPC message may reach the API: only from the top frame of a page on the app's own
 * origin. A subframe (even of the app's own page) or any other origin is refused, as is a
 * message whose frame is already gone (`event.senderFrame` is null, so its URL is unknown).
 */
export function isTrustedSender(frameUrl: unknown, isTopFrame: unknown): boolean {
  return isTopFrame === true && isAppUrl(frameUrl);
}
