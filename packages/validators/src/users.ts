import { z } from "zod";
import { ZPage } from "./pagination";

export const USER_SEARCH_MAX = 100;

/** Admin's user list: one search box matching a name (with or without tones) or part of a phone number. */
export const ZListUsersInput = z
  .object({
    q: z
      .string({ error: "Từ khóa không hợp lệ" })
      .max(USER_SEARCH_MAX, { error: `Từ khóa tối đa ${USER_SEARCH_MAX} ký tự` })
      .transform((s) => s.normalize("NFC").trim())
      .optional(),
    page: ZPage,
  })
  .prefault({});
export type TListUsersInput = z.input<typeof ZListUsersInput>;
