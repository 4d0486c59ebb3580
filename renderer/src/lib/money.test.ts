import { describe, expect, it } from 'vitest';
import { centsToInput, formatCents, formatMinutes, inputToCents, inputToMinutes } from './money';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('money in the renderer', () => {
  it('formats cents the Dutch and the English way', () => {
    expect(nbsp(formatCents(123_456, 'nl'))).toBe('€ 1.234,56');
    expect(nbsp(formatCents(123_456, 'en'))).toBe('€1,234.56');
    expect(centsToInput(12_050, 'nl')).toBe('120,50');
    expect(centsToInput(5, 'en')).toBe('0.05');
  });

  it.each([
    ['120', 12_000],
    ['120,5', 12_050],
    ['120,50', 12_050],
    ['0,29', 29],
    ['€ 95', 9_500],
    ['1.250,00', 125_000],
    ['1250', 125_000],
    [' 12 ', 1_200],
    ['-5,00', -500],
  ])('reads %j in Dutch as %i cents', (typed, cents) => {
    expect(inputToCents(typed, 'nl')).toBe(cents);
  });

  it.each(['', 'abc', '1,234', '12.5', '1.25,00', '12,', ',5', '1e3', '€'])(
    'refuses %j in Dutch',
    (typed) => {
      expect(inputToCents(typed, 'nl')).toBeNull();
    },
  );

  it('reads English amounts with a decimal point', () => {
    expect(inputToCents('1,250.75', 'en')).toBe(125_075);
    expect(inputToCents('12,5', 'en')).toBeNull();
  });

  it.each([
    ['90', 90],
    ['1:30', 90],
    ['1u30', 90],
    ['1,5', 90],
    ['1.25', 75],
    ['0:05', 5],
  ])('reads the duration %j as %i minutes', (typed, minutes) => {
    expect(inputToMinutes(typed)).toBe(minutes);
  });

  it.each(['', '1:75', 'anderhalf', '1:3'])('refuses the duration %j', (typed) => {
    expect(inputToMinutes(typed)).toBeNull();
  });

  it('shows minutes as hours and minutes', () => {
    expect(formatMinutes(90)).toBe('1:30');
    expect(formatMinutes(5)).toBe('0:05');
  });
});
