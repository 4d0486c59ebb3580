/**
 * The recovery code as main returns it: groups of Crockford base32 joined by dashes, e.g.
 * "7KQ2-M9XD-…". These helpers only display it and check what the counsellor typed back;
 * main does the real check when the code is used.
 */
export function recoveryCodeGroups(code: string): string[] {
  return code.split(/[\s-]+/).filter((group) => group.length > 0);
}

export function lastGroup(code: string): string {
  return recoveryCodeGroups(code).at(-1) ?? '';
}

/** As main reads a typed code: any case, spaces and dashes ignored, O→0 and I/L→1. */
export function normaliseTypedCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
}

/** True when the typed text is the code's last group, or the whole code. */
export function confirmsRecoveryCode(typed: string, code: string): boolean {
  const entered = normaliseTypedCode(typed);
  if (entered.length === 0 || code.length === 0) return false;
  return entered === normaliseTypedCode(lastGroup(code)) || entered === normaliseTypedCode(code);
}
