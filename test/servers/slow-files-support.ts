/** For the slow-file server's tests: whether FUSE can serve here, and why not (the tests skip with it). */
import { probeSlowFiles } from '../../servers/slow-files.js';

const probed = await probeSlowFiles(['python3', '/usr/bin/python3']);

/** The interpreter that serves, or null. */
export const fusePython: string | null = probed.ok ? probed.python : null;
/** Why the FUSE tests skip, or false when they run. */
export const fuseSkip: string | false = probed.ok ? false : `FUSE is not available here (${probed.tried.join('; ')}): npm run setup -- --fuse`;
