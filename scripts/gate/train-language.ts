// One language's gate from a benchmark split directory: labelled rows, then the cross-validated fit.
import { collectRows, loadBench } from './data.ts';
import { fitGate, type Fitted } from './fit.ts';

export const SOURCES = {
	de: 'German Wikinews articles of the GermEval 2023/2024 speaker-attribution data (bench/wikinews-de/train), CC BY-NC-SA 4.0',
	en: 'PolNeAR train subset (bench/polnear/train): US political news 2016, no data license stated, copyrighted articles, internal use only'
};

export function trainLanguage(dir: string, lang: 'de' | 'en', source: string = SOURCES[lang]): Fitted & { labels: number[] } {
	const rows = collectRows(loadBench(dir), lang);
	return { ...fitGate(rows, lang, source), labels: rows.map((r) => r.label) };
}
