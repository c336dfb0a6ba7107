/**
 * Reading a step screenshot back, pixel by pixel: how much of each field's box the mask covers.
 * Shared by the screenshot specs (hand-made pages, and the mock in every dialect).
 */
import type { Page } from '@playwright/test';

/** The mask's colour (`MASK_COLOR` in src/masked-screenshot.ts). */
export const MASK = [0x44, 0x44, 0x44];

export interface Box {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * For each box, the share of its inner pixels (a pixel in from the edge) that are the mask's
 * colour; with `anywhere`, also how many pixels of the whole picture are that colour (a secret
 * field's own background, which must show nowhere).
 */
export async function maskedShare(viewer: Page, png: Buffer, boxes: Box[], anywhere?: number[]) {
  return viewer.evaluate(
    async ({ url, boxes, mask, anywhere }) => {
      const image = new Image();
      image.src = url;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d') as CanvasRenderingContext2D;
      context.drawImage(image, 0, 0);
      const is = (data: Uint8ClampedArray, i: number, color: number[]) =>
        [0, 1, 2].every((c) => Math.abs((data[i + c] ?? 0) - (color[c] ?? 0)) <= 2);
      let seen = 0;
      if (anywhere) {
        const { data } = context.getImageData(0, 0, image.width, image.height);
        for (let i = 0; i < data.length; i += 4) if (is(data, i, anywhere)) seen += 1;
      }
      const shares: Record<string, number> = {};
      for (const box of boxes) {
        const x = Math.ceil(box.x) + 1;
        const y = Math.ceil(box.y) + 1;
        const width = Math.floor(box.width) - 2;
        const height = Math.floor(box.height) - 2;
        const { data } = context.getImageData(x, y, width, height);
        let masked = 0;
        for (let i = 0; i < data.length; i += 4) if (is(data, i, mask)) masked += 1;
        shares[box.id] = masked / (width * height);
      }
      return { shares, width: image.width, height: image.height, seen };
    },
    { url: `data:image/png;base64,${png.toString('base64')}`, boxes, mask: MASK, anywhere },
  );
}
