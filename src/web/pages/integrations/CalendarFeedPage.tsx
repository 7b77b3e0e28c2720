/** My calendar feed: a secret, revocable URL of one's moments, tasks and events. (Calendars: to be built.) */
export function CalendarFeedPage() {
  return null;
}
