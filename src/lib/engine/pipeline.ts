import type { Analysis, AnalyzeOptions, Doc } from './types.ts';
import { packStageNames, type Context, type LanguagePack, type Stage } from './context.ts';
import { packs } from './lang/index.ts';
import { prepareText } from './prepare.ts';
import { detectLanguage } from './lang.ts';
import { segmentParagraphs, segmentSentences } from './segment.ts';
import { extractNumbers } from './numbers/extract.ts';
import { generateQuestions } from './questions/generate.ts';
import { gatedView, scoreSpeakers } from './gate/index.ts';

export type { Context, Stage } from './context.ts';

/** The pipeline, in order, the same for every language. Each stage reads what earlier stages
 * wrote and adds its own items; the first four are the language pack's own. */
export const stages: Stage[] = [
	...packStageNames.map((name): Stage => ({ name, run: (ctx) => ctx.pack.stages[name](ctx) })),
	// issue 11: the answer-key gate scores every attribution; questions see only those that pass
	{ name: 'gate', run: scoreSpeakers },
	{ name: 'numbers', run: extractNumbers },
	{ name: 'questions', run: (ctx) => { if (ctx.options.questions !== false) generateQuestions({ ...ctx, analysis: gatedView(ctx.analysis) }); } }
];

function makeDoc(text: string, options: AnalyzeOptions, given?: LanguagePack): { doc: Doc; pack: LanguagePack } {
	const { work, diagnostics } = prepareText(typeof text === 'string' ? text : String(text ?? ''));
	let pack = given;
	if (!pack) {
		let lang = options.lang && options.lang !== 'auto' ? options.lang : undefined;
		if (!lang) {
			const detected = detectLanguage(work);
			lang = detected.lang;
			if (detected.diagnostic) diagnostics.push(detected.diagnostic);
		}
		pack = packs[lang];
	}
	const paragraphs = diagnostics.some((d) => d.severity === 'error') ? [] : segmentParagraphs(work);
	const sentences = segmentSentences(work, paragraphs, pack);
	return { doc: { text, work, lang: pack.lang as Doc['lang'], paragraphs, sentences, diagnostics }, pack };
}

/** Text → Analysis. Never throws: a stage that fails leaves a diagnostic and the others go on. */
export function analyze(text: string, options: AnalyzeOptions = {}): Analysis {
	return analyzeWith(undefined, text, options);
}

/** `analyze` with a given pack (a pack not in the registry, as the conformance suite's test
 * pack), or with the registry's choice when `pack` is undefined. */
export function analyzeWith(pack: LanguagePack | undefined, text: string, options: AnalyzeOptions = {}): Analysis {
	const made = makeDoc(text, options, pack);
	const { doc } = made;
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
	const ctx: Context = { analysis, pack: made.pack, options };
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
