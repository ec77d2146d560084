import { randomBytes } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaResponse } from "../../http/media-handler";
import { uploadImageResponse } from "../../http/upload-handler";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { checkoutTestDb, createProduct } from "../../test/checkout-fixtures";
import type { ImageStorage } from "./image-storage";
import { LocalDiskStorage } from "./local-disk-storage";
import { MAX_UPLOAD_BYTES } from "./process-image";
import { S3Storage } from "./s3-storage";
import { storeUpload } from "./store-upload";

/**
 * Farm photos end to end: what is accepted is decided by the bytes (a PNG named .exe is a PNG, HTML named .jpg
 * is refused, SVG is never an image here), oversized and truncated files are clean 4xx answers, and what is
 * stored is re-encoded WebP with no EXIF or GPS position, on local disk and on a real S3-protocol server.
 * Then the HTTP handler's gatekeeping and attaching photos to a listing.
 */

let db: Db;
let farmer: SessionUser;
let otherFarmer: SessionUser;
let buyer: SessionUser;
let tmp: string;
let s3rver: S3rver;
let s3: S3Storage;
let disk: LocalDiskStorage;

const as = (user: SessionUser) => createCaller(contextFor(db, user));

const png = () =>
  sharp({ create: { width: 900, height: 600, channels: 4, background: "#c33a" } })
    .png()
    .toBuffer();

/** A 2000×1500 phone photo, stored sideways (EXIF orientation 6), with the farm's GPS position in EXIF. */
const gpsJpeg = () =>
  sharp({ create: { width: 2000, height: 1500, channels: 3, background: "#3a7" } })
    .jpeg({ quality: 80 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: "Nokia", Model: "C21" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "21/1 20/1 0/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "107/1 38/1 0/1",
      },
    })
    .toBuffer();

/** The GPS IFD pointer tag (0x8825) in little-endian EXIF. */
const hasGps = (exif: Buffer | undefined) => !!exif && exif.includes(Buffer.from([0x25, 0x88]));

/** A listing's photo rows in display order, without their ids. */
const photoRows = (productId: string) =>
  db.productImage.findMany({
    where: { productId },
    orderBy: { position: "asc" },
    select: {
      position: true,
      path: true,
      alt: true,
      width: true,
      height: true,
      variants: true,
      uploadId: true,
    },
  });

async function failureOf(p: Promise<unknown>) {
  try {
    await p;
  } catch (e) {
    return e as { kind?: string; code?: string; message: string };
  }
  throw new Error("expected a failure");
}

beforeAll(async () => {
  db = checkoutTestDb(4);
  farmer = await createTestUser(db, { role: "seller", name: "Triệu Văn Sinh" });
  otherFarmer = await createTestUser(db, { role: "seller", name: "Nhà vườn khác" });
  buyer = await createTestUser(db, { role: "buyer" });
  tmp = await mkdtemp(path.join(tmpdir(), "cp-uploads-"));
  disk = new LocalDiskStorage(path.join(tmp, "disk"));
  s3rver = new S3rver({
    port: 0,
    address: "127.0.0.1",
    silent: true,
    directory: path.join(tmp, "s3"),
    configureBuckets: [{ name: "photos", configs: [] }],
  });
  const { port } = await s3rver.run();
  s3 = new S3Storage({
    bucket: "photos",
    endpoint: `http://127.0.0.1:${port}`,
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
  });
});

afterAll(async () => {
  s3?.destroy();
  await s3rver?.close();
  await rm(tmp, { recursive: true, force: true });
  await db.$disconnect();
});

