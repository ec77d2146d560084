import {
  ZAdminShopsInput,
  ZChangeUserRoleInput,
  ZReviewersInput,
  ZRevokeCertificateInput,
  ZSetReviewerProvincesInput,
  ZShopReasonInput,
  ZUserReasonInput,
  ZVerifiedCertificatesInput,
} from "@cho-phien/validators/admin";
import { banUser } from "../services/admin/ban-user";
import { changeUserRole } from "../services/admin/change-user-role";
import { listAdminShops } from "../services/admin/list-admin-shops";
import { listReviewers } from "../services/admin/list-reviewers";
import { listVerifiedCertificates } from "../services/admin/list-verified-certificates";
import { reinstateShop } from "../services/admin/reinstate-shop";
import { revokeCertificate } from "../services/admin/revoke-certificate";
import { setReviewerProvinces } from "../services/admin/set-reviewer-provinces";
import { suspendShop } from "../services/admin/suspend-shop";
import { unbanUser } from "../services/admin/unban-user";
import { adminProcedure, createTRPCRouter } from "../trpc";

/**
 * The platform admin's powers over accounts, shops and certificates. Every change needs a reason and is
 * written to the audit log with it, in the same transaction; every change is idempotent (a resubmitted form
 * changes nothing the second time).
 */
export const adminRouter = createTRPCRouter({
  /** Gives a user another role (buyer, seller, reviewer, admin); an admin cannot demote themself. */
  changeRole: adminProcedure
    .input(ZChangeUserRoleInput)
    .mutation(({ ctx, input }) => changeUserRole(ctx.db, ctx.user, input)),

  /** Bans a user and signs them out everywhere. */
  banUser: adminProcedure
    .input(ZUserReasonInput)
    .mutation(({ ctx, input }) => banUser(ctx.db, ctx.user, input)),

  /** Lifts a ban. */
  unbanUser: adminProcedure
    .input(ZUserReasonInput)
    .mutation(({ ctx, input }) => unbanUser(ctx.db, ctx.user, input)),

  /** OCOP reviewers with the provinces each reviews. */
  reviewers: adminProcedure.input(ZReviewersInput).query(({ ctx, input }) => listReviewers(ctx.db, input)),

  /** Sets the whole list of provinces a reviewer reviews. */
  setReviewerProvinces: adminProcedure
    .input(ZSetReviewerProvincesInput)
    .mutation(({ ctx, input }) => setReviewerProvinces(ctx.db, ctx.user, input)),

  /** Every shop, with whether it is suspended and why. */
  shops: adminProcedure.input(ZAdminShopsInput).query(({ ctx, input }) => listAdminShops(ctx.db, input)),

  /** Takes a shop's listings off the storefront at once; its running orders continue. */
  suspendShop: adminProcedure
    .input(ZShopReasonInput)
    .mutation(({ ctx, input }) => suspendShop(ctx.db, ctx.user, input)),

  /** Puts a suspended shop back on the storefront. */
  reinstateShop: adminProcedure
    .input(ZShopReasonInput)
    .mutation(({ ctx, input }) => reinstateShop(ctx.db, ctx.user, input)),

  /** Verified OCOP certificates, the ones that can be revoked. */
  verifiedCertificates: adminProcedure
    .input(ZVerifiedCertificatesInput)
    .query(({ ctx, input }) => listVerifiedCertificates(ctx.db, input)),

  /** Revokes a verified OCOP certificate: the badge disappears and the farm is told why. */
  revokeCertificate: adminProcedure
    .input(ZRevokeCertificateInput)
    .mutation(({ ctx, input }) => revokeCertificate(ctx.db, ctx.user, input)),
});
