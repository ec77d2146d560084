import type { Role } from "../generated/prisma/client";
import { DEMO_SHOPS } from "./shops";

/**
 * Demo sign-in accounts (phone + password), listed in the README and used by tests. The password is public
 * on purpose: these rows exist only in development and demo databases.
 */
export interface DemoAccount {
  /** As people type it (0901 000 001). */
  phone: string;
  password: string;
  role: Role;
  name: string;
  /** What the account is for, shown in the README. */
  note: string;
}

export const DEMO_PASSWORD = "chophien123";

/** The five accounts people try first: one per role, plus the village digital team helper. */
export const MAIN_DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    phone: "0901000001",
    password: DEMO_PASSWORD,
    role: "buyer",
    name: "Nguyễn Thu Hà",
    note: "Người mua / buyer",
  },
  {
    phone: "0901000002",
    password: DEMO_PASSWORD,
    role: "seller",
    name: "Triệu Văn Sinh",
    note: "Chủ gian hàng ớt Đại Dực / owner of the Đại Dực chili shop",
  },
  {
    phone: "0901000003",
    password: DEMO_PASSWORD,
    role: "reviewer",
    name: "Lê Minh Châu",
    note: "Kiểm duyệt tin đăng và chứng nhận OCOP / listing and OCOP reviewer",
  },
  {
    phone: "0901000004",
    password: DEMO_PASSWORD,
    role: "admin",
    name: "Phạm Quốc Bảo",
    note: "Quản trị / admin",
  },
  {
    phone: "0901000005",
    password: DEMO_PASSWORD,
    role: "seller",
    name: "Hoàng Thị Mai",
    note: "Tổ công nghệ số cộng đồng, hỗ trợ gian hàng Đại Dực / village digital team helper of the Đại Dực shop",
  },
];

/** Every demo account: the main five, then the owners of the other farm shops (sellers 0902 000 0xx). */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  ...MAIN_DEMO_ACCOUNTS,
  ...DEMO_SHOPS.filter((s) => !MAIN_DEMO_ACCOUNTS.some((a) => a.phone === s.ownerPhone)).map(
    (s): DemoAccount => ({
      phone: s.ownerPhone,
      password: DEMO_PASSWORD,
      role: "seller",
      name: s.ownerName,
      note: `Chủ gian hàng ${s.name}`,
    }),
  ),
];

export const DEMO_HELPER_PHONE = "0901000005";

/** +84901000001: how better-auth's phone plugin stores and looks up numbers. */
export function toE164(localPhone: string): string {
  return `+84${localPhone.replace(/^0/, "")}`;
}

/** The temporary e-mail better-auth's phone sign-up gives a user (see packages/auth getTempEmail). */
export function phoneEmail(localPhone: string): string {
  return `${toE164(localPhone).slice(1)}@phone.chophien.vn`;
}

/** Stable ids, so re-seeding updates rather than duplicates, and tests can find the rows. */
export function demoUserId(localPhone: string): string {
  return `demo-user-${localPhone}`;
}
