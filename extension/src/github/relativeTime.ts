// "3 days ago", "in 12 minutes": how the GitHub lists say when something happened, as GitHub's own pages do.

const Minute = 60_000;
const Hour = 60 * Minute;
const Day = 24 * Hour;

/** How long before (or after) `now` the ISO 8601 time `when` is; the text of an unreadable time as it is. */
export function relativeTime(when: string, now: Date): string {
  const time = Date.parse(when);
  if (Number.isNaN(time)) {
    return when;
  }
  const difference = now.getTime() - time;
  const span = describeSpan(Math.abs(difference));
  if (span === undefined) {
    return 'just now';
  }
  return difference >= 0 ? `${span} ago` : `in ${span}`;
}

/** The date of an ISO 8601 time, as `YYYY-MM-DD` (the same for every locale and time zone). */
export function calendarDate(when: string): string {
  const time = Date.parse(when);
  return Number.isNaN(time) ? when : new Date(time).toISOString().slice(0, 10);
}

function describeSpan(milliseconds: number): string | undefined {
  if (milliseconds < Minute) {
    return undefined;
  }
  if (milliseconds < Hour) {
    return plural(Math.floor(milliseconds / Minute), 'minute');
  }
  if (milliseconds < Day) {
    return plural(Math.floor(milliseconds / Hour), 'hour');
  }
  const days = Math.floor(milliseconds / Day);
  if (days < 30) {
    return plural(days, 'day');
  }
  if (days < 365) {
    return plural(Math.floor(days / 30), 'month');
  }
  return plural(Math.floor(days / 365), 'year');
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
