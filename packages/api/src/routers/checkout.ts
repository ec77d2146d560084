import { createTRPCRouter } from "../trpc";

export const checkoutRouter = createTRPCRouter({});
