import { createContext, useContext } from 'hono/jsx';
import { FALLBACK_LOCALE, formatClock, formatDateTime, relativeTime, type TimeDisplay } from '../locale.js';

/** The request's locale, time zone and time; render() provides it around every page. */
export const TimeDisplayContext = createContext<TimeDisplay>({
  locale: FALLBACK_LOCALE,
  timeZone: 'UTC',
  now: 0,
});

/**
 * A point in time as the reader writes it, machine-readable in `datetime`, UTC in the tooltip.
 * `clock`: the time of day alone (`HH:MM`), for a time that is nearly always today.
 */
export function Time(props: { at: number; relative?: boolean; clock?: boolean }) {
  const d = useContext(TimeDisplayContext);
  const iso = new Date(props.at).toISOString();
  const shown = props.clock ? formatClock(props.at, d) : formatDateTime(props.at, d);
  return (
    <time datetime={iso} title={`${iso.slice(0, 16).replace('T', ' ')} UTC`}>
      {props.relative && d.now > 0 ? `${shown} (${relativeTime(props.at, d.now)})` : shown}
    </time>
  );
}
