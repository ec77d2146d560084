import { trpcHttpHandler } from "@cho-phien/api/http";

export const dynamic = "force-dynamic";

export { trpcHttpHandler as GET, trpcHttpHandler as POST };
