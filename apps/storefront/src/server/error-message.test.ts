import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { GENERIC_ERROR_MESSAGE, userMessage } from "./error-message";

describe("userMessage", () => {
  it("joins zod's field messages from a BAD_REQUEST, each once", () => {
    const parsed = z
      .object({
        phone: z.string().min(10, { error: "Số điện thoại không hợp lệ" }),
        name: z.string().min(1, { error: "Vui lòng nhập họ tên" }),
      })
      .safeParse({ phone: "1", name: "" });
    const e = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    expect(userMessage(e)).toBe("Số điện thoại không hợp lệ. Vui lòng nhập họ tên");
  });

  it("shows a domain error's message", () => {
    expect(userMessage(new TRPCError({ code: "CONFLICT", message: "“Gà Tiên Yên” chỉ còn 3 kg" }))).toBe(
      "“Gà Tiên Yên” chỉ còn 3 kg",
    );
  });

  it("never shows an internal error or a non-tRPC error", () => {
    expect(
      userMessage(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "relation does not exist" })),
    ).toBe(GENERIC_ERROR_MESSAGE);
    expect(userMessage(new Error("ECONNREFUSED"))).toBe(GENERIC_ERROR_MESSAGE);
    expect(userMessage("boom", "Thử lại sau")).toBe("Thử lại sau");
  });
});
