import { envOptions, type RuntimeEnv } from "@cho-phien/config/read-env";
import { createEnv } from "@t3-oss/env-core";
import { z } from "zod";

/** Who delivers one-time codes and order messages: the log (development), eSMS.vn brandname SMS, or Zalo ZNS. */
export const MESSAGE_PROVIDERS = ["log", "esms", "zns"] as const;
export type MessageProvider = (typeof MESSAGE_PROVIDERS)[number];

/** The providers' real addresses; tests and a staging setup point these at local fakes instead. */
export const ESMS_DEFAULT_API_URL = "https://rest.esms.vn";
export const ZNS_DEFAULT_API_URL = "https://business.openapi.zalo.me";

const templateId = z.string().regex(/^\d+$/, { error: "must be the numeric template id Zalo approved" });

/**
 * The messaging settings as a zod shape. The sign-in package spreads it into its own schema, so the start-up
 * check (which reads that schema) validates these too and there is one definition of each variable.
 */
export const messagingEnvShape = {
  MESSAGE_PROVIDER: z.enum(MESSAGE_PROVIDERS).default("log"),
  ESMS_API_KEY: z.string().optional(),
  ESMS_SECRET_KEY: z.string().optional(),
  ESMS_BRANDNAME: z.string().optional(),
  ESMS_API_URL: z
    .url({ error: "must be an absolute URL like https://rest.esms.vn" })
    .default(ESMS_DEFAULT_API_URL),
  ZNS_ACCESS_TOKEN: z.string().optional(),
  ZNS_API_URL: z
    .url({ error: "must be an absolute URL like https://business.openapi.zalo.me" })
    .default(ZNS_DEFAULT_API_URL),
  ZNS_OTP_TEMPLATE_ID: templateId.optional(),
  ZNS_ORDER_TEMPLATE_ID: templateId.optional(),
};

/** The messaging settings, validated (the API's notification sender reads them here). */
export function readMessagingEnv(runtimeEnv: RuntimeEnv = process.env) {
  return createEnv({ server: messagingEnvShape, ...envOptions(runtimeEnv) });
}

export type MessagingEnv = ReturnType<typeof readMessagingEnv>;

const REQUIRED: Record<MessageProvider, (keyof MessagingEnv)[]> = {
  log: [],
  esms: ["ESMS_API_KEY", "ESMS_SECRET_KEY", "ESMS_BRANDNAME"],
  zns: ["ZNS_ACCESS_TOKEN", "ZNS_OTP_TEMPLATE_ID", "ZNS_ORDER_TEMPLATE_ID"],
};

/**
 * What the chosen provider still lacks, one sentence each. Production refuses to start on any of them (a
 * half-configured provider would fail every code and every order message); elsewhere the sender refuses
 * to be built with the same sentences.
 */
export function messagingConfigProblems(env: MessagingEnv): string[] {
  return REQUIRED[env.MESSAGE_PROVIDER]
    .filter((key) => !env[key])
    .map((key) => `MESSAGE_PROVIDER is ${env.MESSAGE_PROVIDER} but ${key} is not set`);
}
