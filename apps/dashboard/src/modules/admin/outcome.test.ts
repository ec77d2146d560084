import { describe, expect, it } from "vitest";
import { adminOutcomeMessage, outcomeOfError, reasonOutcome } from "./outcome";

describe("admin outcomes", () => {
  it("shows only known outcome words, Vietnamese first", () => {
    expect(adminOutcomeMessage("suspended", "vi")).toEqual({
      ok: true,
      text: expect.stringContaining("Đã tạm ngừng"),
    });
    expect(adminOutcomeMessage("self_demote", "en")).toMatchObject({ ok: false });
    expect(adminOutcomeMessage("<script>", "vi")).toBeNull();
    expect(adminOutcomeMessage("toString", "vi")).toBeNull();
    expect(adminOutcomeMessage(undefined, "vi")).toBeNull();
  });

  it("names what was wrong with the reason", () => {
    expect(reasonOutcome(undefined)).toBe("reason_missing");
    expect(reasonOutcome("   ")).toBe("reason_missing");
    expect(reasonOutcome("vi phạm")).toBe("reason_short");
    expect(reasonOutcome("x".repeat(501))).toBe("reason_long");
  });

  it("maps the API's refusals to words", () => {
    expect(outcomeOfError({ code: "CONFLICT", cause: { reason: "SELF_DEMOTE" } })).toBe("self_demote");
    expect(outcomeOfError({ code: "CONFLICT", cause: { reason: "CERTIFICATE_NOT_VERIFIED" } })).toBe(
      "not_verified",
    );
    expect(outcomeOfError({ code: "NOT_FOUND" })).toBe("not_found");
    expect(outcomeOfError({ code: "FORBIDDEN" })).toBe("forbidden");
    expect(outcomeOfError(new Error("boom"))).toBe("error");
  });
});
