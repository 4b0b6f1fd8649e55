// The application's own CloudWatch metrics: one namespace and these names, shared by the stack's dashboard
// (infra/dashboard.ts) and the code that emits them (Powertools Metrics, EMF). Plain data: no SDK, no CDK imports.
// The dashboard finds each metric by namespace and name whatever its dimensions (Powertools adds `service`),
// so the emitting side may add dimensions freely; renaming one here moves both sides together.

export const METRICS_NAMESPACE = 'MeetingFeeds';

/** Name, CloudWatch unit and what a data point means. */
export const APP_METRICS = {
  articlesAccepted: { name: 'ArticlesAccepted', unit: 'Count', about: 'ingest: articles stored (202), duplicates included' },
  articlesNormalised: { name: 'ArticlesNormalised', unit: 'Count', about: 'normalise: articles turned into a meeting record' },
  articlesFailed: { name: 'ArticlesFailed', unit: 'Count', about: 'normalise or publish: articles recorded as failed' },
  articlesNotMeeting: { name: 'ArticlesNotMeeting', unit: 'Count', about: 'normalise: articles stored as isMeeting: false' },
  publishDuration: { name: 'PublishDuration', unit: 'Milliseconds', about: 'publish: one regeneration, start to end' },
  bytesWritten: { name: 'BytesWritten', unit: 'Bytes', about: 'publish: bytes of the objects written to the site bucket' },
  feedsRewritten: { name: 'FeedsRewritten', unit: 'Count', about: 'publish: documents whose bytes changed and were written' },
} as const;
