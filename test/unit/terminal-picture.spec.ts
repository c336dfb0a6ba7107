/**
 * The captcha drawn in a terminal: the PNG decoder against pictures Chromium really takes and
 * against every row filter, and what each kind of terminal is sent.
 */
import { expect, test } from '@playwright/test';
import { decodePng, drawPicture, pictureProtocol } from '../../src/terminal-picture.js';
import { encodePng } from './png-for-tests.js';

const ESC = '\x1b';

/** 3×3 pixels of distinct colours and alphas: every filter must give them back exactly. */
const PIXELS = [
  [255, 0, 0, 255],
  [0, 255, 0, 255],
  [0, 0, 255, 255],
  [10, 20, 30, 128],
  [200, 100, 50, 255],
  [1, 2, 3, 4],
  [255, 255, 255, 255],
  [0, 0, 0, 255],
  [90, 180, 45, 0],
].flat();

test.describe('the PNG decoder', () => {
  for (const filter of [0, 1, 2, 3, 4]) {
    for (const colorType of [2, 6] as const) {
      test(`reads colour type ${colorType} written with row filter ${filter}`, () => {
        const decoded = decodePng(encodePng(3, 3, PIXELS, colorType, filter));
        expect([decoded.width, decoded.height]).toEqual([3, 3]);
        const expected = colorType === 6 ? PIXELS : PIXELS.map((v, i) => (i % 4 === 3 ? 255 : v));
        expect(Array.from(decoded.rgba)).toEqual(expected);
      });
    }
  }

  test('reads the screenshots Chromium takes', async ({ page }) => {
    await page.setContent(
      '<body style="margin:0"><div style="display:flex"><div style="width:20px;height:10px;background:#ff0000"></div><div style="width:20px;height:10px;background:#0000ff"></div></div></body>',
    );
    const png = await page.screenshot({ clip: { x: 0, y: 0, width: 40, height: 10 } });
    const { width, height, rgba } = decodePng(png);
    expect([width, height]).toEqual([40, 10]);
    const at = (x: number, y: number) =>
      Array.from(rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4));
    expect(at(5, 5)).toEqual([255, 0, 0, 255]);
    expect(at(35, 5)).toEqual([0, 0, 255, 255]);
  });

  test('refuses what it cannot read, rather than draw nonsense', () => {
    expect(() => decodePng(Buffer.from('GIF89a'))).toThrow(/not a PNG/);
    const sixteenBit = encodePng(1, 1, [0, 0, 0, 255], 6, 0);
    sixteenBit[24] = 16; // IHDR's bit depth
    expect(() => decodePng(sixteenBit)).toThrow(/bit depth 16/);
  });
});

test.describe('drawing in the terminal', () => {
  const twoByTwo = encodePng(
    2,
    2,
    [255, 0, 0, 255, 0, 255, 0, 255, 0, 0, 255, 255, 255, 255, 255, 255],
    6,
    0,
  );

  test('the protocol follows what the terminal says it is', () => {
    expect(pictureProtocol({ TERM_PROGRAM: 'iTerm.app' })).toBe('iterm');
    expect(pictureProtocol({ TERM_PROGRAM: 'WezTerm' })).toBe('iterm');
    expect(pictureProtocol({ TERM: 'xterm-kitty' })).toBe('kitty');
    expect(pictureProtocol({ TERM_PROGRAM: 'Apple_Terminal' })).toBe('blocks-256');
    expect(pictureProtocol({ TERM: 'xterm-256color' })).toBe('blocks-24bit');
    expect(pictureProtocol({})).toBe('blocks-24bit');
  });

  test('half-blocks: upper pixel as foreground, lower as background, in 24-bit colour', () => {
    const drawn = drawPicture(twoByTwo, 'blocks-24bit');
    expect(drawn).toBe(
      `${ESC}[38;2;255;0;0m${ESC}[48;2;0;0;255m▀${ESC}[38;2;0;255;0m${ESC}[48;2;255;255;255m▀${ESC}[0m\n`,
    );
  });

  test('half-blocks in 256 colours where the terminal has no more', () => {
    expect(drawPicture(twoByTwo, 'blocks-256')).toBe(
      `${ESC}[38;5;196m${ESC}[48;5;21m▀${ESC}[38;5;46m${ESC}[48;5;231m▀${ESC}[0m\n`,
    );
  });

  test('a wide picture is shrunk to the terminal, never wrapped', () => {
    const width = 300;
    const wide = encodePng(width, 4, Array.from({ length: width * 4 }, () => [0, 0, 0, 255]).flat(), 6, 1);
    const rows = drawPicture(wide, 'blocks-24bit', { columns: 61 }).trimEnd().split('\n');
    expect(rows).toHaveLength(1);
    expect([...(rows[0] ?? '')].filter((c) => c === '▀')).toHaveLength(60);
  });

  test('iTerm2 and WezTerm get the PNG itself, inline', () => {
    expect(drawPicture(twoByTwo, 'iterm')).toBe(
      `${ESC}]1337;File=inline=1;size=${twoByTwo.length};preserveAspectRatio=1:${twoByTwo.toString('base64')}\x07\n`,
    );
  });

  test('kitty gets the PNG in chunks of 4096, asked not to answer on standard input', () => {
    const big = Buffer.concat([twoByTwo, Buffer.alloc(7000, 7)]);
    const drawn = drawPicture(big, 'kitty');
    const parts = [...drawn.matchAll(new RegExp(`${ESC}_G([^;]*);([^${ESC}]*)${ESC}\\\\`, 'g'))];
    expect(parts.map((part) => part[1])).toEqual(['a=T,f=100,q=2,m=1', 'm=1', 'm=0']);
    expect(parts.map((part) => part[2]).join('')).toBe(big.toString('base64'));
  });
});
