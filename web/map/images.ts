/** Raster images drawn in code, so the style needs no sprite server. Pure: they return RGBA pixels. */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

function hexToRgb(hex: string): [number, number, number] {
  const n = Number.parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/**
 * Diagonal hatching for municipalities without data: dark lines on a transparent tile that repeats seamlessly.
 * @example hatchPattern('#8c8c8c', 16).width // 16
 */
export function hatchPattern(lineHex: string, size = 16): RgbaImage {
  const [r, g, b] = hexToRgb(lineHex);
  const data = new Uint8ClampedArray(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const onLine = (x + y) % (size / 2) < 2;
      const i = (y * size + x) * 4;
      data.set(onLine ? [r, g, b, 255] : [0, 0, 0, 0], i);
    }
  }
  return { width: size, height: size, data };
}

function insideTriangle(px: number, py: number, a: number[], b: number[], c: number[]): boolean {
  const side = (p: number[], q: number[]) => (q[0]! - p[0]!) * (py - p[1]!) - (q[1]! - p[1]!) * (px - p[0]!);
  const s1 = side(a, b);
  const s2 = side(b, c);
  const s3 = side(c, a);
  return (s1 >= 0 && s2 >= 0 && s3 >= 0) || (s1 <= 0 && s2 <= 0 && s3 <= 0);
}

/**
 * An arrowhead pointing right (the direction a line symbol follows), filled with a colour and ringed in white so
 * it reads on any fill.
 */
export function arrowHead(fillHex: string, size = 24): RgbaImage {
  const [r, g, b] = hexToRgb(fillHex);
  const data = new Uint8ClampedArray(size * size * 4);
  const s = size / 24;
  const outer = [
    [2 * s, 2 * s],
    [23 * s, 12 * s],
    [2 * s, 22 * s],
  ];
  const inner = [
    [5 * s, 6.5 * s],
    [18.5 * s, 12 * s],
    [5 * s, 17.5 * s],
  ];
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const i = (y * size + x) * 4;
      if (insideTriangle(x + 0.5, y + 0.5, inner[0]!, inner[1]!, inner[2]!)) data.set([r, g, b, 255], i);
      else if (insideTriangle(x + 0.5, y + 0.5, outer[0]!, outer[1]!, outer[2]!))
        data.set([255, 255, 255, 255], i);
    }
  }
  return { width: size, height: size, data };
}
