export { redisAnswers } from "@cho-phien/api/testing";

export const DEFAULT_REDIS_URL = "redis://127.0.0.1:6379";
