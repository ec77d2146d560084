import { z } from "zod";
import { ZPage } from "./pagination";
import { PROVINCE_CODES } from "./provinces";

/** The OCOP reviewers' queue of submitted listings, optionally one province. */
export const ZSubmittedListingsInput = z
  .object({
    province: z.enum(PROVINCE_CODES, { error: "Tỉnh/thành không hợp lệ" }).optional(),
    page: ZPage,
  })
  .prefault({});
export type TSubmittedListingsInput = z.input<typeof ZSubmittedListingsInput>;
