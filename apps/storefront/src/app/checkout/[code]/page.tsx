import { ConfirmationPage, generateConfirmationMetadata } from "~/modules/checkout/confirmation-page";

export const dynamic = "force-dynamic";
export const generateMetadata = generateConfirmationMetadata;
export default ConfirmationPage;
