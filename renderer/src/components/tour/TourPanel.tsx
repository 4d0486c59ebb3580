import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/nl';
import { Button } from '../../ui';
import { tourSteps, type TourTarget } from './tourSteps';
import { useTourStore } from './tourStore';
import './tour.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent);
const shortcuts = {
  newCase: isMac ? '⌘N' : 'Ctrl+N',
  lock: isMac ? '⌘L' : 'Ctrl+L',
} as const;

/** The element a step points at, found by what the counsellor reads in the sidebar. */
function findTarget(target: TourTarget, label: (key: MessageKey) => string): HTMLElement | null {
  if (target.kind === 'lock') return document.querySelector('[data-testid="lock-button"]');
  const name = label(`nav.${target.route}` as MessageKey);
  const items = document.querySelectorAll<HTMLElement>('.nav .nav-item');
  return [...items].find((item) => item.textContent?.trim() === name) ?? null;
}

const GAP = 16;

/** Beside the target where there is room (a wide window), else below it (the sidebar as a bar). */
function placeBeside(
  target: HTMLElement | null,
  panel: HTMLElement,
): { top: number; left: number } {
  const margin = 8;
  const width = panel.offsetWidth;
  const height = panel.offsetHeight;
  const clampTop = (top: number) =>
    Math.max(margin, Math.min(top, window.innerHeight - height - margin));
  const clampLeft = (left: number) =>
    Math.max(margin, Math.min(left, window.innerWidth - width - margin));
  if (!target) return { top: clampTop(margin * 4), left: clampLeft(window.innerWidth - width) };
  const rect = target.getBoundingClientRect();
  if (rect.right + GAP + width + margin <= window.innerWidth) {
    return { top: clampTop(rect.top - margin), left: rect.right + GAP };
  }
  return { top: clampTop(rect.bottom + GAP), left: clampLeft(rect.left) };
}

/**
 * One step of the tour: a panel beside the place in the sidebar it is about, which is
 * highlighted. Not modal: the app stays usable beneath it. Focus goes to the step's heading at
 * every step (so a screen reader reads it), Tab reaches its buttons, Escape skips, and when the
 * tour ends focus returns to where it was.
 */
export function TourPanel({ step }: { step: number }) {
  const t = useT();
  const dispatch = useTourStore((s) => s.dispatch);
  const titleId = useId();
  const textId = useId();
  const panelRef = useRef<HTMLElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number } | null>(null);
  const current = tourSteps[step]!;
  const last = step === tourSteps.length - 1;

  // Focus returns where it was when the tour opened, or to the screen.
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (opener?.isConnected && opener !== document.body) opener.focus();
      else document.getElementById('main')?.focus();
    };
  }, []);

  // Once placed (a hidden panel cannot take focus), and at every step.
  const placed = position !== null;
  useEffect(() => {
    if (placed) headingRef.current?.focus();
  }, [step, placed]);

  // Highlight the step's places in the sidebar, and stand beside the first.
  useLayoutEffect(() => {
    const targets = current.targets
      .map((target) => findTarget(target, t))
      .filter((el): el is HTMLElement => el !== null);
    for (const el of targets) el.classList.add('tour-target');
    const place = () => {
      if (panelRef.current) setPosition(placeBeside(targets[0] ?? null, panelRef.current));
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      for (const el of targets) el.classList.remove('tour-target');
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [current, t]);

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Escape') {
      event.stopPropagation();
      dispatch('skip');
    }
  }

  return (
    <section
      ref={panelRef}
      className="tour"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      aria-describedby={textId}
      data-testid="tour"
      data-tour-step={current.id}
      style={position ? { top: position.top, left: position.left } : { visibility: 'hidden' }}
      onKeyDown={onKeyDown}
    >
      <p className="tour-progress">
        {t('tour.label')} · {t('tour.progress', { step: step + 1, count: tourSteps.length })}
      </p>
      <h2 id={titleId} ref={headingRef} tabIndex={-1} className="tour-title">
        {t(current.title)}
      </h2>
      <p id={textId} className="tour-text">
        {t(current.text, current.shortcut ? { shortcut: shortcuts[current.shortcut] } : undefined)}
      </p>
      <p className="tour-hint">{t('tour.hint')}</p>
      <div className="btn-row tour-actions">
        {step > 0 ? (
          <Button variant="secondary" onClick={() => dispatch('back')}>
            {t('tour.back')}
          </Button>
        ) : null}
        <Button onClick={() => dispatch('next')}>{t(last ? 'tour.finish' : 'tour.next')}</Button>
        {last ? null : (
          <Button variant="quiet" aria-label={t('tour.skipLabel')} onClick={() => dispatch('skip')}>
            {t('tour.skip')}
          </Button>
        )}
      </div>
    </section>
  );
}
