import { describe, expect, it } from "vitest";
import { ESMS_DEFAULT_API_URL, messagingConfigProblems, readMessagingEnv } from "./env";

describe("messaging settings", () => {
  it("default to the log and the providers' real addresses", () => {
    const env = readMessagingEnv({});
    expect(env.MESSAGE_PROVIDER).toBe("log");
    expect(env.ESMS_API_URL).toBe(ESMS_DEFAULT_API_URL);
    expect(messagingConfigProblems(env)).toEqual([]);
  });

  it("name every setting a chosen provider still lacks", () => {
    expect(
      messagingConfigProblems(readMessagingEnv({ MESSAGE_PROVIDER: "zns", ZNS_ACCESS_TOKEN: "t" })),
    ).toEqual([
      "MESSAGE_PROVIDER is zns but ZNS_OTP_TEMPLATE_ID is not set",
      "MESSAGE_PROVIDER is zns but ZNS_ORDER_TEMPLATE_ID is not set",
    ]);
    expect(messagingConfigProblems(readMessagingEnv({ MESSAGE_PROVIDER: "esms" }))).toHaveLength(3);
  });

  it("refuse a template id that is not a number", () => {
    expect(() => readMessagingEnv({ ZNS_OTP_TEMPLATE_ID: "otp" })).toThrow(/ZNS_OTP_TEMPLATE_ID/);
  });
});
