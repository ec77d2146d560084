import { ZShopPageInput } from "@cho-phien/validators/search";
import { ZOpenShopInput, ZShopIdInput, ZWardsInput } from "@cho-phien/validators/shops";
import { wardsOfProvince } from "@cho-phien/validators/wards";
import { getShopBySlug } from "../services/shops/get-shop-by-slug";
import { getShopPayout } from "../services/shops/get-shop-payout";
import { listSellerShops } from "../services/shops/list-seller-shops";
import { openShop } from "../services/shops/open-shop";
import { authedProcedure, createTRPCRouter, publicProcedure, sellerProcedure } from "../trpc";

/** Farms' shops: the public shop page, opening a shop, and the shops a farmer owns or helps with. */
export const shopsRouter = createTRPCRouter({
  /** A farm's public page: the shop and one page of its approved listings. */
  bySlug: publicProcedure
    .input(ZShopPageInput)
    .query(({ ctx, input }) => getShopBySlug(ctx.db, input.slug, input.page)),

  /** Shops the caller owns or helps with (ShopHelper), owned ones first; an admin sees every shop. */
  mine: sellerProcedure.query(({ ctx }) => listSellerShops(ctx.db, ctx.user)),

  /**
   * "Mở gian hàng": any signed-in user opens a shop; a buyer becomes a seller (the session reads the role
   * from the database on the next request, so /seller opens at once).
   */
  open: authedProcedure.input(ZOpenShopInput).mutation(({ ctx, input }) => openShop(ctx.db, ctx.user, input)),

  /** A shop's payout account, masked ("•••• 6789") — for its owner, helpers and admins only. */
  payout: sellerProcedure
    .input(ZShopIdInput)
    .query(({ ctx, input }) => getShopPayout(ctx.db, ctx.user, input.shopId)),

  /** The official wards/communes of a province, for the ward picker (works without JavaScript). */
  wards: publicProcedure
    .input(ZWardsInput)
    .query(({ input }) => wardsOfProvince(input.provinceCode).map((w) => ({ code: w.code, name: w.name }))),
});
