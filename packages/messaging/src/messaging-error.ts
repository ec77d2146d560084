export type MessagingFailure = "provider" | "http" | "timeout" | "network" | "config";

/**
 * A message the provider did not accept. `kind` says why: the provider answered with an error code
 * ("provider"), an HTTP error ("http"), no answer in time ("timeout"), no connection ("network"), or our
 * settings are incomplete ("config"). The message never holds the phone number or the one-time code: it
 * ends up in logs and in OutboxMessage.lastError: our own texts never name them, and what the provider says is
 * passed through `redactNumbers` first.
 */
export class MessagingError extends Error {
  override name = "MessagingError";
  constructor(
    readonly provider: "esms" | "zns",
    readonly kind: MessagingFailure,
    message: string,
    /** The provider's own error code (eSMS CodeResult, Zalo `error`), when it gave one. */
    readonly providerCode?: string,
  ) {
    super(`${provider === "esms" ? "eSMS" : "Zalo ZNS"}: ${message}`);
  }
}

/**
 * Blanks every run of 6+ digits (spaces, dots and dashes allowed between them). Providers' error texts are
 * free-form and may quote the number or the content back; a one-time code is 6 digits and a phone number 9+,
 * while the provider codes we want to keep (CodeResult 101, error -124, HTTP 503) are shorter.
 */
export function redactNumbers(text: string): string {
  return text.replace(/\+?\d(?:[\s.-]?\d){5,}/g, "[…]");
}
