import { uploadImageResponse } from "@cho-phien/api/http";

// The photo's bytes are read (and capped at 10 MB) by the handler itself, on Node, never cached.
export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** POST /api/uploads: a farm's photo (multipart field `photo`). See uploadImageResponse. */
export function POST(request: Request): Promise<Response> {
  return uploadImageResponse(request);
}
