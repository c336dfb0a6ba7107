/**
 * How much of a step's picture has something to see. A full-page picture of a short portal page
 * is mostly empty background below its footer (a 9-step report was ~8,900 px tall): the report
 * shows the picture down to where its content ends and opens the whole of it on a click. Found
 * from the pixels themselves, so what is cut repeats the picture's last row exactly, whatever
 * the page's markup: nothing a person could read is cut.
 *
 * Reads the PNGs Playwright writes (8 bits a channel, not interlaced); any other PNG is shown whole.
 */
import { inflateSync } from 'node:zlib';

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
  const pixels = decode(png);
  if (!pixels) return undefined;
  const { width, height, stride, data } = pixels;
  const last = data.subarray((height - 1) * stride, height * stride);
  // How many rows from the top hold content: those below repeat the last row.
  let rows = height - 1;
  while (rows > 0 && data.subarray((rows - 1) * stride, rows * stride).equals(last)) rows--;
  return { width, height, contentHeight: Math.min(height, rows + PADDING) };
}

interface Pixels {
  width: number;
  height: number;
  /** Bytes a row. */
  stride: number;
  data: Buffer;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The unfiltered pixel rows of an 8-bit, non-interlaced PNG (PNG spec §9: filter types 0-4). */
function decode(png: Buffer): Pixels | undefined {
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
  let raw: Buffer;
  try {
    raw = inflateSync(Buffer.concat(parts));
  } catch {
    return undefined;
  }
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) return undefined;
  const data = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const row = data.subarray(y * stride, (y + 1) * stride);
    const up = y > 0 ? data.subarray((y - 1) * stride, y * stride) : Buffer.alloc(stride);
    if (!unfilter(raw[y * (stride + 1)] ?? -1, line, row, up, channels)) return undefined;
  }
  return { width, height, stride, data };
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
