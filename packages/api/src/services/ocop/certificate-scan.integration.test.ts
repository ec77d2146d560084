import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mediaResponse } from "../../http/media-handler";
import { uploadImageResponse } from "../../http/upload-handler";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { checkoutTestDb, createProduct } from "../../test/checkout-fixtures";
import { applyPendingRevision } from "../listings/pending-revision";
import { LocalDiskStorage } from "../uploads/local-disk-storage";
import { storeCertificateScan } from "../uploads/store-certificate-scan";
import { storeUpload } from "../uploads/store-upload";

/**
 * The scan of an OCOP certificate: a PDF is kept as it is and served as a PDF only; a photo goes through the
 * photo pipeline; anything else is refused by its bytes. Only the caller's own upload can be attached, to a
 * listing of a shop they manage, and a scan for an OCOP change waiting for review waits with it.
 */

let db: Db;
let farmer: SessionUser;
let otherFarmer: SessionUser;
let tmp: string;
let disk: LocalDiskStorage;
let shopId: string;

const as = (user: SessionUser) => createCaller(contextFor(db, user));

/** A small but complete PDF: header, one empty page, trailer, %%EOF. */
const pdf = () =>
  Buffer.from(
    [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
      "",
    ].join("\n"),
  );

const png = () =>
  sharp({ create: { width: 800, height: 1100, channels: 3, background: "#f5f0e1" } })
    .png()
    .toBuffer();

const CLAIM = {
  stars: 4,
  decisionNumber: "3427/QĐ-UBND",
  issuingAuthority: "UBND tỉnh Quảng Ninh",
  issuingLevel: "province" as const,
  signedAt: new Date("2025-09-15T00:00:00Z"),
  expiresAt: new Date("2028-09-15T00:00:00Z"),
};

async function listingWithClaim(
  status: "draft" | "approved" = "draft",
  certStatus: "pending" | "verified" = "pending",
) {
  const product = await createProduct(db, shopId, { listingStatus: status, title: "Miến dong Bình Liêu" });
  await db.ocopCertificate.create({ data: { productId: product.id, ...CLAIM, status: certStatus } });
  return product;
}

/** The no-JavaScript form: POST /api/uploads?chung-nhan=<id> with the file in field `scan`. */
async function postScan(user: SessionUser, productId: string, bytes: Uint8Array, name = "chung-nhan.pdf") {
  const f = new FormData();
  f.set("scan", new File([new Uint8Array(bytes)], name, { type: "application/pdf" }));
  const url = `http://127.0.0.1:3001/api/uploads?chung-nhan=${productId}`;
  const res = await uploadImageResponse(new Request(url, { method: "POST", body: f }), {
    storage: disk,
    context: async () => contextFor(db, user),
  });
  return { status: res.status, location: res.headers.get("location") };
}

const scanOf = async (productId: string) =>
  (await db.ocopCertificate.findUniqueOrThrow({ where: { productId } })).scanPath;

beforeAll(async () => {
  db = checkoutTestDb(4);
  farmer = await createTestUser(db, { role: "seller", name: "Hoàng Thị Mai" });
  otherFarmer = await createTestUser(db, { role: "seller", name: "Nhà vườn khác" });
  tmp = await mkdtemp(path.join(tmpdir(), "cp-scans-"));
  disk = new LocalDiskStorage(path.join(tmp, "disk"));
  const shop = await db.shop.create({
    data: {
      slug: `shop-${farmer.id.slice(-12)}`,
      name: "HTX Miến dong Bình Liêu",
      provinceCode: "22",
      communeName: "Bình Liêu",
      ownerId: farmer.id,
    },
  });
  shopId = shop.id;
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
  await db.$disconnect();
});

