"use server";

import {
  type TListingFieldsInput,
  type TOcopClaimInput,
  ZCreateListingInput,
  ZListingActionInput,
  ZQuickEditInput,
  ZUpdateListingInput,
} from "@cho-phien/validators/listings";
import { redirect } from "next/navigation";
import { getLocale } from "~/i18n/get-locale";
import { getCaller } from "~/server/caller";
import { apiErrorMessage } from "./api-error";
import {
  LISTING_FIELD_NAMES,
  type ListingFormState,
  OCOP_FIELD_NAMES,
  type QuickActionState,
} from "./form-state";
import { listingsMessages } from "./messages";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Every typed value, as typed, to give back to the form if the save fails. */
function readValues(fd: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of [...LISTING_FIELD_NAMES, "shopId", "productId", "version", "hasOcop"]) {
    values[name] = text(fd.get(name));
  }
  for (const name of OCOP_FIELD_NAMES) values[`ocop.${name}`] = text(fd.get(`ocop.${name}`));
  return values;
}

function inputFrom(values: Record<string, string>): {
  fields: TListingFieldsInput;
  ocop: TOcopClaimInput | null;
} {
  const fields = Object.fromEntries(LISTING_FIELD_NAMES.map((n) => [n, values[n]]));
  const ocop =
    values.hasOcop === "on"
      ? Object.fromEntries(OCOP_FIELD_NAMES.map((n) => [n, values[`ocop.${n}`]]))
      : null;
  // Strings as typed: the schema reads "120.000" and "2026-01-31" itself.
  return { fields: fields as TListingFieldsInput, ocop: ocop as TOcopClaimInput | null };
}

/** zod issues keyed as the form names its fields ("fields.title" → "title", "ocop.stars" stays). */
function fieldErrors(error: {
  issues: { path: PropertyKey[]; message: string }[];
}): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String);
    const key =
      path[0] === "fields" ? (path[1] ?? "form") : path[0] === "ocop" ? `ocop.${path[1] ?? ""}` : "form";
    out[key] = [...(out[key] ?? []), issue.message];
  }
  return out;
}

const failed = (values: Record<string, string>, message: string, errors: Record<string, string[]> = {}) =>
  ({ values, errors, message, ok: false }) satisfies ListingFormState;

/**
 * "Lưu nháp" / "Gửi duyệt" on /seller/listings/new: creates the draft (and sends it for review when asked),
 * then opens its edit page. A plain form post, so it works without JavaScript; on a mistake the form comes
 * back with the farmer's text and a message beside each field.
 */
export async function createListingAction(_prev: ListingFormState, fd: FormData): Promise<ListingFormState> {
  const locale = await getLocale();
  const values = readValues(fd);
  const intent = text(fd.get("intent"));
  const parsed = ZCreateListingInput.safeParse({ shopId: values.shopId, ...inputFrom(values) });
  if (!parsed.success) {
    return failed(values, listingsMessages(locale).fixMarkedFields, fieldErrors(parsed.error));
  }
  let target: string;
  try {
    const api = await getCaller();
    const saved = await api.listings.create({ shopId: values.shopId, ...inputFrom(values) });
    target = `/seller/listings/${saved.productId}?ket-qua=created`;
    if (intent === "submit") {
      try {
        await api.listings.submit({ productId: saved.productId, version: saved.version });
        target = `/seller/listings/${saved.productId}?ket-qua=submitted`;
      } catch {
        target = `/seller/listings/${saved.productId}?ket-qua=not_submitted`;
      }
    }
  } catch (e) {
    return failed(values, apiErrorMessage(e, locale), categoryError(e));
  }
  redirect(target);
}

/** An unknown category is the API's answer, not zod's: show it beside the category field too. */
function categoryError(e: unknown): Record<string, string[]> {
  const err = e as { message?: string; cause?: { reason?: string } };
  return err.cause?.reason === "UNKNOWN_CATEGORY" ? { categorySlug: [err.message ?? ""] } : {};
}

/**
 * "Lưu nháp", "Gửi duyệt" or "Gửi duyệt thay đổi" on /seller/listings/[id]: saves the version the form was
 * opened with (a save from an older copy is refused and the typed text kept), then sends it for review when
 * asked.
 */
