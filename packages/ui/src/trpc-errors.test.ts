import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { badRequestMessages, isTrpcError, trpcErrorMessages } from "./trpc-errors";

/** What zod's safeParse error looks like to tRPC: an Error carrying `issues`. */
const zodLike = (...messages: string[]) =>
  Object.assign(new Error("invalid input"), { issues: messages.map((message) => ({ message })) });

describe("isTrpcError", () => {
  it("recognises a tRPC error by name and code", () => {
    const notFound = new TRPCError({ code: "NOT_FOUND" });
    expect(isTrpcError(notFound, "NOT_FOUND")).toBe(true);
    expect(isTrpcError(notFound, "BAD_REQUEST")).toBe(false);
    expect(isTrpcError(notFound)).toBe(true);
  });

  it("goes by shape, so an error from another copy of @trpc/server still counts", () => {
    const copy = Object.assign(new Error("Không tìm thấy"), { name: "TRPCError", code: "NOT_FOUND" });
    expect(isTrpcError(copy, "NOT_FOUND")).toBe(true);
  });

  it("refuses anything else", () => {
    expect(isTrpcError(new Error("x"), "NOT_FOUND")).toBe(false);
    expect(isTrpcError(new Error("x"))).toBe(false);
    expect(isTrpcError(Object.assign(new Error("x"), { name: "TRPCError" }))).toBe(false);
    expect(isTrpcError({ name: "TRPCError", code: "NOT_FOUND", message: "x" }, "NOT_FOUND")).toBe(false);
    expect(isTrpcError(null)).toBe(false);
    expect(isTrpcError("NOT_FOUND", "NOT_FOUND")).toBe(false);
  });
});

describe("badRequestMessages", () => {
  it("reads zod's issue messages, each once", () => {
    const e = new TRPCError({
      code: "BAD_REQUEST",
      cause: zodLike("Từ khóa tối đa 2 ký tự", "Số trang không hợp lệ", "Từ khóa tối đa 2 ký tự"),
    });
    expect(badRequestMessages(e)).toEqual(["Từ khóa tối đa 2 ký tự", "Số trang không hợp lệ"]);
  });

  it("uses the domain error's message when there are no issues", () => {
    expect(badRequestMessages(new TRPCError({ code: "BAD_REQUEST", message: "Sai" }))).toEqual(["Sai"]);
    expect(
      badRequestMessages(new TRPCError({ code: "BAD_REQUEST", message: "Sai", cause: zodLike() })),
    ).toEqual(["Sai"]);
  });

  it("is null for other codes and for errors that are not tRPC's", () => {
    expect(badRequestMessages(new TRPCError({ code: "NOT_FOUND" }))).toBeNull();
    expect(badRequestMessages(new TRPCError({ code: "INTERNAL_SERVER_ERROR", message: "SQL" }))).toBeNull();
    expect(badRequestMessages(new Error("x"))).toBeNull();
    expect(badRequestMessages(undefined)).toBeNull();
  });
});

describe("trpcErrorMessages", () => {
  it("works for any code", () => {
    expect(trpcErrorMessages(new TRPCError({ code: "CONFLICT", message: "Chỉ còn 3 kg" }))).toEqual([
      "Chỉ còn 3 kg",
    ]);
    expect(
      trpcErrorMessages(new TRPCError({ code: "BAD_REQUEST", cause: zodLike("Vui lòng nhập mã đơn hàng") })),
    ).toEqual(["Vui lòng nhập mã đơn hàng"]);
  });
});
