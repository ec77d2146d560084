import { createTRPCRouter } from "../trpc";

export const reviewRouter = createTRPCRouter({});
