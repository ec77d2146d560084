import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { SessionUser } from "@cho-phien/auth";
import type { Db } from "@cho-phien/db";
import { BANKS } from "@cho-phien/validators/banks";
import { SHOPS_PER_OWNER_MAX, type TOpenShopInput, ZOpenShopInput } from "@cho-phien/validators/shops";
import sharp from "sharp";
import { Banks as VietQrBanks } from "vietnam-qr-pay";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { uploadImageResponse } from "../../http/upload-handler";
import { createCaller } from "../../root";
import { contextFor, createTestUser } from "../../test/auth-fixtures";
import { checkoutTestDb, failure } from "../../test/checkout-fixtures";
import { LocalDiskStorage } from "../uploads/local-disk-storage";
import { openShop, SHOP_PHOTO_NOT_YOURS_MESSAGE } from "./open-shop";

/**
 * "Mở gian hàng": any signed-in user opens a shop with an official ward, a VietQR bank account and a contact
 * phone; a buyer becomes a seller; the payout account is only ever shown masked, and only to the shop's own
 * managers; a double tap opens one shop; a failure leaves nothing behind.
 */

let db: Db;
const as = (user: SessionUser | null) => createCaller(contextFor(db, user));
/** The user as the next request's session sees them: the role is read from the database. */
const reloaded = async (user: SessionUser): Promise<SessionUser> => ({
  ...user,
  role: (await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { role: true } })).role,
});

const uid = () => Math.random().toString(36).slice(2, 8);

/** Xã Đông Ngũ (06877), Quảng Ninh (22) — Đại Dực's commune since the July 2025 merger. */
function shopInput(over: Partial<TOpenShopInput> = {}): TOpenShopInput {
  return {
    name: `Ớt chào mào Đông Ngũ ${uid()}`,
    story: "Ớt trồng trên nương, hái tay.",
    provinceCode: "22",
    wardCode: "06877",
    addressLine: "Thôn Khe Lục",
    phone: "0912 345 678",
    payout: { bankBin: "970405", accountNo: "1234 5678 6789", accountName: "Triệu Văn Sinh" },
    freeShippingThresholdVnd: "300.000",
    ...over,
  };
}

async function shopsOwnedBy(userId: string) {
  return db.shop.findMany({ where: { ownerId: userId }, orderBy: { createdAt: "asc" } });
}

beforeAll(() => {
  db = checkoutTestDb(4);
});
afterAll(async () => {
  await db.$disconnect();
});

