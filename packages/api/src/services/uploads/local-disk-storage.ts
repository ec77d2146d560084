import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { contentTypeOfKey, type ImageStorage, isStorageKey } from "./image-storage";

/** The repository root (the folder with pnpm-workspace.yaml) above `from`, or `from` itself. */
function repoRoot(from: string): string {
  let dir = path.resolve(from);
  for (;;) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    const up = path.dirname(dir);
    if (up === dir) return path.resolve(from);
    dir = up;
  }
}

/** UPLOAD_DIR, or `<repo>/.data/uploads` (ignored by git) for development. */
export function defaultUploadDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.UPLOAD_DIR
    ? path.resolve(env.UPLOAD_DIR)
    : path.join(repoRoot(process.cwd()), ".data", "uploads");
}

/**
 * Photos as files in one flat folder. A key that is not a generated one (a slash, "..", anything outside
 * isStorageKey) is refused before it can name a path, so nothing outside `root` is ever read or written.
 */
export class LocalDiskStorage implements ImageStorage {
  constructor(readonly root: string = defaultUploadDir()) {}

  private fileOf(key: string): string {
    if (!isStorageKey(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
    const file = path.join(this.root, key);
    if (path.dirname(file) !== path.resolve(this.root))
      throw new Error("storage key escapes the upload folder");
    return file;
  }

  async put(key: string, bytes: Uint8Array, _contentType?: string): Promise<void> {
    const file = this.fileOf(key);
    await mkdir(this.root, { recursive: true });
    // Written aside, then renamed: a reader never sees half a file.
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, bytes);
    await rename(tmp, file);
  }

  async get(key: string): Promise<{ bytes: Uint8Array; contentType: string } | null> {
    if (!isStorageKey(key)) return null;
    try {
      return { bytes: await readFile(this.fileOf(key)), contentType: contentTypeOfKey(key) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw e;
    }
  }
}
