import { ZOcopCodeInput } from "@cho-phien/validators/ocop";
import { getCertificateByCode } from "../services/ocop/get-certificate-by-code";
import { createTRPCRouter, publicProcedure } from "../trpc";

/** OCOP certificates as anyone may check them (the QR code on the packaging). */
export const ocopRouter = createTRPCRouter({
  /** A certificate by its public code, with its standing computed now (valid, expired, revoked). */
  byCode: publicProcedure
    .input(ZOcopCodeInput)
    .query(({ ctx, input }) => getCertificateByCode(ctx.db, input.code)),
});
