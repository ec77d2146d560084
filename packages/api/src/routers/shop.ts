import { createTRPCRouter } from "../trpc";

export const shopRouter = createTRPCRouter({});
