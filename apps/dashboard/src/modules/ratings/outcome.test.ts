import { ZReplyToRatingInput } from "@cho-phien/validators/ratings";
import { describe, expect, it } from "vitest";
import { ratingsMessages } from "./messages";
import { outcomeOfRefusedReply, outcomeOfReplyError, parseRatingOutcome, RATING_OUTCOMES } from "./outcome";

describe("reply outcomes", () => {
  it("names only known words, each with a message in both languages", () => {
    expect(parseRatingOutcome("replied")).toBe("replied");
    expect(parseRatingOutcome("<b>hi</b>")).toBeNull();
    for (const locale of ["vi", "en"] as const) {
      for (const o of RATING_OUTCOMES) expect(ratingsMessages(locale).outcomes[o]).toBeTruthy();
    }
  });

  it("tells an empty reply from a too long one, and maps the API's refusals", () => {
    const refused = (reply: unknown) => {
      const r = ZReplyToRatingInput.safeParse({ reviewId: "rv_1", reply });
      return r.success ? null : outcomeOfRefusedReply(r.error.issues);
    };
    expect(refused("  ")).toBe("empty");
    expect(refused(undefined)).toBe("empty");
    expect(refused("đ".repeat(1001))).toBe("too_long");
    expect(refused("Cảm ơn chị")).toBeNull();
    expect(
      outcomeOfRefusedReply(ZReplyToRatingInput.safeParse({ reviewId: "", reply: "ok" }).error!.issues),
    ).toBe("invalid");
    expect(outcomeOfReplyError({ code: "CONFLICT" })).toBe("already_replied");
    expect(outcomeOfReplyError({ code: "NOT_FOUND" })).toBe("not_found");
    expect(outcomeOfReplyError({ code: "FORBIDDEN" })).toBe("forbidden");
    expect(outcomeOfReplyError(new Error("boom"))).toBe("error");
  });
});
