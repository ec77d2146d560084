import { ZListUsersInput } from "@cho-phien/validators/users";
import { listUsers } from "../services/users/list-users";
import { adminProcedure, createTRPCRouter } from "../trpc";

/** Platform users, as admins manage them. */
export const usersRouter = createTRPCRouter({
  list: adminProcedure.input(ZListUsersInput).query(({ ctx, input }) => listUsers(ctx.db, input)),
});
