import { createTRPCRouter } from "../trpc";

export const sellerRouter = createTRPCRouter({});
