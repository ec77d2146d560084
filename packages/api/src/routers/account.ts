import { getMe } from "../services/account/get-me";
import { authedProcedure, createTRPCRouter } from "../trpc";

/** The signed-in user's own account. */
export const accountRouter = createTRPCRouter({
  me: authedProcedure.query(({ ctx }) => getMe(ctx.db, ctx.user.id)),
});
