import { ZHelperShopInput, ZInviteHelperInput, ZRevokeHelperInput } from "@cho-phien/validators/helpers";
import { acceptInvite } from "../services/helpers/accept-invite";
import { declineInvite } from "../services/helpers/decline-invite";
import { inviteHelper } from "../services/helpers/invite-helper";
import { listHelpers } from "../services/helpers/list-helpers";
import { listMyInvitations } from "../services/helpers/list-my-invitations";
import { revokeHelper } from "../services/helpers/revoke-helper";
import { authedProcedure, createTRPCRouter, sellerProcedure } from "../trpc";

/** Village digital-team helpers: the farmer invites by phone, the helper accepts, the farmer revokes. */
export const helpersRouter = createTRPCRouter({
  /** The farmer invites someone by phone to help with their shop (owner or admin; never a helper). */
  invite: sellerProcedure
    .input(ZInviteHelperInput)
    .mutation(({ ctx, input }) => inviteHelper(ctx.db, ctx.user, input)),

  /** The farmer takes a helper's access away (or withdraws an invitation); idempotent. */
  revoke: sellerProcedure
    .input(ZRevokeHelperInput)
    .mutation(({ ctx, input }) => revokeHelper(ctx.db, ctx.user, input)),

  /** The helpers of the farmer's shop, with their status and when each last acted. */
  list: sellerProcedure
    .input(ZHelperShopInput)
    .query(({ ctx, input }) => listHelpers(ctx.db, ctx.user, input)),

  /** Invitations waiting for the signed-in user (who may still be a buyer account). */
  myInvitations: authedProcedure.query(({ ctx }) => listMyInvitations(ctx.db, ctx.user)),

  /** The invited user agrees to help; a buyer account becomes a seller account. */
  accept: authedProcedure
    .input(ZHelperShopInput)
    .mutation(({ ctx, input }) => acceptInvite(ctx.db, ctx.user, input)),

  /** The invited user says no. */
  decline: authedProcedure
    .input(ZHelperShopInput)
    .mutation(({ ctx, input }) => declineInvite(ctx.db, ctx.user, input)),
});
