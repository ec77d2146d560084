import { ADDRESS_LIMITS } from "@cho-phien/validators/address";

/**
 * What the buyer typed into the checkout form, kept in an httpOnly cookie between posts, so a refused order
 * (price changed, sold out, a typo in the phone) comes back with every field filled in — JavaScript or not.
 * (Typing not yet posted survives a reload through localStorage; see draft-script.ts.)
 */
export const DRAFT_COOKIE = "cp_checkout_draft";
const MAX_AGE_S = 7 * 24 * 3600;

export interface CheckoutDraft {
  recipientName: string;
  phone: string;
  provinceCode: string;
  /** The ward picked from the official list of the province (five digits). */
  wardCode: string;
  /**
   * Only when a saved address with an older free-text ward was chosen: that text, shown beside the list so the
   * buyer can pick the matching ward. Never sent as the address.
   */
  ward: string;
  street: string;
  paymentMethod: string;
  /** shopId → carrier the buyer picked. */
  carriers: Record<string, string>;
  saveAddress: boolean;
}

export const EMPTY_DRAFT: CheckoutDraft = {
  recipientName: "",
  phone: "",
  provinceCode: "",
  wardCode: "",
  ward: "",
  street: "",
  paymentMethod: "",
  carriers: {},
  saveAddress: false,
};

const LIMITS = {
  recipientName: ADDRESS_LIMITS.recipientName,
  phone: 20,
  provinceCode: 4,
  ward: ADDRESS_LIMITS.ward,
  street: ADDRESS_LIMITS.street,
  paymentMethod: 10,
} as const;
const MAX_CARRIERS = 50;
const ID_RE = /^[A-Za-z0-9_-]{1,64}$/;
const WARD_CODE_RE = /^\d{5}$/;

function clean(v: unknown, max: number): string {
  return typeof v === "string" ? v.slice(0, max) : "";
}

/** Keeps only known fields, as strings of bounded length: the cookie is the buyer's, so it is input too. */
export function normalizeDraft(raw: Partial<Record<keyof CheckoutDraft, unknown>>): CheckoutDraft {
  const carriers: Record<string, string> = {};
  if (raw.carriers && typeof raw.carriers === "object") {
    for (const [shopId, carrier] of Object.entries(raw.carriers).slice(0, MAX_CARRIERS)) {
      if (ID_RE.test(shopId) && typeof carrier === "string" && ID_RE.test(carrier))
        carriers[shopId] = carrier;
    }
  }
  return {
    recipientName: clean(raw.recipientName, LIMITS.recipientName),
    phone: clean(raw.phone, LIMITS.phone),
    provinceCode: clean(raw.provinceCode, LIMITS.provinceCode),
    wardCode: typeof raw.wardCode === "string" && WARD_CODE_RE.test(raw.wardCode) ? raw.wardCode : "",
    ward: clean(raw.ward, LIMITS.ward),
    street: clean(raw.street, LIMITS.street),
    paymentMethod: clean(raw.paymentMethod, LIMITS.paymentMethod),
    carriers,
    saveAddress: raw.saveAddress === true,
  };
}

/** The draft fields of a posted checkout form (`carrier:<shopId>` radios hold carrier picks). */
export function draftFromForm(form: FormData): CheckoutDraft {
  const carriers: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    if (name.startsWith("carrier:") && typeof value === "string")
      carriers[name.slice("carrier:".length)] = value;
  }
  const get = (n: string) => {
    const v = form.get(n);
    return typeof v === "string" ? v : "";
  };
  return normalizeDraft({
    recipientName: get("recipientName"),
    phone: get("phone"),
    provinceCode: get("provinceCode"),
    wardCode: get("wardCode"),
    // Carried while no ward is picked yet (see CheckoutDraft.ward); a picked ward makes it moot.
    ward: get("wardCode") ? "" : get("ward"),
    street: get("street"),
    paymentMethod: get("paymentMethod"),
    carriers,
    saveAddress: get("saveAddress") === "1",
  });
}

/**
 * The address fields of a saved address. An older saved address whose ward is free text has no code: its
 * text travels as `ward`, shown beside the list until the buyer picks the matching ward.
 */
export function draftFromSaved(a: {
  recipientName: string;
  phone: string;
  provinceCode: string;
  wardCode: string | null;
  ward: string;
  street: string;
}): Pick<CheckoutDraft, "recipientName" | "phone" | "provinceCode" | "wardCode" | "ward" | "street"> {
  const d = normalizeDraft({
    recipientName: a.recipientName,
    phone: a.phone.replace(/^\+84/, "0"),
    provinceCode: a.provinceCode,
    wardCode: a.wardCode ?? "",
    ward: a.wardCode ? "" : a.ward,
    street: a.street,
  });
  return {
    recipientName: d.recipientName,
    phone: d.phone,
    provinceCode: d.provinceCode,
    wardCode: d.wardCode,
    ward: d.ward,
    street: d.street,
  };
}

/** base64url of UTF-8 JSON: Vietnamese text stays compact (a cookie holds ~4 KB). */
export function draftCookie(draft: CheckoutDraft): string {
  const value = Buffer.from(JSON.stringify(draft), "utf8").toString("base64url");
  return `${DRAFT_COOKIE}=${value}; Path=/checkout; HttpOnly; SameSite=Lax; Max-Age=${MAX_AGE_S}`;
}

export function clearDraftCookie(): string {
  return `${DRAFT_COOKIE}=; Path=/checkout; HttpOnly; SameSite=Lax; Max-Age=0`;
}

export function readDraft(cookieValue: string | undefined): CheckoutDraft | null {
  if (!cookieValue) return null;
  try {
    const raw = JSON.parse(Buffer.from(cookieValue, "base64url").toString("utf8"));
    return raw && typeof raw === "object" ? normalizeDraft(raw) : null;
  } catch {
    return null;
  }
}

/**
 * The shipping the page showed: destination plus each farm's carrier. An order is placed only when the
 * submitted form matches it; otherwise the page is shown again with the fees for the new choice, so a
 * shipping fee is never charged without being seen.
 */
export function shippingKey(provinceCode: string, carriers: Record<string, string>): string {
  const picks = Object.entries(carriers)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([shop, carrier]) => `${shop}=${carrier}`);
  return [provinceCode, ...picks].join("|");
}
