/** Captcha texts and their pictures: an SVG of the characters with a little noise. */
import { randomInt } from 'node:crypto';

const CHARACTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export function randomCaptcha(): string {
  return Array.from({ length: 5 }, () => CHARACTERS.charAt(randomInt(CHARACTERS.length))).join('');
}

export function randomOtp(): string {
  return String(randomInt(1_000_000)).padStart(6, '0');
}

export function captchaSvg(text: string): string {
  const letters = [...text]
    .map((char, i) => {
      const rotate = randomInt(-18, 19);
      const y = 30 + randomInt(-4, 5);
      return `<text x="${14 + i * 24}" y="${y}" transform="rotate(${rotate} ${14 + i * 24} ${y})">${char}</text>`;
    })
    .join('');
  const lines = Array.from({ length: 5 }, () => {
    const [x1, y1, x2, y2] = [randomInt(0, 140), randomInt(0, 44), randomInt(0, 140), randomInt(0, 44)];
    return `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="#7a869a" stroke-width="1"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="140" height="44" viewBox="0 0 140 44"><rect width="140" height="44" fill="#eef2f7"/>${lines}<g font-family="monospace" font-size="24" font-weight="bold" fill="#1f3a5f">${letters}</g></svg>`;
}
