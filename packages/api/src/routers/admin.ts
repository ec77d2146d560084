import { ZListUsersInput } from "@cho-phien/validators/back-office";
import { listUsers } from "../services/admin/list-users";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Platform administration. */
export const adminRouter = createTRPCRouter({
  users: adminProcedure.input(ZListUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
});
