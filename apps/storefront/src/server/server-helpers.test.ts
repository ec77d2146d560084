import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { safeLocalPath } from "./safe-path";
import { badRequestMessages, isTrpcError } from "./trpc-errors";

describe("safeLocalPath", () => {
  it("accepts local paths with queries", () => {
    expect(safeLocalPath("/p/ot-chao-mao-dai-duc?x=1")).toBe("/p/ot-chao-mao-dai-duc?x=1");
  });
  it.each([
    "https://evil.example",
    "//evil.example",
    "/\\evil.example",
    "/\t/evil.example",
    "javascript:alert(1)",
    "",
    null,
  ])("refuses %j", (v) => {
    expect(safeLocalPath(v)).toBe("/");
  });
});

describe("trpc errors", () => {
  it("reads zod issue messages from a BAD_REQUEST", () => {
    const parsed = z
      .object({ q: z.string().max(2, { error: "Từ khóa tối đa 2 ký tự" }) })
      .safeParse({ q: "abc" });
    const e = new TRPCError({ code: "BAD_REQUEST", cause: parsed.error });
    expect(badRequestMessages(e)).toEqual(["Từ khóa tối đa 2 ký tự"]);
  });
  it("uses the message of a domain BAD_REQUEST and ignores other codes", () => {
    expect(badRequestMessages(new TRPCError({ code: "BAD_REQUEST", message: "Sai" }))).toEqual(["Sai"]);
    expect(badRequestMessages(new TRPCError({ code: "NOT_FOUND" }))).toBeNull();
    expect(badRequestMessages(new Error("x"))).toBeNull();
    expect(isTrpcError(new TRPCError({ code: "NOT_FOUND" }), "NOT_FOUND")).toBe(true);
  });
});
