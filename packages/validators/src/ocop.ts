import { z } from "zod";
import { ZRowId } from "./pagination";
import { unaccentVi } from "./shops";

/**
 * Districts (huyện, quận, thị xã) stopped existing on 1 July 2025, midnight in Vietnam: from then on no
 * district People's Committee can sign an OCOP decision. Earlier district decisions stay valid until they
 * expire. See docs/domain/ocop.md.
 */
export const DISTRICTS_ABOLISHED_AT = new Date("2025-07-01T00:00:00+07:00");

export const DISTRICT_AUTHORITY_MESSAGE =
  "Từ ngày 01/07/2025 không còn cấp huyện: quyết định ký từ ngày này phải do UBND tỉnh, thành phố hoặc Bộ cấp. Vui lòng kiểm tra lại cơ quan cấp hoặc ngày ký";

/**
 * "UBND huyện Tiên Yên", "Ủy ban nhân dân thị xã Quảng Yên", "Chủ tịch UBND quận 1", in any case, with or
 * without tone marks. Only the authority's own level counts, read from its start: "UBND tỉnh Quảng Ninh" stays
 * provincial even if a place named "thị xã …" follows, and "UBND thành phố …" is not matched at all, because a
 * thành phố was either a province-level city (Hà Nội) or a district-level one (Móng Cái) and the name alone
 * cannot tell which: the reviewer checks those against the decision.
 */
const DISTRICT_AUTHORITY = /^(chu tich )?(ubnd|uy ban nhan dan) (huyen|quan|thi xa)\b/;

/** Lower case, no tone marks, đ → d, punctuation and runs of spaces as one space. */
function foldAuthority(authority: string): string {
  return unaccentVi(authority.normalize("NFC"))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** True when the authority, as written, is a (former) district-level one. */
export function isDistrictAuthority(authority: string): boolean {
  return DISTRICT_AUTHORITY.test(foldAuthority(authority));
}

/**
 * The one rule about districts: a decision signed on or after 1 July 2025 cannot come from a district
 * authority. Used by the farm's claim (ZOcopClaim) and wherever a reviewer verifies a certificate.
 */
export function signedByAbolishedDistrict(c: { issuingAuthority: string; signedAt: Date }): boolean {
  return c.signedAt.getTime() >= DISTRICTS_ABOLISHED_AT.getTime() && isDistrictAuthority(c.issuingAuthority);
}

// ---------------------------------------------------------------------------------------------------------
// The public verification page /ocop/<code>.

/**
 * The characters of a certificate's public code, as printed under its QR: uppercase letters and digits
 * without those people confuse when typing a code off a package or reading it aloud (0/O, 1/I/L, 2/Z, 5/S,
 * 8/B, U/V). The API draws codes from these (services/ocop/public-code.ts), the demo seed too.
 */
export const OCOP_PUBLIC_CODE_ALPHABET = "34679ACDEFGHJKMNPQRTWXY";

/**
 * A code typed from packaging or read from the QR: spaces and dashes ignored, lower case accepted. Anything
 * else is a validation error (400), never a query.
 */
export const ZOcopCodeInput = z.object({
  code: z
    .string({ error: "Mã chứng nhận không hợp lệ" })
    .max(64, { error: "Mã chứng nhận không hợp lệ" })
    .transform((s) => s.replace(/[\s-]/g, "").toUpperCase())
    .pipe(
      z
        .string()
        .regex(new RegExp(`^[${OCOP_PUBLIC_CODE_ALPHABET}]{6,16}$`), { error: "Mã chứng nhận không hợp lệ" }),
    ),
});
export type TOcopCodeInput = z.input<typeof ZOcopCodeInput>;

// ---------------------------------------------------------------------------------------------------------
// The certificate's scan (a photo or a PDF of the signed decision), for the reviewer.

/** Attach an upload of the caller's (POST /api/uploads?chung-nhan=…) as the scan of a listing's certificate. */
export const ZSetCertificateScanInput = z.object(
  { productId: ZRowId, uploadId: ZRowId },
  { error: "Yêu cầu không hợp lệ, vui lòng tải lại trang" },
);
export type TSetCertificateScanInput = z.infer<typeof ZSetCertificateScanInput>;

/** The listing whose certificate scan a page shows. */
export const ZCertificateScanInput = z.object({ productId: ZRowId });
export type TCertificateScanInput = z.infer<typeof ZCertificateScanInput>;
