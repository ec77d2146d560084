import { databaseUrl } from "../env";
import { migrate } from "../migrate";

const applied = await migrate(databaseUrl(), console.log);
console.log(applied.length ? `${applied.length} migration(s) applied` : "database is up to date");
