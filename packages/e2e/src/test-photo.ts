/**
 * A phone-camera-like JPEG made at run time, for upload tests and the bench: no binary fixture in git, and
 * any size asked for. Smooth colour fields (a field of chili or tea) under per-pixel noise (sensor grain),
 * because a flat or striped picture compresses to almost nothing and would hide what a real 3–6 MB photo
 * costs on a slow link. Deterministic: the same options give the same bytes.
 *
 *   const jpeg = await testPhoto({ width: 4000, height: 3000 }); // ≈ 4 MB
 */
import { createRequire } from "node:module";

export interface TestPhotoOptions {
  width: number;
  height: number;
  /** Peak-to-peak grain per channel (0–255): more grain, bigger file. 64 at q85 gives ≈ 4 MB for 12 MP. */
  noise?: number;
  /** JPEG quality (a phone camera writes 85–95). */
  quality?: number;
  seed?: number;
}

/** The little of sharp's API used here (its types live with the API package, not this one). */
type Sharp = (
  input: Buffer,
  opts: { raw: { width: number; height: number; channels: 3 } },
) => { jpeg(o: { quality: number }): { toBuffer(): Promise<Buffer> } };

let sharpModule: Sharp | undefined;

/**
 * sharp is the API's image library (it makes the stored copies); resolved from the API package, whose public
 * entry we already depend on, rather than added as a second copy of a native module to this package.
 */
function sharp(): Sharp {
  if (!sharpModule) {
    const here = createRequire(import.meta.url);
    sharpModule = createRequire(here.resolve("@cho-phien/api"))("sharp") as Sharp;
  }
  return sharpModule;
}

export async function testPhoto(opts: TestPhotoOptions): Promise<Buffer> {
  const { width, height, noise = 64, quality = 85 } = opts;
  // xorshift32: fast and reproducible; Math.random would make every run's file a different size.
  let s = (opts.seed ?? 20261129) >>> 0 || 1;
  const rand = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
  const colX = Float64Array.from({ length: width }, (_, x) => Math.sin(x / 230));
  const rowY = Float64Array.from({ length: height }, (_, y) => Math.cos(y / 170));
  const raw = Buffer.alloc(width * height * 3);
  let i = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const base = [
        150 + 70 * colX[x]! * rowY[y]!, // red: ripe chili
        120 + 50 * Math.sin((x + y) / 310),
        70 + 40 * rowY[y]!,
      ];
      for (const b of base) {
        const v = b + (rand() - 0.5) * noise;
        raw[i++] = Math.max(0, Math.min(255, v));
      }
    }
  }
  return sharp()(raw, { raw: { width, height, channels: 3 } })
    .jpeg({ quality })
    .toBuffer();
}
