/**
 * A picture drawn in the terminal itself, so that an operator over SSH (no window, no image
 * viewer) can read the captcha. Terminals that can show images get the PNG as it is (iTerm2's
 * and WezTerm's inline images, kitty's graphics protocol); every other one gets coloured
 * half-blocks: one `▀` per two pixels, its foreground the upper pixel and its background the
 * lower one, in 24-bit colour (256 colours on macOS's Terminal, which has no more).
 *
 * The half-blocks need the pixels, so a small PNG decoder is here: the 8-bit, non-interlaced PNGs
 * Chromium's screenshots are (RGB or RGBA), and grey and palette ones besides. Anything else is
 * refused with an error, and the caller shows no picture.
 */
import { inflateSync } from 'node:zlib';
import type { Env } from './config.js';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, row after row. */
  rgba: Uint8Array;
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
/** Bytes per pixel of each colour type at 8 bits: grey, RGB, palette, grey+alpha, RGBA. */
const CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export function decodePng(png: Uint8Array): Pixels {
  const bytes = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (bytes.length < 8 || !bytes.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG');
  let width = 0;
  let height = 0;
  let colorType = -1;
  let palette: Buffer | undefined;
  let transparency: Buffer | undefined;
  const data: Buffer[] = [];
  for (let at = 8; at + 8 <= bytes.length; ) {
    const length = bytes.readUInt32BE(at);
    const type = bytes.toString('latin1', at + 4, at + 8);
    const body = bytes.subarray(at + 8, at + 8 + length);
    at += 12 + length;
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      const [depth, color, , , interlace] = [body[8], body[9], body[10], body[11], body[12]];
      if (depth !== 8) throw new Error(`PNG bit depth ${depth} is not supported`);
      if (interlace !== 0) throw new Error('interlaced PNGs are not supported');
      if (color === undefined || CHANNELS[color] === undefined)
        throw new Error(`PNG colour type ${color} is not supported`);
      colorType = color;
    } else if (type === 'PLTE') palette = body;
    else if (type === 'tRNS') transparency = body;
    else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
  }
  const channels = CHANNELS[colorType];
  if (!channels || width === 0 || height === 0) throw new Error('PNG without an image header');
  if (colorType === 3 && !palette) throw new Error('palette PNG without a palette');
  const raw = inflateSync(Buffer.concat(data));
  const stride = width * channels;
  if (raw.length < height * (stride + 1)) throw new Error('PNG image data is cut short');
  const rows = unfilter(raw, width, height, channels);
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel++) {
    const from = pixel * channels;
    const to = pixel * 4;
    const a = rows[from] ?? 0;
    if (colorType === 0 || colorType === 4) {
      rgba[to] = rgba[to + 1] = rgba[to + 2] = a;
      rgba[to + 3] = colorType === 4 ? (rows[from + 1] ?? 255) : 255;
    } else if (colorType === 3) {
      rgba[to] = palette?.[a * 3] ?? 0;
      rgba[to + 1] = palette?.[a * 3 + 1] ?? 0;
      rgba[to + 2] = palette?.[a * 3 + 2] ?? 0;
      rgba[to + 3] = transparency?.[a] ?? 255;
    } else {
      rgba[to] = a;
      rgba[to + 1] = rows[from + 1] ?? 0;
      rgba[to + 2] = rows[from + 2] ?? 0;
      rgba[to + 3] = colorType === 6 ? (rows[from + 3] ?? 255) : 255;
    }
  }
  return { width, height, rgba };
}

/** Undoes the per-row filters (None, Sub, Up, Average, Paeth) into bare samples. */
function unfilter(raw: Buffer, width: number, height: number, channels: number): Uint8Array {
  const stride = width * channels;
  const out = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = y * (stride + 1) + 1;
    const row = y * stride;
    const up = row - stride;
    for (let x = 0; x < stride; x++) {
      const value = raw[line + x] ?? 0;
      const left = x >= channels ? (out[row + x - channels] ?? 0) : 0;
      const above = y > 0 ? (out[up + x] ?? 0) : 0;
      const corner = y > 0 && x >= channels ? (out[up + x - channels] ?? 0) : 0;
      let predicted = 0;
      if (filter === 1) predicted = left;
      else if (filter === 2) predicted = above;
      else if (filter === 3) predicted = (left + above) >> 1;
      else if (filter === 4) predicted = paeth(left, above, corner);
      else if (filter !== 0) throw new Error(`PNG row filter ${filter} is unknown`);
      out[row + x] = (value + predicted) & 0xff;
    }
  }
  return out;
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  if (pa <= pb && pa <= pc) return a;
  return pb <= pc ? b : c;
}

export type PictureProtocol = 'iterm' | 'kitty' | 'blocks-24bit' | 'blocks-256';

/** How this terminal can show a picture, from what it says about itself. */
export function pictureProtocol(env: Env): PictureProtocol {
  const program = env.TERM_PROGRAM ?? '';
  if (program === 'iTerm.app' || program === 'WezTerm') return 'iterm';
  if (env.TERM === 'xterm-kitty' || env.TERM === 'xterm-ghostty' || program === 'ghostty') return 'kitty';
  if (program === 'Apple_Terminal') return 'blocks-256';
  return 'blocks-24bit';
}

