// The language packs live in engine/lang/; this path stays for the code that reads their data.
export { packs } from '../engine/lang/index.ts';