describe("certificate scan upload (POST /api/uploads?chung-nhan=…)", () => {
  it("accepts a PDF as it is, sets it on the claim and serves it only as an inline PDF", async () => {
    const product = await listingWithClaim();
    const bytes = pdf();
    const res = await postScan(farmer, product.id, bytes);
    expect(res).toEqual({
      status: 303,
      location: `/seller/listings/${product.id}/chung-nhan?ket-qua=uploaded`,
    });
    const scanPath = await scanOf(product.id);
    expect(scanPath).toMatch(/^\/media\/cert-[a-f0-9]{24}\.pdf$/);
    const upload = await db.upload.findFirstOrThrow({ where: { path: scanPath! } });
    expect(upload).toMatchObject({ ownerId: farmer.id, mime: "application/pdf", bytes: bytes.byteLength });

    const served = await mediaResponse(
      new Request(`http://127.0.0.1:3000${scanPath}`),
      scanPath!.replace("/media/", ""),
      { storage: disk },
    );
    expect(served.status).toBe(200);
    expect(served.headers.get("content-type")).toBe("application/pdf");
    expect(served.headers.get("content-disposition")).toBe('inline; filename="chung-nhan-ocop.pdf"');
    expect(served.headers.get("x-content-type-options")).toBe("nosniff");
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    const audit = await db.auditLog.findFirstOrThrow({
      where: { entityType: "Product", entityId: product.id, action: "ocop.scan_set" },
    });
    expect(audit).toMatchObject({ actorId: farmer.id, actorRole: "owner" });
  });

  it("takes a photo of the certificate through the photo pipeline", async () => {
    const product = await listingWithClaim();
    const res = await postScan(farmer, product.id, await png(), "IMG_2024.JPG");
    expect(res.location).toMatch(/ket-qua=uploaded$/);
    expect(await scanOf(product.id)).toMatch(/^\/media\/[a-f0-9]{24}-800\.webp$/);
  });

  it("refuses an HTML page renamed .pdf and a cut-off PDF, storing nothing and keeping the scan on file", async () => {
    const product = await listingWithClaim();
    await postScan(farmer, product.id, pdf());
    const before = await scanOf(product.id);
    const uploads = await db.upload.count({ where: { ownerId: farmer.id } });

    const html = Buffer.from("<!doctype html><html><body><script>alert(1)</script></body></html>");
    expect((await postScan(farmer, product.id, html, "chung-nhan.pdf")).location).toMatch(
      /ket-qua=unsupported$/,
    );
    expect((await postScan(farmer, product.id, pdf().subarray(0, 60))).location).toMatch(/ket-qua=broken$/);
    expect(await db.upload.count({ where: { ownerId: farmer.id } })).toBe(uploads);
    expect(await scanOf(product.id)).toBe(before);

    const refused = await storeCertificateScan(db, disk, farmer, html).catch((e: Error) => e);
    expect(refused).toMatchObject({
      kind: "BAD_REQUEST",
      message: "Chỉ nhận ảnh chụp (JPEG, PNG, WebP) hoặc tệp PDF",
    });
  });

  it("refuses 12 MB, even when it is a real PDF", async () => {
    const product = await listingWithClaim();
    const big = Buffer.concat([
      Buffer.from("%PDF-1.4\n"),
      randomBytes(12 * 1024 * 1024),
      Buffer.from("\n%%EOF\n"),
    ]);
    expect((await postScan(farmer, product.id, big)).location).toMatch(/ket-qua=too_large$/);
    expect(await storeCertificateScan(db, disk, farmer, big).catch((e: Error) => e)).toMatchObject({
      kind: "BAD_REQUEST",
      reason: "TOO_LARGE",
    });
    expect(await scanOf(product.id)).toBeNull();
  });
});