describe("shops.open", () => {
  it("opens a shop in an official ward and stores the ward code, payout account and threshold", async () => {
    const buyer = await createTestUser(db, { role: "buyer", name: "Triệu Văn Sinh" });
    const input = shopInput();
    const opened = await as(buyer).shops.open(input);

    expect(opened).toMatchObject({ created: true, role: "seller" });
    const shop = await db.shop.findUniqueOrThrow({ where: { id: opened.id } });
    expect(shop).toMatchObject({
      name: input.name,
      slug: opened.slug,
      ownerId: buyer.id,
      provinceCode: "22",
      wardCode: "06877",
      communeName: "Xã Đông Ngũ",
      addressLine: "Thôn Khe Lục",
      phone: "+84912345678",
      payoutBankBin: "970405",
      payoutAccountNo: "123456786789",
      payoutAccountName: "TRIEU VAN SINH",
      freeShippingThresholdVnd: 300_000,
      photoPath: null,
      active: true,
    });
    expect(opened.slug).toMatch(/^ot-chao-mao-dong-ngu-[a-z0-9]+$/);

    const audit = await db.auditLog.findMany({ where: { entityType: "shop", entityId: shop.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: "shop.opened", actorId: buyer.id, actorRole: "owner" });
    expect(audit[0]!.data).toMatchObject({ wardCode: "06877", payoutAccount: "•••• 6789" });
    expect(JSON.stringify(audit[0]!.data)).not.toContain("123456786789");
  });

  it("makes a buyer a seller, so their next request may manage the shop", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    expect((await failure(as(buyer).shops.mine()))!).toMatchObject({ code: "FORBIDDEN" });

    const opened = await as(buyer).shops.open(shopInput());

    const next = await reloaded(buyer);
    expect(next.role).toBe("seller");
    const mine = await as(next).shops.mine();
    expect(mine.map((s) => s.id)).toEqual([opened.id]);
    expect(mine[0]).toMatchObject({
      relation: "owner",
      communeName: "Xã Đông Ngũ",
      provinceName: "Quảng Ninh",
    });
  });

  it("leaves a reviewer's and an admin's role as it was", async () => {
    for (const role of ["reviewer", "admin"] as const) {
      const user = await createTestUser(db, { role });
      const opened = await as(user).shops.open(shopInput());
      expect(opened.role).toBe(role);
      expect((await reloaded(user)).role).toBe(role);
    }
  });

  it("refuses a ward of another province, an unknown bank, a bad account number and a 10,000-character name", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const cases: [Partial<TOpenShopInput>, string][] = [
      [{ wardCode: "00004" }, "Phường/xã đã chọn không thuộc tỉnh/thành phố này"],
      [{ wardCode: "99999" }, "Vui lòng chọn phường/xã trong danh sách"],
      [
        { payout: { bankBin: "999999", accountNo: "123456789", accountName: "A" } },
        "Vui lòng chọn ngân hàng trong danh sách",
      ],
      [
        { payout: { bankBin: "970436", accountNo: "12-34", accountName: "A" } },
        "Số tài khoản gồm 6–19 chữ số",
      ],
      [{ name: "Ớ".repeat(10_000) }, "Tên gian hàng tối đa 80 ký tự"],
      [{ phone: "12345" }, "Số điện thoại di động Việt Nam không hợp lệ"],
    ];
    for (const [over, message] of cases) {
      const err = (await failure(as(buyer).shops.open(shopInput(over))))!;
      expect(err.code, message).toBe("BAD_REQUEST");
      expect(err.message).toContain(message);
    }
    expect(await shopsOwnedBy(buyer.id)).toEqual([]);
    expect((await reloaded(buyer)).role).toBe("buyer");
  });

  it("stores markup in a shop name as inert text", async () => {
    const seller = await createTestUser(db, { role: "seller" });
    const name = `<script>alert("x")</script><img src=x onerror=alert(1)> ${uid()}`;
    const opened = await as(seller).shops.open(shopInput({ name }));
    const shop = await db.shop.findUniqueOrThrow({ where: { id: opened.id } });
    expect(shop.name).toBe(name);
    expect(shop.slug).toMatch(/^[a-z0-9-]+$/);
    expect(shop.slug.startsWith("script-alert-x-script-img-src-x-onerror-alert-1")).toBe(true);
  });

  it("gives a second shop with a taken name a suffixed slug", async () => {
    const name = `Chè Shan Tuyết ${uid()}`;
    const a = await as(await createTestUser(db, { role: "seller" })).shops.open(shopInput({ name }));
    const b = await as(await createTestUser(db, { role: "seller" })).shops.open(shopInput({ name }));
    expect(a.slug).toMatch(/^che-shan-tuyet-[a-z0-9]+$/);
    expect(b.slug).not.toBe(a.slug);
    expect(b.slug.startsWith(`${a.slug}-`)).toBe(true);
  });

  it("opens one shop when the same form is submitted twice, one after the other or at once", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const input = shopInput();
    const first = await as(buyer).shops.open(input);
    const again = await as(await reloaded(buyer)).shops.open(input);
    expect(again).toMatchObject({ id: first.id, created: false, role: "seller" });

    const other = await createTestUser(db, { role: "buyer" });
    const twice = await Promise.all([as(other).shops.open(input), as(other).shops.open(input)]);
    expect(twice[0].id).toBe(twice[1].id);
    expect(twice.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await shopsOwnedBy(other.id)).toHaveLength(1);
    expect(await db.auditLog.count({ where: { entityType: "shop", entityId: twice[0].id } })).toBe(1);
  });

  it(`refuses a ${SHOPS_PER_OWNER_MAX + 1}th shop with a clear conflict`, async () => {
    const seller = await createTestUser(db, { role: "seller" });
    for (let i = 0; i < SHOPS_PER_OWNER_MAX; i++) await as(seller).shops.open(shopInput());
    const err = (await failure(as(seller).shops.open(shopInput())))!;
    expect(err).toMatchObject({ code: "CONFLICT" });
    expect(err.message).toContain(`tối đa ${SHOPS_PER_OWNER_MAX} gian hàng`);
    expect(await shopsOwnedBy(seller.id)).toHaveLength(SHOPS_PER_OWNER_MAX);
  });

  it("writes nothing — no shop, no role change — when the transaction fails midway", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    // The audit write (the last step) fails: the shop and the role change must roll back with it.
    const failingAudit = new Proxy(db, {
      get(target, key) {
        if (key !== "$transaction") return Reflect.get(target, key);
        return (fn: (tx: unknown) => Promise<unknown>, opts: unknown) =>
          target.$transaction(
            (tx) =>
              fn(
                new Proxy(tx, {
                  get(t, k) {
                    if (k !== "auditLog") return Reflect.get(t, k);
                    return {
                      findFirst: (args: never) => t.auditLog.findFirst(args),
                      create: () => Promise.reject(new Error("disk full")),
                    };
                  },
                }),
              ),
            opts as never,
          );
      },
    });
    await expect(
      openShop(failingAudit, { id: buyer.id, role: "buyer" }, ZOpenShopInput.parse(shopInput())),
    ).rejects.toThrow("disk full");
    expect(await shopsOwnedBy(buyer.id)).toEqual([]);
    expect((await reloaded(buyer)).role).toBe("buyer");
  });

  it("asks anonymous callers to sign in", async () => {
    expect((await failure(as(null).shops.open(shopInput())))!).toMatchObject({
      code: "UNAUTHORIZED",
    });
  });
});

