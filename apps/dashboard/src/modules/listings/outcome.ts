/** What happened before the edit page opened, carried in `?ket-qua=` as a fixed word (never free text). */
const OUTCOME_TEXT: Record<string, { ok: boolean; text: string }> = {
  created: { ok: true, text: "Đã lưu bản nháp. Khi sẵn sàng, bấm “Gửi duyệt”." },
  submitted: { ok: true, text: "Đã gửi duyệt. Cán bộ sẽ xem và trả lời sớm." },
  not_submitted: {
    ok: false,
    text: "Đã lưu bản nháp nhưng chưa gửi duyệt được, vui lòng bấm “Gửi duyệt” lại.",
  },
  saved: { ok: true, text: "Đã lưu." },
  published: { ok: true, text: "Đã lưu, thay đổi đã hiện cho người mua." },
  revision_submitted: {
    ok: true,
    text: "Đã gửi duyệt thay đổi. Người mua vẫn thấy bản đang bán cho đến khi cán bộ duyệt.",
  },
  archived: { ok: true, text: "Đã tạm ngừng bán. Người mua không còn thấy sản phẩm này." },
  restored: { ok: true, text: "Đã đưa sản phẩm trở lại." },
  duplicated: { ok: true, text: "Đã tạo bản sao (bản nháp). Hãy thêm ảnh và sửa thông tin rồi gửi duyệt." },
};

export function listingOutcome(word: string | undefined): { ok: boolean; text: string } | null {
  return word && Object.hasOwn(OUTCOME_TEXT, word) ? OUTCOME_TEXT[word] : null;
}

/** After these, what was typed on this device is saved: the kept draft can go. */
export const SAVED_OUTCOMES = new Set([
  "created",
  "submitted",
  "not_submitted",
  "saved",
  "published",
  "revision_submitted",
]);