describe.each([
  ["local disk", () => disk as ImageStorage],
  ["S3 (s3rver)", () => s3 as ImageStorage],
])("storing a photo on %s", (_name, storage) => {
  it("accepts a PNG renamed .exe by its bytes and stores WebP copies at 320/640 and its own width", async () => {
    const stored = await storeUpload(db, storage(), farmer, await png());
    expect(stored.variants.map((v) => v.width)).toEqual([320, 640, 900]);
    expect(stored).toMatchObject({ width: 900, height: 600, url: stored.variants[2]!.path });
    const row = await db.upload.findUniqueOrThrow({ where: { id: stored.id } });
    expect(row).toMatchObject({
      ownerId: farmer.id,
      mime: "image/webp",
      width: 900,
      height: 600,
      path: stored.url,
    });
    for (const v of stored.variants) {
      const key = v.path.replace("/media/", "");
      const got = await storage().get(key);
      expect(got?.contentType).toBe("image/webp");
      const meta = await sharp(got!.bytes).metadata();
      expect({ format: meta.format, width: meta.width, height: meta.height }).toEqual({
        format: "webp",
        width: v.width,
        height: v.height,
      });
    }
  });

  it("turns a sideways phone JPEG upright and strips its EXIF and GPS position", async () => {
    const input = await gpsJpeg();
    expect(hasGps((await sharp(input).metadata()).exif)).toBe(true);
    const stored = await storeUpload(db, storage(), farmer, input);
    // 2000×1500 stored with orientation 6 is a 1500×2000 portrait once upright; never enlarged past 1280.
    expect(stored.variants.map((v) => [v.width, v.height])).toEqual([
      [320, 427],
      [640, 853],
      [1280, 1707],
    ]);
    for (const v of stored.variants) {
      const got = await storage().get(v.path.replace("/media/", ""));
      const meta = await sharp(got!.bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(meta.orientation).toBeUndefined();
    }
  });

  it("refuses HTML renamed .jpg, an SVG with a script, 12 MB and a truncated JPEG, storing nothing", async () => {
    const before = await db.upload.count({ where: { ownerId: farmer.id } });
    const html = Buffer.from("<!doctype html><html><script>alert(1)</script></html>");
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(12 * 1024 * 1024)]);
    const jpeg = await gpsJpeg();
    const truncated = jpeg.subarray(0, Math.floor(jpeg.length / 2));
    const cases = [
      [html, "Chỉ nhận ảnh JPEG, PNG hoặc WebP"],
      [svg, "Chỉ nhận ảnh JPEG, PNG hoặc WebP"],
      [big, "Ảnh quá lớn (tối đa 10 MB)"],
      [truncated, "Ảnh bị hỏng hoặc chưa tải lên hết, vui lòng chụp hoặc chọn lại"],
    ] as const;
    for (const [bytes, message] of cases) {
      const e = await failureOf(storeUpload(db, storage(), farmer, bytes));
      expect({ kind: e.kind, message: e.message }).toEqual({ kind: "BAD_REQUEST", message });
    }
    expect(await db.upload.count({ where: { ownerId: farmer.id } })).toBe(before);
  });

  it("serves a stored photo with a year-long immutable cache, its type and nosniff; other keys are 404", async () => {
    const stored = await storeUpload(db, storage(), farmer, await png());
    const key = stored.url.replace("/media/", "");
    const res = await mediaResponse(new Request(`http://x${stored.url}`), [key], { storage: storage() });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("image/webp");
    expect(res.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect((await sharp(Buffer.from(await res.arrayBuffer())).metadata()).width).toBe(stored.width);
    for (const bad of [["..", "..", "etc", "passwd"], ["../secret.webp"], ["abc.svg"], ["missing-1.webp"]]) {
      const r = await mediaResponse(new Request("http://x/media/x"), bad, { storage: storage() });
      expect(r.status).toBe(404);
    }
  });
});

describe("local disk storage", () => {
  it("never reads or writes outside its folder", async () => {
    await expect(disk.put("../escape.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow();
    await expect(disk.put("a/b.webp", new Uint8Array([1]), "image/webp")).rejects.toThrow();
    expect(await disk.get("../../etc/passwd")).toBeNull();
    expect(await readdir(tmp)).not.toContain("escape.webp");
  });
});

describe("POST /api/uploads (uploadImageResponse)", () => {
  const post = async (
    user: SessionUser | null,
    body: BodyInit | null,
    headers: Record<string, string> = {},
  ) => {
    const res = await uploadImageResponse(
      new Request("http://127.0.0.1:3001/api/uploads", { method: "POST", body, headers }),
      { storage: disk, context: async () => contextFor(db, user) },
    );
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };
  const form = (bytes: Uint8Array, name = "anh.exe") => {
    const f = new FormData();
    f.set("photo", new File([new Uint8Array(bytes)], name, { type: "application/octet-stream" }));
    return f;
  };

  it("answers 401 to an anonymous caller and 403 to a buyer, storing nothing", async () => {
    const bytes = await png();
    expect((await post(null, form(bytes))).status).toBe(401);
    const asBuyer = await post(buyer, form(bytes));
    expect(asBuyer).toEqual({ status: 403, body: { message: "Bạn không có quyền thực hiện thao tác này." } });
    expect(await db.upload.count({ where: { ownerId: buyer.id } })).toBe(0);
  });

  it("stores a farm's photo and answers 201 with its id, URL, size and copies", async () => {
    const res = await post(farmer, form(await png()));
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ width: 900, height: 600 });
    expect(String(res.body.url)).toMatch(/^\/media\/[a-f0-9]{24}-900\.webp$/);
    expect(await db.upload.findUnique({ where: { id: String(res.body.id) } })).not.toBeNull();
  });

  it("answers 413 past 10 MB, 400 for HTML or a truncated JPEG, never a 500", async () => {
    const big = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), randomBytes(MAX_UPLOAD_BYTES + 10)]);
    expect((await post(farmer, form(big))).status).toBe(413);
    const html = await post(farmer, form(Buffer.from("<html><body>hi</body></html>"), "anh.jpg"));
    expect(html).toEqual({ status: 400, body: { message: "Chỉ nhận ảnh JPEG, PNG hoặc WebP" } });
    const jpeg = await gpsJpeg();
    expect((await post(farmer, form(jpeg.subarray(0, 4000)))).status).toBe(400);
    expect(
      (await post(farmer, "photo=abc", { "content-type": "multipart/form-data; boundary=x" })).status,
    ).toBe(400);
    expect((await post(farmer, new FormData())).status).toBe(400);
  });

  it("refuses a form posted from another site", async () => {
    const res = await post(farmer, form(await png()), { origin: "https://evil.example" });
    expect(res.status).toBe(403);
  });
});