describe("the shop photo", () => {
  let tmp: string;
  let storage: LocalDiskStorage;
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(tmpdir(), "cp-shop-photo-"));
    storage = new LocalDiskStorage(tmp);
  });
  afterAll(async () => {
    await rm(tmp, { recursive: true, force: true });
  });

  /** A phone photo posted to /api/uploads the way /mo-gian-hang posts it (`?anh-gian-hang`, `back` without JS). */
  async function uploadShopPhoto(user: SessionUser, back?: string) {
    const bytes = await sharp({ create: { width: 1000, height: 750, channels: 3, background: "#4a7" } })
      .jpeg()
      .toBuffer();
    const f = new FormData();
    f.set("photo", new File([new Uint8Array(bytes)], "IMG_0042.JPG", { type: "image/jpeg" }));
    const query = back ? `?anh-gian-hang=1&back=${encodeURIComponent(back)}` : "?anh-gian-hang=1";
    return uploadImageResponse(
      new Request(`http://127.0.0.1:3001/api/uploads${query}`, { method: "POST", body: f }),
      {
        storage,
        context: async () => contextFor(db, user),
      },
    );
  }

  it("lets a buyer opening a shop upload its photo and stores the photo's path on the shop", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const res = await uploadShopPhoto(buyer);
    expect(res.status).toBe(201);
    const upload = (await res.json()) as { id: string; url: string };
    expect(upload.url).toMatch(/^\/media\/[0-9a-f]+-1000\.webp$/);

    const opened = await as(buyer).shops.open(shopInput({ photoUploadId: upload.id }));
    const shop = await db.shop.findUniqueOrThrow({ where: { id: opened.id } });
    expect(shop.photoPath).toBe(upload.url);
    expect((await as(null).shops.bySlug({ slug: opened.slug })).photoPath).toBe(upload.url);
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityType: "shop", entityId: shop.id } });
    expect(audit.data).toMatchObject({ photoPath: upload.url });
  });

  it("sends a plain form (no JavaScript) back to the open-shop page with the new photo's id", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const res = await uploadShopPhoto(buyer, "/mo-gian-hang?tinh=22");
    expect(res.status).toBe(303);
    const location = new URL(res.headers.get("location")!, "http://x");
    expect(location.pathname).toBe("/mo-gian-hang");
    expect(location.searchParams.get("tinh")).toBe("22");
    expect(location.searchParams.get("ket-qua")).toBe("uploaded");
    const id = location.searchParams.get("anh")!;
    expect(await db.upload.findUniqueOrThrow({ where: { id } })).toMatchObject({ ownerId: buyer.id });
    // A `back` to another site is never followed.
    const away = await uploadShopPhoto(buyer, "//evil.example/steal");
    expect(away.headers.get("location")).toMatch(/^\/mo-gian-hang\?anh=/);
  });

  it("refuses another user's upload, and a made-up one, with a clear message and opens nothing", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const neighbour = await createTestUser(db, { role: "seller" });
    const theirs = (await (await uploadShopPhoto(neighbour)).json()) as { id: string };
    for (const photoUploadId of [theirs.id, "no-such-upload"]) {
      const err = (await failure(as(buyer).shops.open(shopInput({ photoUploadId }))))!;
      expect(err).toMatchObject({ code: "BAD_REQUEST", message: SHOP_PHOTO_NOT_YOURS_MESSAGE });
    }
    const malformed = (await failure(as(buyer).shops.open(shopInput({ photoUploadId: "../../etc" }))))!;
    expect(malformed).toMatchObject({ code: "BAD_REQUEST" });
    expect(malformed.message).toContain("Ảnh gian hàng không hợp lệ");
    expect(await shopsOwnedBy(buyer.id)).toEqual([]);
    expect((await reloaded(buyer)).role).toBe("buyer");
  });

  it("still refuses a buyer's listing photo: only the shop photo is open to every signed-in user", async () => {
    const buyer = await createTestUser(db, { role: "buyer" });
    const f = new FormData();
    f.set("photo", new File([new Uint8Array(8)], "a.jpg", { type: "image/jpeg" }));
    const res = await uploadImageResponse(
      new Request("http://127.0.0.1:3001/api/uploads?san-pham=abc&back=%2Fseller", {
        method: "POST",
        body: f,
      }),
      { storage, context: async () => contextFor(db, buyer) },
    );
    expect(res.status).toBe(403);
  });
});

