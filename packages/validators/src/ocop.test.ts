import { describe, expect, it } from "vitest";
import { OCOP_VALID_MONTHS_MAX, ZOcopClaim } from "./listings";
import {
  DISTRICT_AUTHORITY_MESSAGE,
  isDistrictAuthority,
  signedByAbolishedDistrict,
  ZOcopCodeInput,
} from "./ocop";

const claim = (over: Record<string, unknown> = {}) => ({
  stars: "3",
  decisionNumber: "1182/QĐ-UBND",
  issuingAuthority: "UBND tỉnh Quảng Ninh",
  issuingLevel: "province",
  signedAt: "2025-10-01",
  expiresAt: "2028-10-01",
  ...over,
});

function errorsOf(input: Record<string, unknown>): Record<string, string[]> {
  const r = ZOcopClaim.safeParse(input);
  if (r.success) return {};
  const out: Record<string, string[]> = {};
  for (const i of r.error.issues) {
    const field = String(i.path[0]);
    out[field] = [...(out[field] ?? []), i.message];
  }
  return out;
}

describe("district authorities after the 1 July 2025 reform", () => {
  it("recognises district, urban-district and town committees however they are typed", () => {
    for (const a of [
      "UBND huyện Tiên Yên",
      "ubnd HUYỆN Bát Xát",
      "UBND huyen Bat Xat",
      "Ủy ban nhân dân huyện U Minh",
      "Uỷ ban nhân dân thị xã Quảng Yên",
      "UBND thị xã Sa Pa",
      "UBND quận Ba Đình",
      "  Chủ tịch UBND huyện Quảng Hòa ",
      "UBND huyện Tiên Yên".normalize("NFD"),
      "UBND  -  huyện Tiên Yên",
    ]) {
      expect(isDistrictAuthority(a), a).toBe(true);
    }
  });

  it("leaves provincial, central and ambiguous city authorities alone, even when a district is named later", () => {
    for (const a of [
      "UBND tỉnh Quảng Ninh",
      "UBND tỉnh Quảng Ninh (thị xã Quảng Yên đề nghị)",
      "Bộ Nông nghiệp và Môi trường",
      "UBND thành phố Hà Nội",
      "Hội đồng đánh giá sản phẩm OCOP huyện Tiên Yên",
      "UBND tinh Lao Cai",
      "UBND huyệnTiên Yên", // no word break: not a recognisable authority, the reviewer reads it
    ]) {
      expect(isDistrictAuthority(a), a).toBe(false);
    }
  });

  it("refuses a district decision signed on or after 1 July 2025 (Vietnam time) and accepts one signed before", () => {
    const at = (iso: string) => ({ issuingAuthority: "UBND huyện Tiên Yên", signedAt: new Date(iso) });
    expect(signedByAbolishedDistrict(at("2025-06-30"))).toBe(false);
    expect(signedByAbolishedDistrict(at("2025-06-30T16:59:59Z"))).toBe(false);
    expect(signedByAbolishedDistrict(at("2025-06-30T17:00:00Z"))).toBe(true); // 00:00 on 1 July in Hà Nội
    expect(signedByAbolishedDistrict(at("2025-07-01"))).toBe(true);
    expect(
      signedByAbolishedDistrict({
        issuingAuthority: "UBND tỉnh Quảng Ninh",
        signedAt: new Date("2025-10-01"),
      }),
    ).toBe(false);
  });

  it("a farm's claim naming a district committee after the reform gets the Vietnamese message on the authority field", () => {
    expect(errorsOf(claim({ issuingAuthority: "UBND huyện Tiên Yên", issuingLevel: "other" }))).toEqual({
      issuingAuthority: [DISTRICT_AUTHORITY_MESSAGE],
    });
    expect(
      errorsOf(
        claim({
          issuingAuthority: "UBND huyện Tiên Yên",
          issuingLevel: "other",
          signedAt: "2025-06-15",
          expiresAt: "2028-06-15",
        }),
      ),
    ).toEqual({});
    expect(errorsOf(claim())).toEqual({});
  });
});

describe("the rest of the certificate rules", () => {
  it("accepts only 3 to 5 stars", () => {
    expect(errorsOf(claim({ stars: "2" })).stars).toEqual(["OCOP từ 3 đến 5 sao"]);
    expect(errorsOf(claim({ stars: "6" })).stars).toEqual(["OCOP từ 3 đến 5 sao"]);
    expect(errorsOf(claim({ stars: "4,5" })).stars).toBeDefined();
    expect(errorsOf(claim({ stars: "5" }))).toEqual({});
  });

  it("wants the expiry after signing and at most 36 months after it", () => {
    expect(errorsOf(claim({ expiresAt: "2025-10-01" })).expiresAt).toEqual(["Ngày hết hạn phải sau ngày ký"]);
    expect(errorsOf(claim({ expiresAt: "2025-09-01" })).expiresAt).toEqual(["Ngày hết hạn phải sau ngày ký"]);
    expect(errorsOf(claim({ expiresAt: "2028-10-02" })).expiresAt).toEqual([
      `Chứng nhận OCOP có hiệu lực tối đa ${OCOP_VALID_MONTHS_MAX} tháng kể từ ngày ký`,
    ]);
    expect(errorsOf(claim({ expiresAt: "2028-10-01" }))).toEqual({});
  });

  it("refuses a signing date in the future", () => {
    const next = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
    expect(errorsOf(claim({ signedAt: next, expiresAt: "2029-01-01" })).signedAt).toEqual([
      "Ngày ký không được ở tương lai",
    ]);
  });
});

describe("public verification codes", () => {
  it("accepts a printed code typed in lower case or with spaces and dashes", () => {
    expect(ZOcopCodeInput.parse({ code: "acde-fg34 67" }).code).toBe("ACDEFG3467");
  });

  it("refuses codes outside the alphabet or the length, with a Vietnamese message", () => {
    // Too short, too long, confusable characters no code contains, markup, Vietnamese letters.
    for (const code of [
      "ACD",
      "ACDEFGHJKMNPQRTWX",
      "ACDEF0I1LO",
      "ACDEFGHJK5",
      "ACD'; DROP",
      "",
      "Ớ".repeat(8),
    ]) {
      const r = ZOcopCodeInput.safeParse({ code });
      expect(r.success, code).toBe(false);
      expect(r.error?.issues[0]?.message).toBe("Mã chứng nhận không hợp lệ");
    }
    expect(ZOcopCodeInput.safeParse({ code: 42 }).success).toBe(false);
  });
});
