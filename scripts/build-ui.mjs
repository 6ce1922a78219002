// Bundles the web UI client (if present) into dist/ui/assets; the UI issue fills this in.
import { existsSync } from 'node:fs';
if (!existsSync('src/ui/client')) process.exit(0);
