/** Captcha texts and their pictures: an SVG of the characters, tilted, behind a few noise lines. */
import { randomInt } from 'node:crypto';

/** Letters and digits without the look-alikes 0/O and 1/I, as captchas usually do. */
const CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const WIDTH = 140;
const HEIGHT = 44;

export function randomCaptcha(): string {
  return Array.from({ length: 5 }, () => CHARACTERS.charAt(randomInt(CHARACTERS.length))).join('');
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function letters(text: string): string {
  return [...text]
    .map((char, i) => {
      const x = 14 + i * 24;
      const y = 30 + randomInt(-4, 5);
      const tilt = randomInt(-18, 19);
      return `<text x="${x}" y="${y}" transform="rotate(${tilt} ${x} ${y})">${escapeXml(char)}</text>`;
    })
    .join('');
}

function noise(): string {
  return Array.from({ length: 5 }, () => {
    const [x1, y1, x2, y2] = [randomInt(WIDTH), randomInt(HEIGHT), randomInt(WIDTH), randomInt(HEIGHT)];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#7a869a" stroke-width="1"/>`;
  }).join('');
}

export function captchaSvg(text: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#eef2f7"/>`,
    noise(),
    `<g font-family="monospace" font-size="24" font-weight="bold" fill="#1f3a5f">${letters(text)}</g>`,
    '</svg>',
  ].join('');
}
