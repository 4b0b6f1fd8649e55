// What the operators' work (rebuild, redrive, a look at the queues) needs from storage and queues. The
// adapters: SQS and S3 on AWS (functions/aws/queues.ts, article-store.ts), the local runtime's queues and
// dead-letter file locally (functions/local/operations-ports.ts).

/** Messages a queue holds: waiting to be received, and received but not yet done (in flight). */
export interface QueueDepth {
  waiting: number;
  inFlight: number;
}

/** The stored raw articles, in key order, a page at a time (a rebuild walks them and can resume after any one). */
export interface StoredArticleIds {
  /** Up to `limit` article ids after `after` (from the start when null); `last` when no more follow. */
  page(after: string | null, limit: number): Promise<{ articleIds: string[]; last: boolean }>;
}

/** The normalise queue: articles sent to it are normalised again, as if just stored. */
export interface NormaliseQueue {
  enqueue(articleIds: string[]): Promise<void>;
  depth(): Promise<QueueDepth>;
}

/** A message a dead-letter queue holds; `receipt` deletes it once its work is sent back. */
export interface DeadLetterMessage {
  receipt: string;
  body: string;
}

/** A dead-letter queue, read the way a redrive reads it: take some, send their work back, delete them. */
export interface DeadLetterQueue {
  receive(max: number): Promise<DeadLetterMessage[]>;
  remove(receipts: string[]): Promise<void>;
  depth(): Promise<QueueDepth>;
}

/** The publish queue's depth (signals are sent through PublishSignal). */
export interface QueueGauge {
  depth(): Promise<QueueDepth>;
}
