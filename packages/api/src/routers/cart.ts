import { createTRPCRouter } from "../trpc";

export const cartRouter = createTRPCRouter({});
