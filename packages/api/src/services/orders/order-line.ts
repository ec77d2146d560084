/**
 * What every view of an order shows of one line (buyer's order page, checkout confirmation, seller's order
 * list): the title, unit and price as they were when it was bought, never the listing's current ones.
 */
export const ORDER_LINE_SELECT = {
  productId: true,
  title: true,
  unit: true,
  priceVnd: true,
  quantity: true,
  lineVnd: true,
} as const;

export interface OrderLineView {
  productId: string;
  title: string;
  unit: string;
  priceVnd: number;
  quantity: number;
  lineVnd: number;
}
