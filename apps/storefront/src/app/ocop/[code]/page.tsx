import { generateOcopMetadata, OcopVerificationPage } from "~/modules/ocop/verification-page";

// Rendered per request, never cached: the certificate's standing changes with the date and a revocation.
export const dynamic = "force-dynamic";
export const generateMetadata = generateOcopMetadata;
export default OcopVerificationPage;
