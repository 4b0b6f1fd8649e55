// What each kind of meeting is called for people: on the pages, as the label of the Atom category,
// and in the calendar. English, as the pages are.

import type { MeetingKind } from '../record/record.ts';

export const KIND_LABELS: Record<MeetingKind, string> = {
  meeting: 'Talks',
  visit: 'Visit',
  call: 'Phone or video call',
  multilateral: 'Summit or session',
};
