import { describe, expect, it } from "vitest";
import { photoAttrs } from "./photo-attrs";

const fallback = { width: 400, height: 300 };

describe("photoAttrs", () => {
  it("gives an uploaded photo its own size and a srcset of its copies for the slot", () => {
    const a = photoAttrs(
      {
        path: "/media/x-1280.webp",
        width: 1280,
        height: 960,
        variants: [
          { width: 320, path: "/media/x-320.webp" },
          { width: 640, path: "/media/x-640.webp" },
          { width: 1280, path: "/media/x-1280.webp" },
        ],
      },
      { sizes: "50vw", fallback, url: (p) => `https://cho.example${p}` },
    );
    expect(a).toEqual({
      src: "https://cho.example/media/x-1280.webp",
      width: 1280,
      height: 960,
      srcSet:
        "https://cho.example/media/x-320.webp 320w, https://cho.example/media/x-640.webp 640w, https://cho.example/media/x-1280.webp 1280w",
      sizes: "50vw",
    });
  });

  it("falls back to the slot's ratio without a recorded size, and sends no srcset for one size", () => {
    expect(
      photoAttrs(
        { path: "/img/products/ot.svg", width: null, height: null, variants: [] },
        { sizes: "50vw", fallback },
      ),
    ).toEqual({ src: "/img/products/ot.svg", width: 400, height: 300 });
  });
});
