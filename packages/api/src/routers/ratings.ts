import { createTRPCRouter } from "../trpc";

/** Buyers' product ratings after delivery, and the farm's one reply. */
export const ratingsRouter = createTRPCRouter({});