describe("shops.payout", () => {
  it("shows the payout account masked, to the owner only", async () => {
    const owner = await createTestUser(db, { role: "buyer" });
    const opened = await as(owner).shops.open(
      shopInput({ payout: { bankBin: "970436", accountNo: "0071000123456789", accountName: "Lò Thị Mai" } }),
    );
    const payout = await as(await reloaded(owner)).shops.payout({ shopId: opened.id });
    expect(payout).toEqual({
      shopId: opened.id,
      bankBin: "970436",
      bankName: "Vietcombank",
      accountMasked: "•••• 6789",
      accountName: "LO THI MAI",
    });
    expect(JSON.stringify(payout)).not.toContain("0071000123456789");

    const otherSeller = await createTestUser(db, { role: "seller" });
    const theirs = (await failure(as(otherSeller).shops.payout({ shopId: opened.id })))!;
    const unknown = (await failure(as(otherSeller).shops.payout({ shopId: "no-such-shop" })))!;
    expect(theirs).toMatchObject({ code: "NOT_FOUND" });
    expect(theirs.message).toBe(unknown.message);
  });
});

describe("shops.wards", () => {
  it("lists a province's official wards for the picker, to anyone", async () => {
    const wards = await as(null).shops.wards({ provinceCode: "22" });
    expect(wards).toContainEqual({ code: "06877", name: "Xã Đông Ngũ" });
    expect(wards.length).toBeGreaterThan(40);
    expect((await failure(as(null).shops.wards({ provinceCode: "99" })))!).toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});

describe("the payout bank list", () => {
  it("names banks by their real VietQR BINs", () => {
    for (const bank of BANKS) {
      expect(
        VietQrBanks.find((b) => b.bin === bank.bin),
        bank.shortName,
      ).toBeDefined();
    }
  });
});