export async function updateListingAction(_prev: ListingFormState, fd: FormData): Promise<ListingFormState> {
  const locale = await getLocale();
  const t = listingsMessages(locale);
  const values = readValues(fd);
  const intent = text(fd.get("intent"));
  const parsed = ZUpdateListingInput.safeParse({
    productId: values.productId,
    version: values.version,
    ...inputFrom(values),
  });
  if (!parsed.success) {
    return failed(values, t.fixMarkedFields, fieldErrors(parsed.error));
  }
  let outcome = "saved";
  try {
    const api = await getCaller();
    const saved = await api.listings.update({
      productId: values.productId,
      version: values.version,
      ...inputFrom(values),
    });
    if (intent === "submit") {
      const needsReview = saved.listingStatus !== "approved" || saved.hasPendingRevision;
      if (needsReview) {
        try {
          await api.listings.submit({ productId: saved.productId, version: saved.version });
          outcome = saved.listingStatus === "approved" ? "revision_submitted" : "submitted";
        } catch (e) {
          return {
            ...failed(
              { ...values, version: String(saved.version) },
              t.savedNotSubmitted(apiErrorMessage(e, locale)),
            ),
            ok: true,
          };
        }
      } else {
        outcome = "published";
      }
    }
  } catch (e) {
    return failed(values, apiErrorMessage(e, locale), categoryError(e));
  }
  redirect(`/seller/listings/${values.productId}?ket-qua=${outcome}`);
}

/** Where a quick action on the product list sends the farmer back: the same row. */
const backToRow = (productId: string) => `/seller#sp-${encodeURIComponent(productId)}`;

/** New stock or price straight from the product list; published at once. */
export async function quickEditAction(_prev: QuickActionState, fd: FormData): Promise<QuickActionState> {
  const raw = {
    productId: text(fd.get("productId")),
    ...(fd.has("priceVnd") ? { priceVnd: text(fd.get("priceVnd")) } : {}),
    ...(fd.has("stock") ? { stock: text(fd.get("stock")) } : {}),
  };
  const parsed = ZQuickEditInput.safeParse(raw);
  if (!parsed.success)
    return { ok: false, message: [...new Set(parsed.error.issues.map((i) => i.message))].join(" ") };
  try {
    await (await getCaller()).listings.quickEdit(raw);
  } catch (e) {
    return { ok: false, message: apiErrorMessage(e, await getLocale()) };
  }
  redirect(backToRow(raw.productId));
}

type Step = "archive" | "restore" | "duplicate";

async function step(which: Step, fd: FormData): Promise<QuickActionState> {
  const raw = {
    productId: text(fd.get("productId")),
    ...(fd.get("version") ? { version: text(fd.get("version")) } : {}),
  };
  const locale = await getLocale();
  const parsed = ZListingActionInput.safeParse(raw);
  if (!parsed.success) return { ok: false, message: listingsMessages(locale).invalidReload };
  let target: string;
  try {
    const api = await getCaller();
    if (which === "duplicate") {
      const copy = await api.listings.duplicate(raw);
      target = `/seller/listings/${copy.productId}?ket-qua=duplicated`;
    } else {
      await api.listings[which](raw);
      const back = text(fd.get("back"));
      target =
        back === "edit" ? `/seller/listings/${raw.productId}?ket-qua=${which}d` : backToRow(raw.productId);
    }
  } catch (e) {
    return { ok: false, message: apiErrorMessage(e, locale) };
  }
  redirect(target);
}

/** "Tạm ngừng bán". */
export async function archiveListingAction(_prev: QuickActionState, fd: FormData): Promise<QuickActionState> {
  return step("archive", fd);
}

/** "Bán lại". */
export async function restoreListingAction(_prev: QuickActionState, fd: FormData): Promise<QuickActionState> {
  return step("restore", fd);
}

/** "Nhân bản": opens the copy's edit page. */
export async function duplicateListingAction(
  _prev: QuickActionState,
  fd: FormData,
): Promise<QuickActionState> {
  return step("duplicate", fd);
}
