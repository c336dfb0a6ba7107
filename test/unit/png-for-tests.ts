/** PNGs made to order for the picture tests: any size, RGB or RGBA, any row filter. */
import { crc32, deflateSync } from 'node:zlib';

function chunk(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(body.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])) >>> 0, 0);
  return Buffer.concat([head, body, crc]);
}

/**
 * A PNG of RGBA pixels (colour type 6) or RGB (2), every row written with the given filter, or
 * each row with its own (`filter(y)`).
 */
export function encodePng(
  width: number,
  height: number,
  rgba: number[],
  colorType: 2 | 6,
  filter: number | ((y: number) => number),
): Buffer {
  const filterOf = typeof filter === 'number' ? () => filter : filter;
  const channels = colorType === 6 ? 4 : 3;
  const samples = (y: number) =>
    Array.from({ length: width * channels }, (_, i) => {
      const pixel = Math.floor(i / channels);
      return rgba[(y * width + pixel) * 4 + (i % channels)] ?? 0;
    });
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    const row = samples(y);
    const above = y > 0 ? samples(y - 1) : row.map(() => 0);
    const rowFilter = filterOf(y);
    rows.push(rowFilter);
    for (let x = 0; x < row.length; x++) {
      const left = x >= channels ? (row[x - channels] ?? 0) : 0;
      const up = above[x] ?? 0;
      const corner = x >= channels ? (above[x - channels] ?? 0) : 0;
      const p = left + up - corner;
      const paeth =
        Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - corner)
          ? left
          : Math.abs(p - up) <= Math.abs(p - corner)
            ? up
            : corner;
      const predicted = [0, left, up, (left + up) >> 1, paeth][rowFilter] ?? 0;
      rows.push(((row[x] ?? 0) - predicted) & 0xff);
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, colorType, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.from(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
