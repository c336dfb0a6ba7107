/**
 * How much of a step's picture has something to see. A full-page picture of a short portal page
 * is mostly empty background below its footer (a 9-step report was ~8,900 px tall): the report
 * shows the picture down to where its content ends and opens the whole of it on a click. Found
 * from the pixels themselves, so what is cut repeats the picture's last row exactly, whatever
 * the page's markup: nothing a person could read is cut.
 *
 * Reads the PNGs Playwright writes (8 bits a channel, not interlaced); any other PNG is shown whole.
 */
import { promisify } from 'node:util';
import { inflate, inflateSync } from 'node:zlib';

export interface PictureContent {
  width: number;
  height: number;
  /** The rows from the top down to the content's end, a little background kept below it. */
  contentHeight: number;
}

/** Background rows kept below the content, so a border at its edge is not cut flush. */
const PADDING = 12;

const CHANNELS: Partial<Record<number, number>> = { 0: 1, 2: 3, 4: 2, 6: 4 };

/**
 * The picture's size and how far down its content goes; undefined for a PNG this does not read.
 * Only the bottom is cut: the rows that repeat the picture's last row (the background below the
 * footer, with a sidebar's strip where the page has one). A page's sides are rarely plain (a
 * header bar spans the width), and its top is where it starts.
 */
export function pictureContent(png: Buffer): PictureContent | undefined {
  const image = imageOf(png);
  if (!image) return undefined;
  let filtered: Buffer;
  try {
    filtered = inflateSync(image.compressed);
  } catch {
    return undefined;
  }
  return contentOf(image, filtered);
}

const inflateLater = promisify(inflate);

/**
 * The same, with the decompression on a thread of its own (Node's pool): for a picture just
 * taken, worked out while the run goes on rather than when report.html is written.
 */
export async function pictureContentLater(png: Buffer): Promise<PictureContent | undefined> {
  const image = imageOf(png);
  if (!image) return undefined;
  let filtered: Buffer;
  try {
    // In one piece: the default 16 kB pieces are a callback and a copy each (~220 a picture).
    filtered = await inflateLater(image.compressed, {
      chunkSize: image.height * (image.width * image.channels + 1),
    });
  } catch {
    return undefined;
  }
  return contentOf(image, filtered);
}

interface Image {
  width: number;
  height: number;
  /** Bytes a pixel. */
  channels: number;
  /** The IDAT chunks' bytes, one zlib stream. */
  compressed: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The header and the compressed pixels of an 8-bit, non-interlaced PNG; undefined for another. */
function imageOf(png: Buffer): Image | undefined {
  if (png.length < 33 || !png.subarray(0, 8).equals(SIGNATURE)) return undefined;
  const width = png.readUInt32BE(16);
  const height = png.readUInt32BE(20);
  const [depth, colourType, , , interlace] = png.subarray(24, 29);
  const channels = CHANNELS[colourType ?? -1];
  if (depth !== 8 || interlace !== 0 || !channels || width === 0 || height === 0) return undefined;
  const parts: Buffer[] = [];
  for (let at = 8; at + 8 <= png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    if (type === 'IDAT') parts.push(png.subarray(at + 8, at + 8 + length));
    if (type === 'IEND') break;
    at += 12 + length;
  }
  return { width, height, channels, compressed: Buffer.concat(parts) };
}

/**
 * How many rows from the top hold content: those below repeat the last row. Read from the
 * bottom up, on the rows as stored wherever they answer it alone: a row stored as the difference
 * from the row above (filter Up), or by Paeth's predictor, equals the row above exactly when
 * every difference is zero (with two equal rows Paeth predicts the byte above), and that is how
 * Chromium stores a plain run. Any other row is compared by its pixels, undone from the nearest
 * row above that was stored on its own (None or Sub), not from the top.
 */
function contentOf(image: Image, filtered: Buffer): PictureContent | undefined {
  const { width, height } = image;
  const rows = new StoredRows(image, filtered);
  if (filtered.length < height * rows.size) return undefined;
  let content = height - 1;
  while (content > 0) {
    const filter = rows.filter(content);
    if (filter === 2 || filter === 4) {
      if (!rows.storedAsZeros(content)) break;
    } else {
      const here = rows.pixels(content);
      const above = rows.pixels(content - 1);
      if (!here || !above) return undefined;
      if (!here.equals(above)) break;
    }
    content--;
  }
  return { width, height, contentHeight: Math.min(height, content + PADDING) };
}

/** A PNG's rows as stored (a filter byte, then the row filtered), and their pixels on demand. */
class StoredRows {
  /** Bytes a stored row: its filter, then its pixels' bytes. */
  readonly size: number;
  private readonly stride: number;
  private readonly zeros: Buffer;
  /** The rows last undone, from `first` down. */
  private first = 0;
  private undone = Buffer.alloc(0);

