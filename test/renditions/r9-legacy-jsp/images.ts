/**
 * Pictures for rendition r9-legacy-jsp, drawn in code: a 5x7 bitmap font (capitals, digits, a few signs)
 * rendered into palette pixels and written out as GIF89a files (LZW with a fixed 9-bit code width and a
 * clear code every 250 pixels, so no dictionary bookkeeping is needed). No image files, no packages.
 */

const GLYPHS: Record<string, string> = {
  A: '.###.#...##...#######...##...##...#',
  B: '####.#...##...#####.#...##...#####.',
  C: '.###.#...##....#....#....#...#.###.',
  D: '####.#...##...##...##...##...#####.',
  E: '######....#....####.#....#....#####',
  F: '######....#....####.#....#....#....',
  G: '.###.#...##....#.####...##...#.####',
  H: '#...##...##...#######...##...##...#',
  I: '.###...#....#....#....#....#...###.',
  J: '..###...#....#....#....#.#..#..##..',
  K: '#...##..#.#.#..##...#.#..#..#.#...#',
  L: '#....#....#....#....#....#....#####',
  M: '#...###.###.#.##.#.##...##...##...#',
  N: '#...##...###..##.#.##..###...##...#',
  O: '.###.#...##...##...##...##...#.###.',
  P: '####.#...##...#####.#....#....#....',
  Q: '.###.#...##...##...##.#.##..#..##.#',
  R: '####.#...##...#####.#.#..#..#.#...#',
  S: '.#####....#.....###.....#....#####.',
  T: '#####..#....#....#....#....#....#..',
  U: '#...##...##...##...##...##...#.###.',
  V: '#...##...##...##...##...#.#.#...#..',
  W: '#...##...##...##.#.##.#.##.#.#.#.#.',
  X: '#...##...#.#.#...#...#.#.#...##...#',
  Y: '#...##...#.#.#...#....#....#....#..',
  Z: '#####....#...#...#...#...#....#####',
  '0': '.###.#...##..###.#.###..##...#.###.',
  '1': '..#...##....#....#....#....#...###.',
  '2': '.###.#...#....#...#...#...#...#####',
  '3': '#####...#...#.....#.....##...#.###.',
  '4': '...#...##..#.#.#..#.#####...#....#.',
  '5': '######....####.....#....##...#.###.',
  '6': '..##..#...#....####.#...##...#.###.',
  '7': '#####....#...#...#...#....#....#...',
  '8': '.###.#...##...#.###.#...##...#.###.',
  '9': '.###.#...##...#.####....#...#..##..',
  ' ': '...................................',
  '-': '...............#####...............',
  _: '..............................#####',
  '.': '...............................##..',
};

function glyph(ch: string): string {
  const g = GLYPHS[ch] ?? GLYPHS[' '] ?? '';
  return g;
}

interface Canvas {
  width: number;
  height: number;
  pixels: Uint8Array;
  palette: number[];
}

function canvas(width: number, height: number, palette: number[], fill = 0): Canvas {
  return { width, height, pixels: new Uint8Array(width * height).fill(fill), palette };
}

function plot(c: Canvas, x: number, y: number, color: number): void {
  if (x >= 0 && y >= 0 && x < c.width && y < c.height) c.pixels[y * c.width + x] = color;
}

function rect(c: Canvas, x: number, y: number, w: number, h: number, color: number): void {
  for (let j = 0; j < h; j++) for (let i = 0; i < w; i++) plot(c, x + i, y + j, color);
}

function drawChar(
  c: Canvas,
  ch: string,
  x: number,
  y: number,
  scale: number,
  color: number,
  shear = 0,
): void {
  const g = glyph(ch);
  for (let row = 0; row < 7; row++) {
    const dx = Math.round((3 - row) * shear);
    for (let col = 0; col < 5; col++) {
      if (g[row * 5 + col] === '#') rect(c, x + col * scale + dx, y + row * scale, scale, scale, color);
    }
  }
}

function textWidth(text: string, scale: number): number {
  return text.length * 6 * scale - scale;
}

function drawText(c: Canvas, text: string, x: number, y: number, scale: number, color: number): void {
  for (let i = 0; i < text.length; i++) drawChar(c, text[i] ?? ' ', x + i * 6 * scale, y, scale, color);
}

function line(c: Canvas, x0: number, y0: number, x1: number, y1: number, color: number): void {
  const dx = Math.abs(x1 - x0);
  const dy = -Math.abs(y1 - y0);
  const sx = x0 < x1 ? 1 : -1;
  const sy = y0 < y1 ? 1 : -1;
  let err = dx + dy;
  let x = x0;
  let y = y0;
  for (;;) {
    plot(c, x, y, color);
    if (x === x1 && y === y1) return;
    const e2 = 2 * err;
    if (e2 >= dy) {
      err += dy;
      x += sx;
    }
    if (e2 <= dx) {
      err += dx;
      y += sy;
    }
  }
}

