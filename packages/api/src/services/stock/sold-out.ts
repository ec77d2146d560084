import { conflict, type DomainError } from "../../errors";

/** The refusal every buyer who loses the race for the last units gets: names the product and what is left. */
export function soldOut(p: { id: string; title: string; unit: string }, available: number): DomainError {
  const message =
    available > 0
      ? `"${p.title}" chỉ còn ${available} ${p.unit}, không đủ cho đơn của bạn`
      : `"${p.title}" vừa hết hàng, vui lòng bỏ khỏi giỏ để đặt các sản phẩm còn lại`;
  return conflict(message, "SOLD_OUT", { productId: p.id, title: p.title, available });
}
