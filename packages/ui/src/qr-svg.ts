import qrcode from "qrcode-generator";

/** Quiet zone the QR standard asks for (4 modules), so scanners and banking apps find the code on any background. */
const QUIET = 4;

/**
 * A QR code as one SVG path, rendered on the server: no image request, no client JavaScript, sharp at any zoom
 * and on any printer. Used for VietQR transfers, OCOP verification links and packing slips. Error correction M,
 * as VietQR payloads printed by banks use (and a slip may get scuffed in a sack of produce). Dark modules of a
 * row are merged into runs to keep the path short.
 */
export function qrSvg(text: string): { size: number; path: string } {
  const qr = qrcode(0, "M");
  qr.addData(text, "Byte");
  qr.make();
  const n = qr.getModuleCount();
  let path = "";
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!qr.isDark(y, x)) {
        x++;
        continue;
      }
      let run = 1;
      while (x + run < n && qr.isDark(y, x + run)) run++;
      path += `M${x + QUIET} ${y + QUIET}h${run}v1h-${run}z`;
      x += run;
    }
  }
  return { size: n + 2 * QUIET, path };
}