describe("listings.setCertificateScan", () => {
  it("refuses another person's upload as not found, and accepts the caller's own", async () => {
    const product = await listingWithClaim();
    const theirs = await storeCertificateScan(db, disk, otherFarmer, pdf());
    await expect(
      as(farmer).listings.setCertificateScan({ productId: product.id, uploadId: theirs.id }),
    ).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "Không tìm thấy tệp bạn đã tải lên, vui lòng tải lại",
    });
    expect(await scanOf(product.id)).toBeNull();

    const mine = await storeCertificateScan(db, disk, farmer, pdf());
    const out = await as(farmer).listings.setCertificateScan({ productId: product.id, uploadId: mine.id });
    expect(out).toMatchObject({ scanPath: mine.url, pendingReview: false });
    expect(await scanOf(product.id)).toBe(mine.url);
  });

  it("answers not found for another farm's listing, even with the caller's own upload", async () => {
    const product = await listingWithClaim();
    const theirs = await storeCertificateScan(db, disk, otherFarmer, pdf());
    await expect(
      as(otherFarmer).listings.setCertificateScan({ productId: product.id, uploadId: theirs.id }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("asks for the certificate's details first when the listing claims no OCOP rating", async () => {
    const bare = await createProduct(db, shopId, { listingStatus: "draft" });
    const mine = await storeCertificateScan(db, disk, farmer, pdf());
    await expect(
      as(farmer).listings.setCertificateScan({ productId: bare.id, uploadId: mine.id }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("puts the scan with an approved listing's OCOP change waiting for review, and files it on approval", async () => {
    const product = await listingWithClaim("approved", "verified");
    const onFile = await storeCertificateScan(db, disk, farmer, pdf());
    await as(farmer).listings.setCertificateScan({ productId: product.id, uploadId: onFile.id });

    // The farm re-types the claim (a new decision): it waits in the pending revision.
    const view = await as(farmer).listings.byId({ productId: product.id });
    await db.product.update({
      where: { id: product.id },
      data: {
        pendingRevision: {
          ocop: {
            ...CLAIM,
            decisionNumber: "4001/QĐ-UBND",
            signedAt: CLAIM.signedAt.toISOString(),
            expiresAt: CLAIM.expiresAt.toISOString(),
            productGroup: null,
            producer: null,
          },
        },
      },
    });
    const newScan = await storeCertificateScan(db, disk, farmer, pdf());
    const out = await as(farmer).listings.setCertificateScan({ productId: product.id, uploadId: newScan.id });
    expect(out.pendingReview).toBe(true);
    expect(out.version).toBe(view.version + 1);
    const row = await db.product.findUniqueOrThrow({ where: { id: product.id } });
    expect((row.pendingRevision as { ocop: { scanPath: string } }).ocop.scanPath).toBe(newScan.url);
    // The certificate on sale keeps the scan it was verified with until the change is approved.
    expect(await scanOf(product.id)).toBe(onFile.url);
    expect((await as(farmer).listings.certificateScan({ productId: product.id })).scanPath).toBe(newScan.url);

    await db.$transaction((tx) => applyPendingRevision(tx, product.id));
    const cert = await db.ocopCertificate.findUniqueOrThrow({ where: { productId: product.id } });
    expect(cert).toMatchObject({ decisionNumber: "4001/QĐ-UBND", scanPath: newScan.url, status: "pending" });
  });

  it("never lets a PDF scan become a product photo or show in the photo picker", async () => {
    const draft = await createProduct(db, shopId, { listingStatus: "draft" });
    const scan = await storeCertificateScan(db, disk, farmer, pdf());
    await expect(
      as(farmer).uploads.setListingPhotos({ productId: draft.id, uploadIds: [scan.id] }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    const photo = await storeUpload(db, disk, farmer, await png());
    const picker = (await as(farmer).uploads.mine()).map((u) => u.id);
    expect(picker).toContain(photo.id);
    expect(picker).not.toContain(scan.id);
  });

  it("shows the page's view: the claim, where a new scan goes and the scan on file", async () => {
    const product = await listingWithClaim();
    expect(await as(farmer).listings.certificateScan({ productId: product.id })).toMatchObject({
      target: "certificate",
      claim: { stars: 4, decisionNumber: "3427/QĐ-UBND" },
      certificateStatus: "pending",
      scanPath: null,
      scanIsPdf: false,
    });
    const bare = await createProduct(db, shopId, { listingStatus: "draft" });
    expect(await as(farmer).listings.certificateScan({ productId: bare.id })).toMatchObject({
      target: null,
      claim: null,
    });
    await expect(as(otherFarmer).listings.certificateScan({ productId: product.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});
