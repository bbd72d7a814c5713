import type { LanguagePack } from '../context.ts';
import type { Lang } from '../types.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';

// The registry: every language the engine reads. Adding one is a folder beside these and a line
// here (see README, "Adding a language"); a folder that declares its code but is missing here
// does not compile.
export const packs: Record<Lang, LanguagePack> = { de, en };

/** the language assumed when detection is unsure */
export const fallbackLang: Lang = 'de';
