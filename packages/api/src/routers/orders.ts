import { createTRPCRouter } from "../trpc";

export const ordersRouter = createTRPCRouter({});
