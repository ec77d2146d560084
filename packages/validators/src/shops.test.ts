import { describe, expect, it } from "vitest";
import { bankByBin, maskAccountNo } from "./banks";
import { shopSlugBase, type TOpenShopInput, unaccentVi, ZOpenShopInput } from "./shops";

const valid: TOpenShopInput = {
  name: "  Ớt Đông Ngũ  ",
  story: "Ớt chào mào trồng trên nương.\r\n\r\n\r\n\r\nHái tay.",
  provinceCode: "22",
  wardCode: "06877",
  addressLine: "Thôn Khe Lục",
  phone: "0912 345 678",
  payout: { bankBin: "970405", accountNo: "1234 5678 6789", accountName: "Triệu Văn Sinh" },
  freeShippingThresholdVnd: "300.000",
};

const messages = (input: unknown) => {
  const r = ZOpenShopInput.safeParse(input);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
};

describe("opening a shop: the form's rules", () => {
  it("accepts a valid shop and normalises what people type", () => {
    const v = ZOpenShopInput.parse(valid);
    expect(v.name).toBe("Ớt Đông Ngũ");
    expect(v.story).toBe("Ớt chào mào trồng trên nương.\n\nHái tay.");
    expect(v.phone).toBe("+84912345678");
    expect(v.payout).toEqual({ bankBin: "970405", accountNo: "123456786789", accountName: "TRIEU VAN SINH" });
    expect(v.freeShippingThresholdVnd).toBe(300_000);
  });

  it("normalises NFD names to NFC", () => {
    const v = ZOpenShopInput.parse({ ...valid, name: "Chè Shan Tuyết".normalize("NFD") });
    expect(v.name).toBe("Chè Shan Tuyết".normalize("NFC"));
  });

  it("treats an empty free-shipping threshold as none and the story as optional", () => {
    const { story: _s, ...noStory } = valid;
    const v = ZOpenShopInput.parse({ ...noStory, freeShippingThresholdVnd: "" });
    expect(v.freeShippingThresholdVnd).toBeUndefined();
    expect(v.story).toBe("");
  });

  it("refuses a ward of another province with a Vietnamese message", () => {
    // 00004 = Phường Ba Đình, Hà Nội
    expect(messages({ ...valid, wardCode: "00004" })).toEqual([
      "wardCode: Phường/xã đã chọn không thuộc tỉnh/thành phố này",
    ]);
    expect(messages({ ...valid, wardCode: "99999" })).toEqual([
      "wardCode: Vui lòng chọn phường/xã trong danh sách",
    ]);
  });

  it("shows every problem at once, the ward included", () => {
    const m = messages({ ...valid, name: "x", wardCode: "00004", phone: "123" });
    expect(m).toHaveLength(3);
    expect(m.join("\n")).toContain("wardCode");
  });

  it("refuses a bank outside the VietQR list, a bad account number and a bad holder name", () => {
    expect(messages({ ...valid, payout: { ...valid.payout, bankBin: "123456" } })).toEqual([
      "payout.bankBin: Vui lòng chọn ngân hàng trong danh sách",
    ]);
    for (const accountNo of ["12345", "12345678901234567890", "12a456789", ""]) {
      expect(messages({ ...valid, payout: { ...valid.payout, accountNo } })).toEqual([
        "payout.accountNo: Số tài khoản gồm 6–19 chữ số",
      ]);
    }
    expect(messages({ ...valid, payout: { ...valid.payout, accountName: "<b>X</b>" } })[0]).toContain(
      "chỉ gồm chữ cái",
    );
  });

  it("refuses hostile sizes without doing the work", () => {
    expect(messages({ ...valid, name: "a".repeat(10_000) })).toEqual(["name: Tên gian hàng tối đa 80 ký tự"]);
    expect(messages({ ...valid, name: " a " })).toEqual(["name: Tên gian hàng cần ít nhất 2 ký tự"]);
    expect(messages({ ...valid, story: "a".repeat(2001) })[0]).toContain("tối đa 2000 ký tự");
    expect(messages({ ...valid, freeShippingThresholdVnd: "100000001" })[0]).toContain("tối đa");
    expect(messages({ ...valid, freeShippingThresholdVnd: "-5" })[0]).toContain("freeShippingThresholdVnd");
    expect(messages({ ...valid, freeShippingThresholdVnd: 1.5 })[0]).toContain("số nguyên");
  });

  it("keeps markup as plain text and drops control characters", () => {
    const v = ZOpenShopInput.parse({ ...valid, name: "<script>alert(1)</script>\u0000\u202e" });
    expect(v.name).toBe("<script>alert(1)</script>");
  });

  it("takes the shop photo as an upload id, or none, and refuses anything shaped otherwise", () => {
    expect(ZOpenShopInput.parse(valid).photoUploadId).toBeUndefined();
    expect(ZOpenShopInput.parse({ ...valid, photoUploadId: " cm9x2k1ab0000 " }).photoUploadId).toBe(
      "cm9x2k1ab0000",
    );
    for (const photoUploadId of ["", "../etc/passwd", "a".repeat(65), 42]) {
      expect(messages({ ...valid, photoUploadId })).toEqual([
        "photoUploadId: Ảnh gian hàng không hợp lệ, vui lòng chọn lại ảnh",
      ]);
    }
  });
});

describe("shop helpers", () => {
  it("makes a kebab-case slug without tone marks", () => {
    expect(shopSlugBase("Chè Shan Tuyết Bản Áng")).toBe("che-shan-tuyet-ban-ang");
    expect(shopSlugBase("Ớt Đại Dực!!")).toBe("ot-dai-duc");
    expect(shopSlugBase("<>")).toBe("gian-hang");
    expect(shopSlugBase("a".repeat(80))).toHaveLength(60);
  });

  it("strips tone marks", () => {
    expect(unaccentVi("Nguyễn Thị Đào")).toBe("Nguyen Thi Dao");
  });

  it("masks an account number to its last four digits", () => {
    expect(maskAccountNo("123456786789")).toBe("•••• 6789");
    expect(bankByBin("970436")?.shortName).toBe("Vietcombank");
    expect(bankByBin("000000")).toBeUndefined();
  });
});
