import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../src/analytics/calendar.models.js';
import { publicHolidayDates } from '../../src/analytics/holidays.models.js';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const weekdays9to17 = {
  mon: [{ start: '09:00', end: '17:00' }],
  tue: [{ start: '09:00', end: '17:00' }],
  wed: [{ start: '09:00', end: '17:00' }],
  thu: [{ start: '09:00', end: '17:00' }],
  fri: [{ start: '09:00', end: '17:00' }],
};
const berlin = (closedDates: string[] = []) =>
  createCalendar({ timeZone: 'Europe/Berlin', week: weekdays9to17, closedDates });

describe('business calendar', () => {
  it('mail arriving off-hours starts the clock at the next opening', () => {
    // Friday 20:00 Berlin (CEST) to Monday 10:00: one business hour.
    expect(berlin().businessMs(at('2026-06-05T18:00:00Z'), at('2026-06-08T08:00:00Z'))).toBe(1 * H);
  });

  it('a reply sent off-hours stops the clock at the last closing', () => {
    // Monday 16:00 to Monday 22:00 Berlin: one business hour.
    expect(berlin().businessMs(at('2026-06-08T14:00:00Z'), at('2026-06-08T20:00:00Z'))).toBe(1 * H);
  });

  it('arrival and reply off-hours with no opening between give 0, not an exclusion', () => {
    expect(berlin().businessMs(at('2026-06-08T18:00:00Z'), at('2026-06-08T21:00:00Z'))).toBe(0);
  });

  it('a public holiday closes the whole day (Whit Monday in Bavaria)', () => {
    const closed = publicHolidayDates('DE-BY', [2026]);
    expect(closed).toContain('2026-05-25');
    // Friday 17:00 to Tuesday 10:00 over Whit Monday: one business hour.
    expect(berlin(closed).businessMs(at('2026-05-22T15:00:00Z'), at('2026-05-26T08:00:00Z'))).toBe(1 * H);
    expect(berlin().businessMs(at('2026-05-22T15:00:00Z'), at('2026-05-26T08:00:00Z'))).toBe(9 * H);
  });

  it('an unknown holiday code is refused with a stable code', () => {
    expect(() => publicHolidayDates('XX-YY', [2026])).toThrow(
      expect.objectContaining({ code: 'analytics.unknown_holiday_region' }),
    );
    expect(() => publicHolidayDates('DE-ZZ', [2026])).toThrow(
      expect.objectContaining({ code: 'analytics.unknown_holiday_region' }),
    );
  });

  it('a night shift crosses midnight, and the holiday of the next day closes its second half', () => {
    const cal = (closedDates: string[]) =>
      createCalendar({
        timeZone: 'Europe/Berlin',
        week: { mon: [{ start: '22:00', end: '06:00' }] },
        closedDates,
      });
    // Monday 21:00 to Tuesday 07:00 local: 8 hours of shift.
    expect(cal([]).businessMs(at('2026-06-08T19:00:00Z'), at('2026-06-09T05:00:00Z'))).toBe(8 * H);
    expect(cal([]).isOpen(at('2026-06-09T02:00:00Z'))).toBe(true);
    // Tuesday closed: only Monday's 22:00–24:00 counts.
    expect(cal(['2026-06-09']).businessMs(at('2026-06-08T19:00:00Z'), at('2026-06-09T05:00:00Z'))).toBe(
      2 * H,
    );
  });

  it('several intervals per weekday count their union', () => {
    const cal = createCalendar({
      timeZone: 'Europe/Berlin',
      week: {
        mon: [
          { start: '08:00', end: '12:00' },
          { start: '13:00', end: '17:00' },
          { start: '10:00', end: '11:00' },
        ],
      },
      closedDates: [],
    });
    expect(cal.businessMs(at('2026-06-08T00:00:00Z'), at('2026-06-08T23:00:00Z'))).toBe(8 * H);
    expect(cal.isOpen(at('2026-06-08T10:30:00Z'))).toBe(false); // 12:30 local: lunch
  });

  it('the DST weeks keep eight business hours a day and shift the UTC hours', () => {
    // Spring: Sunday 29 March 2026. Friday 27 (CET, 08–16 UTC) to Tuesday 31 (CEST, 07–15 UTC).
    const spring = berlin().businessMs(at('2026-03-27T00:00:00Z'), at('2026-03-31T23:00:00Z'));
    expect(spring).toBe(3 * 8 * H);
    expect(berlin().isOpen(at('2026-03-30T07:30:00Z'))).toBe(true); // 09:30 CEST
    expect(berlin().isOpen(at('2026-03-27T07:30:00Z'))).toBe(false); // 08:30 CET
    // Autumn: Sunday 25 October 2026.
    expect(berlin().businessMs(at('2026-10-23T00:00:00Z'), at('2026-10-27T23:00:00Z'))).toBe(3 * 8 * H);
    expect(berlin().isOpen(at('2026-10-26T15:30:00Z'))).toBe(true); // 16:30 CET
  });

  it('a night shift over the spring-forward night is one hour shorter', () => {
    const cal = createCalendar({
      timeZone: 'Europe/Berlin',
      week: { sat: [{ start: '22:00', end: '06:00' }] },
      closedDates: [],
    });
    expect(cal.businessMs(at('2026-03-28T00:00:00Z'), at('2026-03-30T00:00:00Z'))).toBe(7 * H);
  });

  it('a zone west of UTC works on its own local days', () => {
    const cal = createCalendar({ timeZone: 'America/New_York', week: weekdays9to17, closedDates: [] });
    // Monday 8 June 2026, 09:00–17:00 EDT = 13:00–21:00 UTC.
    expect(cal.businessMs(at('2026-06-08T12:00:00Z'), at('2026-06-08T22:00:00Z'))).toBe(8 * H);
  });
});
