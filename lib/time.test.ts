import { describe, expect, it } from 'vitest';
import {
  formatDate,
  formatDateTime,
  formatDay,
  formatLongDateTime,
  formatRelative,
  formatTime,
  formatTimeNear,
  INVALID_TIME,
  isCalendarDate,
  parseLocalDate,
  parseLocalDateTime,
  PLATFORM_TIME_ZONE,
  toLocalInputValue,
  zonedParts,
} from './time';

// Puerto Rico is UTC−4 all year: 04:00Z is local midnight.
const MIDNIGHT = '2026-05-02T04:00:00.000Z';
const JUST_BEFORE = '2026-05-02T03:59:59.000Z';

describe('formatting in Puerto Rico time', () => {
  it('names the zone once', () => {
    expect(PLATFORM_TIME_ZONE).toBe('America/Puerto_Rico');
  });

  it('prints wall-clock time, 24-hour, with AST', () => {
    expect(formatDateTime('2026-05-01T18:03:22Z')).toBe('2026-05-01 14:03 AST');
    expect(formatDateTime(new Date('2026-05-01T18:03:22Z'), { seconds: true })).toBe('2026-05-01 14:03:22 AST');
    expect(formatDateTime('2026-05-01T18:03:22Z', { label: false })).toBe('2026-05-01 14:03');
    expect(formatTime('2026-05-02T03:59:00Z')).toBe('23:59');
    expect(formatDate(Date.parse('2026-05-01T18:03:22Z'))).toBe('2026-05-01');
  });

  it('puts midnight on the new day, as 00, and one second earlier on the old one', () => {
    expect(formatDateTime(MIDNIGHT)).toBe('2026-05-02 00:00 AST');
    expect(zonedParts(MIDNIGHT)?.hour).toBe('00');
    expect(formatDateTime(JUST_BEFORE, { seconds: true })).toBe('2026-05-01 23:59:59 AST');
    expect(formatDay(MIDNIGHT)).toBe('May 2');
    expect(formatDay(JUST_BEFORE)).toBe('May 1');
    // New year in UTC is still the old year in Puerto Rico.
    expect(formatDate('2027-01-01T02:00:00Z')).toBe('2026-12-31');
  });

  it('speaks both languages', () => {
    expect(formatDay('2026-09-15T12:00:00Z', 'en')).toBe('Sep 15');
    expect(formatDay('2026-09-15T12:00:00Z', 'es')).toBe('15 sept');
    expect(formatLongDateTime('2026-05-01T18:03:00Z', 'en')).toBe('May 1, 2026, 14:03 AST');
    expect(formatLongDateTime('2026-05-01T18:03:00Z', 'es')).toBe('1 de mayo de 2026, 14:03 AST');
    const now = Date.parse('2026-05-01T12:00:00Z');
    expect(formatRelative(now - 5 * 60_000, now, 'en')).toBe('5 min ago');
    expect(formatRelative(now - 5 * 60_000, now, 'es')).toBe('hace 5 min');
    expect(formatRelative(now + 3 * 3_600_000, now, 'en')).toBe('in 3 h');
    expect(formatRelative(now + 3 * 3_600_000, now, 'es')).toBe('en 3 h');
    expect(formatRelative(now - 2_000, now, 'es')).toBe('ahora mismo');
    expect(formatRelative(now - 2 * 86_400_000, now)).toBe('2 d ago');
  });

  it('shows only the time on the same Puerto Rico day', () => {
    const now = '2026-05-01T20:00:00Z';
    expect(formatTimeNear('2026-05-01T18:02:00Z', now)).toBe('14:02 AST');
    // 03:30Z on May 2 is still May 1, 23:30 in Puerto Rico.
    expect(formatTimeNear('2026-05-02T03:30:00Z', now)).toBe('23:30 AST');
    expect(formatTimeNear(MIDNIGHT, now)).toBe('2026-05-02 00:00 AST');
  });

  it('prints a dash, not "NaN", for a date it cannot read', () => {
    expect(formatDateTime('not a date')).toBe(INVALID_TIME);
    expect(formatDay(Number.NaN, 'es')).toBe(INVALID_TIME);
    expect(formatRelative('nope', Date.now())).toBe(INVALID_TIME);
    expect(toLocalInputValue('nope')).toBe('');
  });
});

describe('parsing filter inputs', () => {
  it("reads the app's date-time values (and ISO ones with a T) on the Puerto Rico clock", () => {
    expect(parseLocalDateTime('2026-03-01 10:00')?.toISOString()).toBe('2026-03-01T14:00:00.000Z');
    expect(parseLocalDateTime('2026-03-01T10:00')?.toISOString()).toBe('2026-03-01T14:00:00.000Z');
    expect(parseLocalDateTime('2026-07-01T23:59:59')?.toISOString()).toBe('2026-07-02T03:59:59.000Z');
    expect(parseLocalDateTime(' 2026-07-01T00:00:00.000 ')?.toISOString()).toBe('2026-07-01T04:00:00.000Z');
  });

  it('round-trips with toLocalInputValue', () => {
    const v = toLocalInputValue('2026-12-31T23:45:00Z');
    expect(v).toBe('2026-12-31 19:45');
    expect(parseLocalDateTime(v)?.toISOString()).toBe('2026-12-31T23:45:00.000Z');
  });

  it('reads a date as the start of that day in Puerto Rico', () => {
    expect(parseLocalDate('2026-05-02')?.toISOString()).toBe(MIDNIGHT);
    expect(parseLocalDate('2026-12-31')?.toISOString()).toBe('2026-12-31T04:00:00.000Z');
  });

  it('answers null for anything that is not a real local date or time', () => {
    for (const bad of ['', 'yesterday', '2026-02-30T10:00', '2026-02-29', '2026-13-01T00:00', '2026-05-01T24:00', '2026-05-01T10:60', '2026-05-01T10:00:60', '2026-05-01  10:00', '2026-05-01 1:00 PM', '1999-12-31T10:00', '2026-05-01T10:00Z', null, undefined, 42]) {
      expect(parseLocalDateTime(bad), String(bad)).toBeNull();
    }
    for (const bad of ['', '2026-02-30', '2026-5-1', '2026-05-01T00:00', '2201-01-01', {}, undefined]) {
      expect(parseLocalDate(bad), String(bad)).toBeNull();
    }
    expect(parseLocalDate('2028-02-29')).not.toBeNull();
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
  });
});
