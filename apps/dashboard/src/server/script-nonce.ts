import { NONCE_HEADER } from "@cho-phien/api/http";
import { headers } from "next/headers";

/**
 * This answer's CSP nonce, set by src/proxy.ts: an inline <script> we render runs only if it carries it
 * (`<script nonce={await scriptNonce()} …>`). Undefined where the proxy did not run.
 */
export async function scriptNonce(): Promise<string | undefined> {
  return (await headers()).get(NONCE_HEADER) ?? undefined;
}
