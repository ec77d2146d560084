import { safeLocalPath } from "@cho-phien/validators/safe-path";
import { describe, expect, it } from "vitest";
import { AREAS, areasFor, decideAccess, homeFor, ROLE_LABELS, signInHref } from "./areas";

const user = (role: "buyer" | "seller" | "reviewer" | "admin") => ({ id: `u-${role}`, name: role, role });

describe("areas by role", () => {
  it("shows each role only the areas it may open, in navigation order", () => {
    expect(areasFor("buyer")).toEqual([]);
    expect(areasFor("seller").map((a) => a.href)).toEqual(["/seller"]);
    expect(areasFor("reviewer").map((a) => a.href)).toEqual(["/reviewer"]);
    expect(areasFor("admin").map((a) => a.href)).toEqual(["/seller", "/reviewer", "/admin"]);
  });

  it("sends each role home to its own area; a buyer has none; an admin lands on administration", () => {
    expect(homeFor("buyer")).toBeNull();
    expect(homeFor("seller")).toBe("/seller");
    expect(homeFor("reviewer")).toBe("/reviewer");
    expect(homeFor("admin")).toBe("/admin");
  });

  it("names every role and area in Vietnamese", () => {
    expect(Object.keys(ROLE_LABELS).sort()).toEqual(["admin", "buyer", "reviewer", "seller"]);
    expect(AREAS.map((a) => a.label)).toEqual(["Nhà vườn", "Duyệt tin", "Quản trị"]);
  });
});

describe("decideAccess (the page guard)", () => {
  it("sends an anonymous visitor to sign in, coming back to the page", () => {
    const access = decideAccess(null, "shop:manage", "/seller/orders?trang-thai=placed");
    expect(access).toEqual({
      kind: "sign-in",
      to: "/dang-nhap?next=%2Fseller%2Forders%3Ftrang-thai%3Dplaced",
    });
    expect(decideAccess(undefined, "user:manage", "/admin")).toEqual({
      kind: "sign-in",
      to: "/dang-nhap?next=%2Fadmin",
    });
  });

  it("lets each role into its own areas and refuses the others with 403", () => {
    const cases = [
      ["buyer", "shop:manage", "forbidden"],
      ["buyer", "listing:review", "forbidden"],
      ["buyer", "user:manage", "forbidden"],
      ["seller", "shop:manage", "enter"],
      ["seller", "listing:review", "forbidden"],
      ["seller", "payment:confirm", "forbidden"],
      ["reviewer", "listing:review", "enter"],
      ["reviewer", "shop:manage", "forbidden"],
      ["reviewer", "user:manage", "forbidden"],
      ["admin", "shop:manage", "enter"],
      ["admin", "listing:review", "enter"],
      ["admin", "user:manage", "enter"],
      ["admin", "payment:confirm", "enter"],
    ] as const;
    for (const [role, permission, kind] of cases) {
      expect(decideAccess(user(role), permission, "/x").kind, `${role} ${permission}`).toBe(kind);
    }
  });

  it("hands the signed-in user through when they may enter", () => {
    const seller = user("seller");
    expect(decideAccess(seller, "shop:manage", "/seller")).toEqual({ kind: "enter", user: seller });
  });

  it("builds a sign-in link whose `next` the sign-in page accepts as the same path", () => {
    const here = "/seller/orders?trang-thai=placed&page=2";
    const next = new URL(signInHref(here), "http://localhost:3001").searchParams.get("next");
    expect(safeLocalPath(next)).toBe(here);
  });
});
