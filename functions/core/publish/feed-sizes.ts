// How many meetings the rolling feeds hold; older ones are in the archive pages (archive-pages.ts,
// ARCHIVE_PAGE_ENTRIES per page).

/** How many meetings the current and topic feeds hold. */
export const CURRENT_FEED_SIZE = 50;
/** How many dated meetings the calendar holds. */
export const CALENDAR_SIZE = 200;
