import { trpcHttpHandler } from "@cho-phien/api/http-handler";

export const dynamic = "force-dynamic";

export { trpcHttpHandler as GET, trpcHttpHandler as POST };
