/**
 * Where a picture's content ends, read from the rows as stored: a run of rows stored as "same as
 * above" is decided without undoing the filters, any other row from its pixels, and both must
 * give what the pixels say, whatever filter each row was stored with.
 */
import { expect, test } from '@playwright/test';
import { pictureContent, pictureContentLater } from '../../src/picture-content.js';
import { encodePng } from './png-for-tests.js';

const WIDTH = 7;
const HEIGHT = 60;

/** A picture whose rows below `end` all repeat its last row; above, noise with a few repeats. */
function pixels(end: number, seed: number): number[] {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state % 256;
  };
  const rows: number[][] = [];
  for (let y = 0; y < HEIGHT; y++) {
    const repeat = y > 0 && (y >= end || random() < 64);
    const row = repeat ? [...(rows[y - 1] ?? [])] : Array.from({ length: WIDTH * 4 }, random);
    rows.push(row);
  }
  return rows.flat();
}

/** The content's end as the pixels say it: the rows above the run that repeats the last one. */
function expected(rgba: number[]): number {
  const row = (y: number) => rgba.slice(y * WIDTH * 4, (y + 1) * WIDTH * 4).join();
  let rows = HEIGHT - 1;
  while (rows > 0 && row(rows - 1) === row(HEIGHT - 1)) rows--;
  return Math.min(HEIGHT, rows + 12);
}

test('the content ends where the pixels say, whatever filter each row is stored with', async () => {
  const filterings: [string, number | ((y: number) => number)][] = [
    ['none', 0],
    ['sub', 1],
    ['up', 2],
    ['average', 3],
    ['paeth', 4],
    ['up and paeth in turn', (y) => (y % 2 ? 2 : 4)],
    ['a row of average in a plain run', (y) => (y === HEIGHT - 5 ? 3 : 2)],
    ['every filter in turn', (y) => (y * 7) % 5],
  ];
  for (const [name, filter] of filterings) {
    for (const end of [1, 20, HEIGHT - 3, HEIGHT - 1, HEIGHT]) {
      for (const colorType of [2, 6] as const) {
        const rgba = pixels(end, end * 31 + colorType);
        const png = encodePng(WIDTH, HEIGHT, rgba, colorType, filter);
        const want = { width: WIDTH, height: HEIGHT, contentHeight: expected(rgba) };
        expect(pictureContent(png), `${name}, content to row ${end}, colour type ${colorType}`).toEqual(want);
        expect(await pictureContentLater(png), `${name} (later), content to row ${end}`).toEqual(want);
      }
    }
  }
});

test('a picture that is not a PNG this reads has no content end', async () => {
  expect(pictureContent(Buffer.from('not a picture'))).toBeUndefined();
  expect(await pictureContentLater(Buffer.from('not a picture'))).toBeUndefined();
  const png = encodePng(WIDTH, HEIGHT, pixels(20, 1), 6, 2);
  // The pixels cut short: a stream that does not inflate.
  const broken = Buffer.concat([png.subarray(0, 41), Buffer.alloc(30, 0xff), png.subarray(-12)]);
  expect(pictureContent(broken)).toBeUndefined();
  expect(await pictureContentLater(broken)).toBeUndefined();
});