  constructor(
    private readonly image: Image,
    private readonly filtered: Buffer,
  ) {
    this.stride = image.width * image.channels;
    this.size = this.stride + 1;
    this.zeros = Buffer.alloc(this.stride);
  }

  filter(y: number): number {
    return this.filtered[y * this.size] ?? -1;
  }

  private line(y: number): Buffer {
    return this.filtered.subarray(y * this.size + 1, (y + 1) * this.size);
  }

  storedAsZeros(y: number): boolean {
    return this.line(y).equals(this.zeros);
  }

  /**
   * Row `y`'s pixels: undone from the nearest row at or above it stored on its own (None or
   * Sub need no row above), or from the top; undefined for a filter the PNG spec does not have.
   */
  pixels(y: number): Buffer | undefined {
    const { stride } = this;
    const count = this.undone.length / stride;
    if (y >= this.first && y < this.first + count)
      return this.undone.subarray((y - this.first) * stride, (y - this.first + 1) * stride);
    let from = y;
    while (from > 0 && this.filter(from) !== 0 && this.filter(from) !== 1) from--;
    const undone = Buffer.alloc((y - from + 1) * stride);
    for (let row = from; row <= y; row++) {
      const at = (row - from) * stride;
      const up = row > from ? undone.subarray(at - stride, at) : this.zeros;
      if (
        !unfilter(this.filter(row), this.line(row), undone.subarray(at, at + stride), up, this.image.channels)
      )
        return undefined;
    }
    this.first = from;
    this.undone = undone;
    return undone.subarray((y - from) * stride);
  }
}

/**
 * One row of PNG filtering undone into `row`, given the row above (`up`); false for an unknown
 * filter. A loop per filter, not a filter per byte: a 1280 × 900 picture is 3.5 million bytes.
 */
function unfilter(filter: number, line: Buffer, row: Buffer, up: Buffer, bpp: number): boolean {
  const n = row.length;
  const left = (i: number) => (i >= bpp ? (row[i - bpp] ?? 0) : 0);
  switch (filter) {
    case 0:
      line.copy(row);
      return true;
    case 1:
      for (let i = 0; i < n; i++) row[i] = ((line[i] ?? 0) + left(i)) & 0xff;
      return true;
    case 2:
      for (let i = 0; i < n; i++) row[i] = ((line[i] ?? 0) + (up[i] ?? 0)) & 0xff;
      return true;
    case 3:
      for (let i = 0; i < n; i++) row[i] = ((line[i] ?? 0) + ((left(i) + (up[i] ?? 0)) >> 1)) & 0xff;
      return true;
    case 4:
      for (let i = 0; i < n; i++) {
        // Paeth: whichever neighbour (left a, up b, upper-left c) is closest to a + b - c.
        const a = left(i);
        const b = up[i] ?? 0;
        const c = i >= bpp ? (up[i - bpp] ?? 0) : 0;
        const pa = Math.abs(b - c);
        const pb = Math.abs(a - c);
        const pc = Math.abs(a + b - 2 * c);
        row[i] = ((line[i] ?? 0) + (pa <= pb && pa <= pc ? a : pb <= pc ? b : c)) & 0xff;
      }
      return true;
    default:
      return false;
  }
}
