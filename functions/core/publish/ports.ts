// What publish needs from storage and the world, as the core sees it (functions/aws/ implements each), and
// the signal by which normalise and retract ask for a publish.

import type { FeedGroupKind } from './feed-groups.ts';
import type { MeetingRecord } from '../record/record.ts';
import type { Placement } from './group-directory.ts';
import type { PublisherState } from './plan-publish.ts';

/** A page of a month's archive: the sort-key range [start, end) of the month index it holds. */
export interface ArchivePage {
  page: number;
  /** '' for page 1. */
  start: string;
  /** The next page's start; null while the page is the month's last (open) one. */
  end: string | null;
}

/** The meetings as publish reads and marks them (functions/aws/dynamodb/meeting-items.ts). */
export interface PublishMeetings {
  /** Changed meetings, read consistently by key (the month index may lag behind). */
  getMeetings(ids: string[]): Promise<{ record: MeetingRecord; leftGroups?: string[] }[]>;
  latestInGroup(group: string, limit: number): Promise<MeetingRecord[]>;
  /** A group's meetings with sort keys in [from, to), oldest first, at most `limit`: a page of its browse pages. */
  groupMeetingsInRange(group: string, from: string, to: string | null, limit: number): Promise<MeetingRecord[]>;
  markPublished(id: string, version: number): Promise<void>;
  /** Records that `version` of a meeting could not be rendered; the article status shows it as failed. */
  markPublishFailed(id: string, version: number, reason: string): Promise<void>;
}

/** The months, the month index and each month's page boundaries (functions/aws/dynamodb/archive-index.ts). */
export interface ArchiveIndex {
  latestMeetings(limit: number): Promise<MeetingRecord[]>;
  listMonths(): Promise<string[]>;
  /** Meetings of `month` with sort keys in [from, to), oldest first, at most `limit`. */
  meetingsInRange(month: string, from: string, to: string | null, limit: number): Promise<MeetingRecord[]>;
  /**
   * The archive page of `month` whose range holds `key`. The same page items keep the boundaries of a
   * group's browse pages, under the chain name `browse:{groupKey}` (browse-chain.ts) in place of a month.
   */
  archivePageAt(month: string, key: string): Promise<ArchivePage | null>;
  putArchivePage(month: string, page: ArchivePage): Promise<void>;
}

/** The publisher's own state, read at the start of a publish and written at its end (functions/aws/dynamodb/publisher-state.ts). */
export interface PublisherStateStore {
  getPublisherState(): Promise<PublisherState>;
  putPublisherState(state: PublisherState): Promise<void>;
}

/** Which topic groups the feed directory lists, and where (functions/aws/dynamodb/group-directory.ts). */
export interface GroupDirectoryStore {
  /** Which of these group keys the directory already lists. */
  listedGroups(keys: string[]): Promise<Set<string>>;
  putListedGroups(placements: Placement[]): Promise<void>;
  directoryPage(kind: FeedGroupKind, page: number): Promise<{ key: string; title: string }[]>;
  /** Groups registered by earlier releases (one item each under `GROUPS`), read once to seed the directory. */
  legacyGroups(): Promise<{ key: string; title: string }[]>;
}

/** Everything publish reads and writes besides the site, as one object for its steps (functions/handlers/publish/). */
export type PublishStore = PublishMeetings & ArchiveIndex & PublisherStateStore & GroupDirectoryStore;

/** "Meetings changed": tells publish which meetings to regenerate (SQS FIFO on AWS, an in-process queue locally). */
export interface PublishSignal {
  signal(meetingIds: string[]): Promise<void>;
}

/** An object of the published site: a feed, a page, a record. */
export interface SiteObject {
  key: string;
  body: string;
  contentType: string;
  cacheControl: string;
  /**
   * A page that stands for something removed (a retracted meeting's notice): stored with the object
   * (S3 metadata `x-amz-meta-site-status: 410`) so the local server answers 410 Gone; CloudFront serves it as is (200).
   */
  gone?: boolean;
}

export interface SiteObjects {
  /** Puts the object unless the stored bytes are identical; returns whether it wrote. */
  putIfChanged(object: SiteObject): Promise<boolean>;
}

export interface HubNotifier {
  /** Tells the WebSub hub that these feed URLs changed. */
  notify(urls: string[]): Promise<void>;
}
