// s3rver keeps each object as three files: `<key>._S3rver_object` (the bytes), `<key>._S3rver_object.md5` and
// `<key>._S3rver_metadata.json`. Its own writes are in place and unordered (it even resolves before the bytes are
// flushed), so a process killed mid-write (SIGKILL) left truncated objects, objects without metadata and
// half-written JSON behind; on restart a listing that met one of them failed as a whole.
//
// Two parts, both local-only:
// - `writeObjectsWhole` replaces the store's `putObject`: the bytes go to a temporary file that is renamed into
//   place once complete, then the MD5 and, last, the metadata (each written aside and renamed). The PUT is
//   answered (and the article acknowledged with 202) only after all three are in place.
// - `repairS3Directory`, run at start before the emulator, walks the directory: temporary files are removed,
//   an object with no (or unreadable) metadata was never acknowledged and is moved to a quarantine directory,
//   a raw article whose bytes do not match its MD5 (written once: only s3rver's old in-place write could do
//   that) is quarantined too, and a stale or missing MD5 beside whole bytes is recomputed.

import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream, type Dirent } from 'node:fs';
import { access, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

const OBJECT = '._S3rver_object';
const MD5 = '._S3rver_object.md5';
const METADATA = '._S3rver_metadata.json';
/** Temporary files end with this (never an s3rver suffix, so listings skip them). */
const PARTIAL = '._S3rver_partial';

/** The part of s3rver's FilesystemStore this module relies on. */
interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  putMetadata(bucket: string, key: string, metadata: Record<string, string>, md5: string): Promise<void>;
  putObject(object: S3ObjectLike): Promise<{ size: number; md5: string }>;
}

interface S3ObjectLike {
  bucket: string;
  key: string;
  metadata: Record<string, string>;
  content: Buffer | Readable;
}

function partialPath(path: string): string {
  return `${path}.${randomBytes(6).toString('hex')}${PARTIAL}`;
}

/** Makes every PUT of `store` (s3rver's `store` property) land whole or not at all. */
export function writeObjectsWhole(store: unknown): void {
  const fsStore = store as FilesystemStore;
  const putMetadata = fsStore.putMetadata;
  fsStore.putObject = async function putObjectWhole(this: FilesystemStore, object: S3ObjectLike) {
    const objectPath = this.getResourcePath(object.bucket, object.key, 'object');
    await mkdir(dirname(objectPath), { recursive: true });
    const temporary = partialPath(objectPath);
    const hash = createHash('md5');
    let size = 0;
    const count = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        hash.update(chunk);
        size += chunk.length;
        callback(null, chunk);
      },
    });
    const aside = new Map<string, string>();
    try {
      const source = Buffer.isBuffer(object.content) ? [object.content] : object.content;
      await pipeline(source, count, createWriteStream(temporary));
      const md5 = hash.digest('hex');
      // s3rver's own putMetadata (it picks the headers S3 keeps), pointed at files beside the real ones.
      const asideStore = Object.create(this) as FilesystemStore;
      asideStore.getResourcePath = (bucket, key, resource) => {
        const path = partialPath(this.getResourcePath(bucket, key, resource));
        aside.set(resource, path);
        return path;
      };
      await putMetadata.call(asideStore, object.bucket, object.key, object.metadata, md5);
      // Bytes, then their MD5, then the metadata: an object with metadata is whole and was acknowledged.
      await rename(temporary, objectPath);
      for (const resource of ['object.md5', 'metadata.json']) {
        const path = aside.get(resource);
        if (path) await rename(path, this.getResourcePath(object.bucket, object.key, resource));
      }
      return { size, md5 };
    } catch (error) {
      await Promise.all([temporary, ...aside.values()].map((path) => rm(path, { force: true })));
      throw error;
    }
  };
}

