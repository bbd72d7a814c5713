import type { LanguagePack } from './pack.ts';
import { de } from './de/index.ts';
import { en } from './en/index.ts';

export const packs: Record<'de' | 'en', LanguagePack> = { de, en };