/** Writes a canvas as a GIF89a file; `transparent` names a palette index drawn as see-through. */
function encodeGif(c: Canvas, transparent?: number): Buffer {
  const out: number[] = [];
  const u16 = (v: number) => out.push(v & 255, (v >> 8) & 255);
  for (const ch of 'GIF89a') out.push(ch.charCodeAt(0));
  u16(c.width);
  u16(c.height);
  out.push(0xf7, 0, 0);
  for (let i = 0; i < 256; i++) {
    const rgb = c.palette[i] ?? 0;
    out.push((rgb >> 16) & 255, (rgb >> 8) & 255, rgb & 255);
  }
  if (transparent !== undefined) out.push(0x21, 0xf9, 4, 1, 0, 0, transparent, 0);
  out.push(0x2c);
  u16(0);
  u16(0);
  u16(c.width);
  u16(c.height);
  out.push(0, 8);
  const data: number[] = [];
  let acc = 0;
  let bits = 0;
  const emit = (code: number) => {
    acc |= code << bits;
    bits += 9;
    while (bits >= 8) {
      data.push(acc & 255);
      acc >>>= 8;
      bits -= 8;
    }
  };
  emit(256);
  let run = 0;
  for (const p of c.pixels) {
    if (run === 250) {
      emit(256);
      run = 0;
    }
    emit(p);
    run++;
  }
  emit(257);
  if (bits > 0) data.push(acc & 255);
  for (let i = 0; i < data.length; i += 255) {
    const chunk = data.slice(i, i + 255);
    out.push(chunk.length, ...chunk);
  }
  out.push(0, 0x3b);
  return Buffer.from(out);
}

/** A raised blue button with white capitals, as sliced from a 2008 Photoshop mock-up. */
export function buttonGif(text: string, scale = 2): Buffer {
  const label = text.toUpperCase();
  const pad = 6 * scale;
  const w = textWidth(label, scale) + pad * 2;
  const h = 7 * scale + 6 * scale;
  const c = canvas(w, h, [0x1f5fa6, 0xffffff, 0x0d3a6b, 0x6f9bd6, 0x174c87]);
  rect(c, 0, Math.floor(h / 2), w, Math.ceil(h / 2), 4);
  rect(c, 0, 0, w, 1, 2);
  rect(c, 0, h - 1, w, 1, 2);
  rect(c, 0, 0, 1, h, 2);
  rect(c, w - 1, 0, 1, h, 2);
  rect(c, 1, 1, w - 2, 1, 3);
  rect(c, 1, 1, 1, h - 2, 3);
  drawText(c, label, pad, 3 * scale, scale, 1);
  return encodeGif(c);
}

/** The little red close box of the popup: a white X. */
export function closeGif(): Buffer {
  const c = canvas(18, 18, [0xcc0000, 0xffffff, 0x800000]);
  rect(c, 0, 0, 18, 1, 2);
  rect(c, 0, 17, 18, 1, 2);
  rect(c, 0, 0, 1, 18, 2);
  rect(c, 17, 0, 1, 18, 2);
  for (let i = 4; i <= 13; i++) {
    plot(c, i, i, 1);
    plot(c, i + 1, i, 1);
    plot(c, 17 - i, i, 1);
    plot(c, 16 - i, i, 1);
  }
  return encodeGif(c);
}

/** Right-pointing triangle for menu groups, on a transparent ground. */
export function arrowGif(): Buffer {
  const c = canvas(8, 9, [0x000000, 0xffffff]);
  for (let x = 0; x < 5; x++) for (let y = x; y < 9 - x; y++) plot(c, x + 1, y, 1);
  return encodeGif(c, 0);
}

/** A thin gradient strip used behind panel headings. */
export function stripGif(): Buffer {
  const c = canvas(1, 24, [0x1f4e79, 0x2b5c8a, 0x3a6d9e, 0x184266]);
  for (let y = 0; y < 24; y++) plot(c, 0, y, y < 6 ? 2 : y < 14 ? 1 : y < 20 ? 0 : 3);
  return encodeGif(c);
}

/** The captcha: the characters, each tilted and shifted, with dots and two lines across them. */
export function captchaGif(text: string): Buffer {
  const scale = 4;
  const cell = 5 * scale + 9;
  const w = text.length * cell + 18;
  const h = 7 * scale + 22;
  const c = canvas(w, h, [0xf2f2e4, 0x1a237e, 0x8b0000, 0x1b5e20, 0x4a148c, 0xa8a8a8, 0x777777, 0xc9c9b8]);
  const rnd = (n: number) => Math.floor(Math.random() * n);
  for (let i = 0; i < (w * h) / 14; i++) plot(c, rnd(w), rnd(h), rnd(2) ? 5 : 7);
  for (let i = 0; i < text.length; i++) {
    const x = 10 + i * cell + rnd(5) - 2;
    const y = 6 + rnd(h - 7 * scale - 11);
    const shear = [-0.8, -0.4, 0, 0.4, 0.8][rnd(5)] ?? 0;
    drawChar(c, (text[i] ?? ' ').toUpperCase(), x, y, scale, 1 + (i % 4), shear);
  }
  line(c, 0, rnd(h), w - 1, rnd(h), 6);
  line(c, 0, rnd(h), w - 1, rnd(h), 5);
  return encodeGif(c);
}
