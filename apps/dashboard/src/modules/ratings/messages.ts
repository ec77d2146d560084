import type { Locale } from "@cho-phien/ui/locale";
import { RATING_COMMENT_MAX } from "@cho-phien/validators/ratings";
import type { RatingOutcome } from "./outcome";

/** Strings of the farm's ratings screen /seller/ratings, Vietnamese first. */
const vi = {
  pageTitle: "Đánh giá",
  pageSubtitle: "Người mua nói gì về sản phẩm của bạn. Mỗi đánh giá, gian hàng được trả lời một lần.",
  summary: (total: number, unanswered: number) =>
    unanswered > 0 ? `${total} đánh giá · ${unanswered} chưa trả lời` : `${total} đánh giá · đã trả lời hết`,
  filterByShop: "Lọc theo gian hàng",
  allShops: "Mọi gian hàng",
  noShops: "Bạn chưa quản lý gian hàng nào, nên chưa có đánh giá.",
  noRatings: "Chưa có đánh giá nào. Người mua đánh giá được sau khi nhận hàng.",
  stars: (n: number) => `${n} trên 5 sao`,
  product: "Sản phẩm:",
  shop: "Gian hàng:",
  by: (buyer: string, date: string) => `${buyer} · ${date}`,
  noComment: "Người mua chỉ chấm sao, không viết nhận xét.",
  farmReplied: (date: string) => `Gian hàng đã trả lời (${date}):`,
  replyLabel: "Trả lời người mua",
  replyHint: `Tối đa ${RATING_COMMENT_MAX} ký tự. Người mua và khách xem sản phẩm đều thấy câu trả lời; chỉ gửi được một lần.`,
  sendReply: "Gửi trả lời",
  outcomes: {
    replied: "Đã gửi câu trả lời. Khách xem sản phẩm sẽ thấy ngay.",
    already_replied: "Đánh giá này đã được trả lời rồi (có thể người giúp của gian hàng vừa trả lời).",
    empty: "Vui lòng nhập câu trả lời trước khi gửi.",
    too_long: `Câu trả lời tối đa ${RATING_COMMENT_MAX} ký tự. Vui lòng viết ngắn lại.`,
    not_found: "Không tìm thấy đánh giá này trong các gian hàng bạn quản lý.",
    forbidden: "Bạn không có quyền trả lời đánh giá.",
    invalid: "Yêu cầu không hợp lệ, vui lòng thử lại.",
    error: "Có lỗi xảy ra, vui lòng thử lại sau ít phút.",
  } satisfies Record<RatingOutcome, string>,
};

export type RatingsMessages = typeof vi;

const en: RatingsMessages = {
  pageTitle: "Ratings",
  pageSubtitle: "What buyers say about your products. The shop may answer each rating once.",
  summary: (total, unanswered) =>
    unanswered > 0 ? `${total} ratings · ${unanswered} not answered yet` : `${total} ratings · all answered`,
  filterByShop: "Filter by shop",
  allShops: "All shops",
  noShops: "You do not manage a shop yet, so there are no ratings.",
  noRatings: "No ratings yet. Buyers can rate a product once they have received it.",
  stars: (n) => `${n} out of 5 stars`,
  product: "Product:",
  shop: "Shop:",
  by: (buyer, date) => `${buyer} · ${date}`,
  noComment: "The buyer gave stars only, without a comment.",
  farmReplied: (date) => `The shop replied (${date}):`,
  replyLabel: "Reply to the buyer",
  replyHint: `Up to ${RATING_COMMENT_MAX} characters. The buyer and everyone viewing the product see the reply; it can be sent once.`,
  sendReply: "Send reply",
  outcomes: {
    replied: "Reply sent. Visitors of the product see it now.",
    already_replied: "This rating already has a reply (perhaps a helper of the shop just answered it).",
    empty: "Please write a reply before sending.",
    too_long: `A reply is at most ${RATING_COMMENT_MAX} characters. Please shorten it.`,
    not_found: "This rating was not found in the shops you manage.",
    forbidden: "You may not reply to ratings.",
    invalid: "The request was not valid, please try again.",
    error: "Something went wrong, please try again in a few minutes.",
  },
};

export function ratingsMessages(locale: Locale): RatingsMessages {
  return locale === "en" ? en : vi;
}