export interface RepairReport {
  /** Keys moved aside (`bucket/key`), each with why. */
  quarantined: { key: string; reason: string }[];
  /** MD5 files written again beside whole bytes. */
  md5Repaired: number;
  /** Temporary files of writes that never finished, removed. */
  partialsRemoved: number;
}

export interface RepairOptions {
  /** s3rver's directory (`DATA_DIR/s3`). */
  s3Dir: string;
  /** Where quarantined objects go, keeping their paths (`DATA_DIR/quarantine/<time>/`). */
  quarantineDir: string;
  /** Buckets whose objects are written once (the raw articles): a checksum mismatch there means lost bytes. */
  writeOnceBuckets: string[];
}

/** Checks every object under `s3Dir`; one bad object never stops the scan (it is reported and moved aside). */
export async function repairS3Directory(options: RepairOptions): Promise<RepairReport> {
  const report: RepairReport = { quarantined: [], md5Repaired: 0, partialsRemoved: 0 };
  for await (const file of walk(options.s3Dir)) {
    try {
      await checkFile(file, options, report);
    } catch (error) {
      // Never stop on one file: move it aside and go on.
      await quarantine(stripSuffix(file) ?? file, options, report, `could not be checked (${String(error)})`).catch(() => {});
    }
  }
  return report;
}

async function checkFile(file: string, options: RepairOptions, report: RepairReport): Promise<void> {
  if (file.endsWith(PARTIAL)) {
    await rm(file, { force: true });
    report.partialsRemoved += 1;
    return;
  }
  const base = stripSuffix(file);
  if (base === null) return; // not one of s3rver's files (bucket configuration and the like)
  if (!file.endsWith(OBJECT)) {
    // An MD5 or metadata file whose object is gone: left by an interrupted write or delete.
    if (!(await exists(base + OBJECT))) await quarantine(base, options, report, 'metadata without an object');
    return;
  }
  const metadata = await readFile(base + METADATA, 'utf8').catch(() => null);
  if (metadata === null) return quarantine(base, options, report, 'no metadata: the write never finished, so it was never acknowledged');
  try {
    JSON.parse(metadata);
  } catch {
    return quarantine(base, options, report, 'unreadable metadata: the write never finished');
  }
  const actual = await md5Of(base + OBJECT);
  const stored = (await readFile(base + MD5, 'utf8').catch(() => '')).trim();
  if (stored === actual) return;
  const bucket = relative(options.s3Dir, base).split(/[\\/]/)[0] ?? '';
  if (/^[0-9a-f]{32}$/.test(stored) && options.writeOnceBuckets.includes(bucket)) {
    return quarantine(base, options, report, 'its bytes do not match their checksum: the object is incomplete');
  }
  // Whole bytes (renamed into place) beside a missing, truncated or older checksum: write it again.
  const temporary = partialPath(base + MD5);
  await writeFile(temporary, actual);
  await rename(temporary, base + MD5);
  report.md5Repaired += 1;
}

function stripSuffix(file: string): string | null {
  for (const suffix of [MD5, METADATA, OBJECT]) if (file.endsWith(suffix)) return file.slice(0, -suffix.length);
  return null;
}

async function quarantine(base: string, options: RepairOptions, report: RepairReport, reason: string): Promise<void> {
  const key = relative(options.s3Dir, base);
  if (report.quarantined.some((entry) => entry.key === key)) return;
  report.quarantined.push({ key, reason });
  for (const suffix of [OBJECT, MD5, METADATA]) {
    const target = join(options.quarantineDir, key + suffix);
    await mkdir(dirname(target), { recursive: true });
    await rename(base + suffix, target).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
  }
}

async function exists(path: string): Promise<boolean> {
  return access(path).then(
    () => true,
    () => false,
  );
}

async function md5Of(path: string): Promise<string> {
  const hash = createHash('md5');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Every file under `dir`, depth first; a directory that cannot be read is skipped. */
async function* walk(dir: string): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (entry.isFile()) yield path;
  }
}
