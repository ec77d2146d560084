/** What happened to the farm's last photo action, as `?ket-qua=` carries it back to the page. */
export type PhotoOutcome =
  | "saved"
  | "uploaded"
  | "full"
  | "too_large"
  | "unsupported"
  | "broken"
  | "no_photo"
  | "not_found"
  | "conflict"
  | "invalid"
  | "error";

export const PHOTO_OUTCOME_MESSAGES: Record<PhotoOutcome, { ok: boolean; text: string }> = {
  saved: { ok: true, text: "Đã lưu thứ tự ảnh." },
  uploaded: { ok: true, text: "Đã thêm ảnh." },
  full: { ok: false, text: "Mỗi sản phẩm tối đa 8 ảnh. Hãy bỏ bớt một ảnh trước." },
  too_large: { ok: false, text: "Ảnh quá lớn (tối đa 10 MB)." },
  unsupported: { ok: false, text: "Chỉ nhận ảnh JPEG, PNG hoặc WebP." },
  broken: { ok: false, text: "Ảnh bị hỏng hoặc chưa tải lên hết, vui lòng chụp hoặc chọn lại." },
  no_photo: { ok: false, text: "Vui lòng chọn một ảnh." },
  not_found: { ok: false, text: "Ảnh hoặc sản phẩm không tồn tại." },
  conflict: { ok: false, text: "Sản phẩm vừa được sửa ở nơi khác. Trang đã tải lại, vui lòng làm lại." },
  invalid: { ok: false, text: "Dữ liệu không hợp lệ." },
  error: { ok: false, text: "Hệ thống đang bận, vui lòng thử lại." },
};

export function isPhotoOutcome(v: string | undefined): v is PhotoOutcome {
  return !!v && Object.hasOwn(PHOTO_OUTCOME_MESSAGES, v);
}

/** A failed procedure call as an outcome. */
export function photoOutcomeOf(e: unknown): PhotoOutcome {
  const code = (e as { code?: string }).code;
  if (code === "NOT_FOUND") return "not_found";
  if (code === "CONFLICT") return "conflict";
  if (code === "BAD_REQUEST") return "invalid";
  return "error";
}
