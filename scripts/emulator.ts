/** `npm run emulator`: the Huawei Cloud emulator, standalone (PORT, default 8787). */
import { DEFAULT_AK, DEFAULT_SK, TEMP_AK, startEmulator } from '../test/emulator/server.ts';

const emulator = await startEmulator({ port: Number(process.env.PORT ?? 8787), jobDurationMs: Number(process.env.JOB_MS ?? 10_000) });
console.log(`Huawei Cloud emulator on ${emulator.url} (IMS and IAM)`);
console.log(`  AK ${DEFAULT_AK}  SK ${DEFAULT_SK}`);
console.log(`  temporary AK ${TEMP_AK} (see test/emulator/server.ts for its SK and token)`);
console.log(`  use ims_endpoint and iam_endpoint: ${emulator.url}`);
process.on('SIGINT', () => void emulator.close().then(() => process.exit(0)));
