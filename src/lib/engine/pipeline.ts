import type { Analysis, AnalyzeOptions, Doc } from './types.ts';
import type { Context, Stage } from './context.ts';
import type { LanguagePack } from '../resources/pack.ts';
import { packs } from '../resources/index.ts';
import { prepareText } from './prepare.ts';
import { detectLanguage } from './lang.ts';
import { segmentParagraphs, segmentSentences } from './segment.ts';
import { findDirectQuotes } from './quotes/direct.ts';
import { findIndirectQuotes } from './quotes/indirect.ts';
import { attachFragments } from './quotes/fragments.ts';
import { attributeSpeakers } from './speakers/attribute.ts';
import { attributeEnglishSpeakers, findEnglishQuotes } from './en/index.ts';
import { extractNumbers } from './numbers/extract.ts';
import { generateQuestions } from './questions/generate.ts';

export type { Context, Stage } from './context.ts';

/** The pipeline, in order. Each stage reads what earlier stages wrote and adds its own items. */
export const stages: Stage[] = [
	{ name: 'quotes.direct', run: (ctx) => (ctx.pack.lang === 'en' ? findEnglishQuotes(ctx) : findDirectQuotes(ctx)) },
	{ name: 'quotes.indirect', run: (ctx) => { if (ctx.pack.lang !== 'en') findIndirectQuotes(ctx); } },
	{ name: 'quotes.fragments', run: (ctx) => { if (ctx.pack.lang !== 'en') attachFragments(ctx); } },
	{ name: 'speakers', run: (ctx) => (ctx.pack.lang === 'en' ? attributeEnglishSpeakers(ctx) : attributeSpeakers(ctx)) },
	{ name: 'numbers', run: extractNumbers },
	{ name: 'questions', run: (ctx) => { if (ctx.options.questions !== false) generateQuestions(ctx); } }
];

function makeDoc(text: string, options: AnalyzeOptions): { doc: Doc; pack: LanguagePack } {
	const { work, diagnostics } = prepareText(typeof text === 'string' ? text : String(text ?? ''));
	let lang = options.lang && options.lang !== 'auto' ? options.lang : undefined;
	if (!lang) {
		const detected = detectLanguage(work);
		lang = detected.lang;
		if (detected.diagnostic) diagnostics.push(detected.diagnostic);
	}
	const pack = packs[lang];
	const paragraphs = diagnostics.some((d) => d.severity === 'error') ? [] : segmentParagraphs(work);
	const sentences = segmentSentences(work, paragraphs, pack);
	return { doc: { text, work, lang, paragraphs, sentences, diagnostics }, pack };
}

/** Text → Analysis. Never throws: a stage that fails leaves a diagnostic and the others go on. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
	const { doc, pack } = makeDoc(text, options);
	const analysis: Analysis = {
		lang: doc.lang,
		doc,
		entities: [],
		quotes: [],
		numbers: [],
		questions: [],
		diagnostics: doc.diagnostics
	};
	if (doc.sentences.length === 0) return analysis;
	const ctx: Context = { analysis, pack, options };
	for (const stage of stages) {
		try {
			stage.run(ctx);
		} catch (error) {
			analysis.diagnostics.push({
				code: 'stage-failed',
				message: `${stage.name}: ${error instanceof Error ? error.message : String(error)}`,
				severity: 'error',
				start: 0,
				end: 0
			});
		}
	}
	return analysis;
}