export interface DrawOptions {
  /** The terminal's width in columns: half-blocks never wrap. */
  columns?: number;
  /** The widest the half-block picture may be, in columns (pixels). */
  maxColumns?: number;
}

const ESC = '\x1b';
const RESET = `${ESC}[0m`;

/**
 * The escape sequences that draw `png` on a terminal speaking `protocol`, ending on a new line.
 * Throws when a half-block picture is wanted of a PNG this module cannot decode.
 */
export function drawPicture(png: Uint8Array, protocol: PictureProtocol, options: DrawOptions = {}): string {
  const base64 = Buffer.from(png).toString('base64');
  if (protocol === 'iterm') {
    return `${ESC}]1337;File=inline=1;size=${png.byteLength};preserveAspectRatio=1:${base64}\x07\n`;
  }
  if (protocol === 'kitty') {
    // A picture is sent in chunks of at most 4096 base64 characters, each saying whether more follow.
    const chunks = base64.match(/.{1,4096}/g) ?? [];
    return `${chunks
      .map((chunk, index) => {
        const more = index < chunks.length - 1 ? 1 : 0;
        return `${ESC}_G${index === 0 ? 'a=T,f=100,q=2,' : ''}m=${more};${chunk}${ESC}\\`;
      })
      .join('')}\n`;
  }
  return halfBlocks(decodePng(png), protocol === 'blocks-256', options);
}

/** One `▀` for each two rows of pixels, the picture shrunk (by averaging) to fit the width. */
function halfBlocks(pixels: Pixels, palette256: boolean, options: DrawOptions): string {
  const room = Math.max(Math.min((options.columns || 80) - 1, options.maxColumns ?? 100), 8);
  const scale = Math.max(pixels.width / room, 1);
  const width = Math.max(Math.round(pixels.width / scale), 1);
  const height = Math.max(Math.round(pixels.height / scale), 1);
  const color = (x: number, y: number) => averageColour(pixels, x * scale, y * scale, scale);
  const paint = (layer: 38 | 48, [r, g, b]: Rgb) =>
    palette256 ? `${ESC}[${layer};5;${to256(r, g, b)}m` : `${ESC}[${layer};2;${r};${g};${b}m`;
  const lines: string[] = [];
  for (let y = 0; y < height; y += 2) {
    let line = '';
    let last = '';
    for (let x = 0; x < width; x++) {
      const upper = color(x, y);
      // An odd last row: its lower half is the terminal's own background.
      const lower = y + 1 < height ? color(x, y + 1) : undefined;
      const codes = paint(38, upper) + (lower ? paint(48, lower) : `${ESC}[49m`);
      line += `${codes === last ? '' : codes}▀`;
      last = codes;
    }
    lines.push(`${line}${RESET}`);
  }
  return `${lines.join('\n')}\n`;
}

type Rgb = [number, number, number];

/** The mean colour of the `size`×`size` pixels from (x, y), transparent ones seen against white. */
function averageColour(pixels: Pixels, x: number, y: number, size: number): Rgb {
  const x0 = Math.floor(x);
  const y0 = Math.floor(y);
  const x1 = Math.min(Math.max(Math.floor(x + size), x0 + 1), pixels.width);
  const y1 = Math.min(Math.max(Math.floor(y + size), y0 + 1), pixels.height);
  let [r, g, b, n] = [0, 0, 0, 0];
  for (let py = y0; py < y1; py++) {
    for (let px = x0; px < x1; px++) {
      const at = (py * pixels.width + px) * 4;
      const alpha = (pixels.rgba[at + 3] ?? 255) / 255;
      r += (pixels.rgba[at] ?? 0) * alpha + 255 * (1 - alpha);
      g += (pixels.rgba[at + 1] ?? 0) * alpha + 255 * (1 - alpha);
      b += (pixels.rgba[at + 2] ?? 0) * alpha + 255 * (1 - alpha);
      n += 1;
    }
  }
  return n === 0 ? [255, 255, 255] : [Math.round(r / n), Math.round(g / n), Math.round(b / n)];
}

/** The nearest of xterm's 256 colours: the 6×6×6 cube or the grey ramp, whichever is closer. */
function to256(r: number, g: number, b: number): number {
  const level = (v: number) => (v < 48 ? 0 : v < 115 ? 1 : Math.min(Math.floor((v - 35) / 40), 5));
  const cube = [level(r), level(g), level(b)] as const;
  const cubeValue = (l: number) => (l === 0 ? 0 : 55 + l * 40);
  const grey = Math.min(Math.max(Math.round(((r + g + b) / 3 - 8) / 10), 0), 23);
  const greyValue = 8 + grey * 10;
  const distance = (cr: number, cg: number, cb: number) => (r - cr) ** 2 + (g - cg) ** 2 + (b - cb) ** 2;
  const cubeDistance = distance(cubeValue(cube[0]), cubeValue(cube[1]), cubeValue(cube[2]));
  return distance(greyValue, greyValue, greyValue) < cubeDistance
    ? 232 + grey
    : 16 + 36 * cube[0] + 6 * cube[1] + cube[2];
}
