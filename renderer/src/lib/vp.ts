import type { ApiCall, ApiInput, ApiOutput, VpApi } from '../../../shared/api';
import { errorMessage } from '../../../shared/errors';
import type { Result } from '../../../shared/result';

type LockedListener = () => void;
let onLocked: LockedListener = () => {};

/** Called whenever main answers LOCKED: the app then resets every store and shows unlock. */
export function setLockedListener(listener: LockedListener): void {
  onLocked = listener;
}

function bridge(): VpApi | undefined {
  return (globalThis as { vp?: VpApi }).vp;
}

/**
 * Calls main through window.vp. Never throws: a missing bridge or a broken call becomes the
 * INTERNAL error, so screens only ever deal with coded errors from the fixed list.
 */
export async function callVp<K extends ApiCall>(
  name: K,
  input: ApiInput<K>,
): Promise<Result<ApiOutput<K>>> {
  let result: Result<ApiOutput<K>>;
  try {
    const api = bridge();
    if (!api) throw new Error('no bridge');
    const fn = api[name] as (input: ApiInput<K>) => Promise<Result<ApiOutput<K>>>;
    result = await fn(input);
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') {
      throw new Error('malformed result');
    }
  } catch {
    result = { ok: false, error: { code: 'INTERNAL', message: errorMessage('INTERNAL') } };
  }
  if (!result.ok && result.error.code === 'LOCKED') onLocked();
  return result;
}
