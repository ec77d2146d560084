import { mediaResponse } from "@cho-phien/api/http";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** GET /media/<key>: a stored product photo, cached by browsers for a year (keys never change content). */
export async function GET(request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  return mediaResponse(request, (await params).key);
}

export const HEAD = GET;
