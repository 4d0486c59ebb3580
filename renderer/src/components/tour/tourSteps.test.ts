import { describe, expect, it } from 'vitest';
import { closedTour, endsTour, tourReducer, tourSteps, type TourState } from './tourSteps';

const at = (step: number): TourState => ({ open: true, step });

describe('the first-run tour', () => {
  it('has three or four steps, each pointing at a place in the sidebar', () => {
    expect(tourSteps.length).toBeGreaterThanOrEqual(3);
    expect(tourSteps.length).toBeLessThanOrEqual(4);
    for (const step of tourSteps) expect(step.targets.length).toBeGreaterThan(0);
    expect(tourSteps[0]!.targets[0]).toEqual({ kind: 'nav', route: 'organisations' });
  });

  it('starts at the first step and goes forward and back', () => {
    const started = tourReducer(closedTour, 'start');
    expect(started).toEqual(at(0));
    expect(tourReducer(started, 'next')).toEqual(at(1));
    expect(tourReducer(at(2), 'back')).toEqual(at(1));
  });

  it('stays on the first step going back', () => {
    expect(tourReducer(at(0), 'back')).toEqual(at(0));
  });

  it('finishes after the last step, and can be skipped from any step', () => {
    expect(tourReducer(at(3), 'next', 4)).toEqual(closedTour);
    expect(tourReducer(at(1), 'skip', 4)).toEqual(closedTour);
    expect(endsTour(at(3), 'next', 4)).toBe(true);
    expect(endsTour(at(1), 'skip', 4)).toBe(true);
    expect(endsTour(at(1), 'next', 4)).toBe(false);
    expect(endsTour(at(0), 'back', 4)).toBe(false);
  });

  it('ignores everything but start while closed', () => {
    expect(tourReducer(closedTour, 'next')).toEqual(closedTour);
    expect(tourReducer(closedTour, 'back')).toEqual(closedTour);
    expect(endsTour(closedTour, 'skip')).toBe(false);
  });

  it('starts again from the first step when watched again', () => {
    expect(tourReducer(at(2), 'start')).toEqual(at(0));
  });
});