describe("uploads.setListingPhotos", () => {
  let shopId: string;
  let mine: string[];
  let theirs: string;

  beforeAll(async () => {
    const shop = await db.shop.create({
      data: {
        slug: `shop-${farmer.id.slice(-12)}`,
        name: "Ớt Đại Dực",
        provinceCode: "22",
        communeName: "Đại Dực",
        ownerId: farmer.id,
      },
    });
    shopId = shop.id;
    mine = [];
    for (let i = 0; i < 9; i++) mine.push((await storeUpload(db, disk, farmer, await png())).id);
    theirs = (await storeUpload(db, disk, otherFarmer, await png())).id;
  });

  it("sets a draft listing's photos in the farm's order, with sizes and copies, and audits it", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft", title: "Ớt chào mào Đại Dực" });
    const order = [mine[2]!, mine[0]!, mine[1]!];
    const out = await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: order });
    const uploads = await Promise.all(order.map((id) => db.upload.findUniqueOrThrow({ where: { id } })));
    expect(out.pendingReview).toBe(false);
    expect(out.images.map((i) => i.path)).toEqual(uploads.map((u) => u.path));
    expect(await photoRows(draft.id)).toEqual(
      uploads.map((u, position) => ({
        position,
        path: u.path,
        alt: "Ớt chào mào Đại Dực",
        width: 900,
        height: 600,
        variants: u.variants,
        uploadId: u.id,
      })),
    );
    expect((await photoRows(draft.id))[0]!.variants).toHaveLength(3);
    const row = await db.product.findUniqueOrThrow({ where: { id: draft.id } });
    expect(row.version).toBe(2);
    const audit = await db.auditLog.findFirst({
      where: { entityId: draft.id, action: "listing.photos_set" },
    });
    expect(audit).toMatchObject({ actorId: farmer.id, actorRole: "owner", entityType: "Product" });
    const view = await as(farmer).uploads.forListing({ productId: draft.id });
    expect(view.photos.map((p) => p.uploadId)).toEqual(order);

    // Reordering replaces the rows in one go: still one cover, positions 0..n-1, nothing left behind.
    const reordered = [mine[1]!, mine[2]!];
    await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: reordered, version: 2 });
    const after = await photoRows(draft.id);
    expect(after.map((r) => [r.position, r.uploadId])).toEqual([
      [0, mine[1]],
      [1, mine[2]],
    ]);
  });

  it("lets a helper reorder the farmer's photos on the listing, but not add the farmer's other photos", async () => {
    const helper = await createTestUser(db, { role: "seller", name: "Cán bộ số thôn" });
    await db.shopHelper.create({ data: { shopId, userId: helper.id, grantedById: farmer.id } });
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[0]!, mine[1]!] });
    await as(helper).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[1]!, mine[0]!] });
    expect((await photoRows(draft.id)).map((r) => r.uploadId)).toEqual([mine[1], mine[0]]);
    const e = await failureOf(
      as(helper).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[1]!, mine[7]!] }),
    );
    expect(e.code).toBe("NOT_FOUND");
    expect((await photoRows(draft.id)).map((r) => r.uploadId)).toEqual([mine[1], mine[0]]);
  });

  it("refuses another farm's photo with a clear message, and a ninth photo as bad input", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[8]!] });
    const e = await failureOf(
      as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[8]!, theirs] }),
    );
    expect({ code: e.code, message: e.message }).toEqual({
      code: "NOT_FOUND",
      message: "Ảnh không tồn tại hoặc không phải ảnh bạn đã tải lên",
    });
    // Nothing half-written: the photo that was there is still the only one.
    expect((await photoRows(draft.id)).map((r) => r.uploadId)).toEqual([mine[8]]);
    const nine = await failureOf(
      as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: mine }),
    );
    expect(nine.code).toBe("BAD_REQUEST");
    expect(nine.message).toContain("Mỗi sản phẩm tối đa 8 ảnh");
    expect((await photoRows(draft.id)).map((r) => r.uploadId)).toEqual([mine[8]]);
  });

  it("answers not found for another farm's listing, even with the caller's own photos", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    const e = await failureOf(
      as(otherFarmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [theirs] }),
    );
    expect(e.code).toBe("NOT_FOUND");
  });

  it("puts an approved listing's new photos up for review and leaves the catalog's photos as they were", async () => {
    const live = await createProduct(db, shopId, { listingStatus: "approved", title: "Ớt chào mào" });
    await db.product.update({
      where: { id: live.id },
      data: {
        images: { create: { position: 0, path: "/media/old-1280.webp", width: 1280, height: 960 } },
        pendingRevision: { title: "Ớt chào mào sấy" },
        revisionSubmittedAt: new Date(),
      },
    });
    const out = await as(farmer).uploads.setListingPhotos({ productId: live.id, uploadIds: [mine[3]!] });
    expect(out.pendingReview).toBe(true);
    expect((await photoRows(live.id)).map((r) => r.path)).toEqual(["/media/old-1280.webp"]);
    const row = await db.product.findUniqueOrThrow({ where: { id: live.id } });
    const upload = await db.upload.findUniqueOrThrow({ where: { id: mine[3]! } });
    expect(row.pendingRevision).toEqual({
      title: "Ớt chào mào sấy",
      images: [
        {
          path: upload.path,
          alt: "Ớt chào mào",
          width: 900,
          height: 600,
          variants: upload.variants,
          uploadId: upload.id,
        },
      ],
    });
    // The proposal changed, so it has to be sent for review again.
    expect(row.revisionSubmittedAt).toBeNull();
    const view = await as(farmer).uploads.forListing({ productId: live.id });
    expect(view).toMatchObject({ pendingReview: true, photos: [{ uploadId: upload.id, width: 900 }] });
  });

  it("links a photo row migrated from the old path list (no upload id) to its upload by path", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    const upload = await db.upload.findUniqueOrThrow({ where: { id: mine[5]! } });
    await db.productImage.createMany({
      data: [
        { productId: draft.id, position: 0, path: upload.path },
        { productId: draft.id, position: 1, path: "/img/products/ot.svg" },
      ],
    });
    const view = await as(farmer).uploads.forListing({ productId: draft.id });
    expect(view.photos).toMatchObject([
      { path: upload.path, uploadId: upload.id, width: 900, height: 600 },
      { path: "/img/products/ot.svg", uploadId: null, width: null, variants: [] },
    ]);
    expect(view.photos[0]!.variants.map((v) => v.width)).toEqual([320, 640, 900]);
  });

  it("refuses a save made against an older version of the listing", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[4]!], version: 1 });
    const e = await failureOf(
      as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[5]!], version: 1 }),
    );
    expect(e.code).toBe("CONFLICT");
  });

  it("adds a photo from a plain form (no JavaScript) to the end of the listing and sends the farmer back", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    await as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [mine[6]!] });
    const back = `/seller/listings/${draft.id}/photos`;
    const send = async (bytes: Uint8Array) => {
      const f = new FormData();
      f.set("photo", new File([new Uint8Array(bytes)], "IMG_0001.JPG", { type: "image/jpeg" }));
      const url = `http://127.0.0.1:3001/api/uploads?san-pham=${draft.id}&back=${encodeURIComponent(back)}`;
      return uploadImageResponse(new Request(url, { method: "POST", body: f }), {
        storage: disk,
        context: async () => contextFor(db, farmer),
      });
    };
    const ok = await send(await gpsJpeg());
    expect({ status: ok.status, location: ok.headers.get("location") }).toEqual({
      status: 303,
      location: `${back}?ket-qua=uploaded`,
    });
    const rows = await photoRows(draft.id);
    expect(rows).toHaveLength(2);
    expect(rows[0]!.uploadId).toBe(mine[6]);
    // The phone photo was sideways: it is stored upright, and the row says so.
    expect(rows[1]).toMatchObject({ width: 1280, height: 1707 });
    const broken = await send(Buffer.from("<html></html>"));
    expect(broken.headers.get("location")).toBe(`${back}?ket-qua=unsupported`);
  });

  it("lists the caller's own recent uploads only", async () => {
    const recent = await as(farmer).uploads.mine();
    expect(recent.length).toBeGreaterThanOrEqual(9);
    expect(recent.map((u) => u.id)).not.toContain(theirs);
  });
});
