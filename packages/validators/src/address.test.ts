import { describe, expect, it } from "vitest";
import {
  addressSnapshotOf,
  formatAddressLine,
  resolveAddressWard,
  ZAddress,
  ZAddressCreateInput,
} from "./address";
import { ZPlaceOrderInput } from "./checkout";

const HANOI = {
  recipientName: "Nguyễn Thu Hà",
  phone: "0912 345 678",
  provinceCode: "01",
  wardCode: "00004", // Phường Ba Đình
  street: "12 Phố Điện Biên Phủ",
};

const messagesOf = (r: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) => (r.error?.issues ?? []).map((i) => [i.path.join("."), i.message]);

describe("delivery address ward", () => {
  it("keeps the official code and writes the official name beside it", () => {
    expect(ZAddress.parse(HANOI)).toEqual({
      recipientName: "Nguyễn Thu Hà",
      phone: "+84912345678",
      provinceCode: "01",
      wardCode: "00004",
      ward: "Phường Ba Đình",
      street: "12 Phố Điện Biên Phủ",
    });
    // A name sent beside the code is ignored: the official name comes from the list.
    expect(ZAddress.parse({ ...HANOI, ward: "<b>Phường Giả</b>" }).ward).toBe("Phường Ba Đình");
  });

  it("refuses a code that is not in the official list", () => {
    for (const wardCode of ["99999", "0004", "00004; drop", "abcde"]) {
      const r = ZAddress.safeParse({ ...HANOI, wardCode });
      expect(messagesOf(r), wardCode).toEqual([["wardCode", "Vui lòng chọn phường/xã trong danh sách"]]);
    }
  });

  it("refuses a ward of another province, naming both", () => {
    const r = ZAddress.safeParse({ ...HANOI, wardCode: "06877" }); // Xã Đông Ngũ, Quảng Ninh
    expect(messagesOf(r)).toEqual([
      ["wardCode", "Xã Đông Ngũ thuộc Quảng Ninh, không thuộc Hà Nội. Vui lòng chọn lại phường/xã"],
    ]);
    expect(ZAddress.safeParse({ ...HANOI, provinceCode: "22", wardCode: "06877" }).success).toBe(true);
  });

  it("asks for a ward when none is picked, alongside the other fields' problems", () => {
    const r = ZAddressCreateInput.safeParse({ ...HANOI, wardCode: "", recipientName: " " });
    expect(messagesOf(r)).toEqual([
      ["recipientName", "Vui lòng nhập tên người nhận"],
      ["wardCode", "Vui lòng chọn phường/xã"],
    ]);
  });

  it("accepts an older client's exact official name, and refuses a pre-reform or unknown one", () => {
    const { wardCode: _, ...noCode } = HANOI;
    for (const ward of ["Phường Ba Đình", "phường  ba đình", "Ba Đình", "Phu\u031bo\u031b\u0300ng Ba Đình"]) {
      expect(ZAddress.parse({ ...noCode, ward }), ward).toMatchObject({
        wardCode: "00004",
        ward: "Phường Ba Đình",
      });
    }
    // Đại Dực commune was merged into Đông Ngũ in July 2025: the old name is not in the list.
    const old = ZAddress.safeParse({ ...noCode, provinceCode: "22", ward: "Xã Đại Dực" });
    expect(messagesOf(old)).toEqual([
      [
        "wardCode",
        "Không có “Xã Đại Dực” trong danh sách phường/xã của Quảng Ninh. Vui lòng chọn phường/xã trong danh sách",
      ],
    ]);
    // Another province's ward by name is not this province's.
    expect(resolveAddressWard("01", { ward: "Xã Đông Ngũ" })).toHaveProperty("error");
  });

  it("is the address of an order: a bad ward refuses the whole order input", () => {
    const order = {
      idempotencyKey: "7c1d2f9e-8a5b-4c3d-9e2f-1a2b3c4d5e6f",
      lines: [{ productId: "p1", quantity: 1, priceVnd: 50_000 }],
    };
    expect(ZPlaceOrderInput.parse({ ...order, address: HANOI }).address.wardCode).toBe("00004");
    expect(
      messagesOf(ZPlaceOrderInput.safeParse({ ...order, address: { ...HANOI, wardCode: "06877" } })),
    ).toEqual([
      ["address.wardCode", "Xã Đông Ngũ thuộc Quảng Ninh, không thuộc Hà Nội. Vui lòng chọn lại phường/xã"],
    ]);
  });
});

describe("address snapshot line", () => {
  it("shows an order placed from the official list with the ward's official name", () => {
    const snapshot = addressSnapshotOf(ZAddress.parse({ ...HANOI, provinceCode: "22", wardCode: "06877" }));
    expect(snapshot.wardCode).toBe("06877");
    expect(formatAddressLine(snapshot)).toBe("12 Phố Điện Biên Phủ, Xã Đông Ngũ, Quảng Ninh");
  });

  it("shows an old free-text snapshot exactly as it was entered", () => {
    const old = {
      recipientName: "Triệu Thị Hường",
      phone: "+84912345678",
      provinceCode: "22",
      ward: "xã Đại Dực (cũ), gần chợ phiên",
      street: "Thôn Khe Vằn",
    };
    const snapshot = addressSnapshotOf(old);
    expect(snapshot).toEqual(old);
    expect(formatAddressLine(snapshot)).toBe("Thôn Khe Vằn, xã Đại Dực (cũ), gần chợ phiên, Quảng Ninh");
  });

  it("reads a damaged or partial snapshot without throwing", () => {
    expect(formatAddressLine(addressSnapshotOf(null))).toBe("");
    expect(formatAddressLine(addressSnapshotOf({ street: "Bản Nà Pò", ward: 7, provinceCode: "99" }))).toBe(
      "Bản Nà Pò, 99",
    );
  });
});
