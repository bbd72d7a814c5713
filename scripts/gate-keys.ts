// Speaker keys on a benchmark split judged with the gate's labels (scripts/gate/data.ts), beside
// score-keys.mjs (run by `npm run eval`): score-keys checks a key by name alone and so calls the
// full name of an apposition ("Ms. Lind, a teacher," → "Maria Lind") wrong; here a key also
// counts right when its quote's speaker mention is the gold mention and shares a word with the
// key. A role noun resolved to a name stays judged by name. Items as score-keys takes them.
//   npx tsx scripts/gate-keys.ts de|en [dev|train]
import { join, resolve } from 'node:path';
import { analyze } from '../src/lib/engine/pipeline.ts';
import { attributionRight, goldUncheckable, loadBench } from './gate/data.ts';

const shared = process.env.WORTLAUT_SHARED ?? resolve(process.cwd(), '..', 'shared');
const lang = (process.argv[2] ?? 'de') as 'de' | 'en';
const split = process.argv[3] ?? 'dev';
const docs = loadBench(join(shared, 'data/bench', lang === 'de' ? 'wikinews-de' : 'polnear', split));
const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
let checked = 0, wrong = 0;
for (const doc of docs) {
	const a = analyze(doc.text, { lang });
	for (const q of a.questions) {
		const items: { name: string; ev: { start: number; end: number } }[] = [];
		if (q.target === 'speaker' && q.evidence) items.push({ name: String(q.answer), ev: q.evidence });
		if (q.target === 'boolean' && q.claim?.target === 'speaker' && q.claim.evidence && q.answer === true) items.push({ name: String(q.claim.value), ev: q.claim.evidence });
		if (q.target === 'quote' && q.evidence && q.speaker) items.push({ name: q.speaker, ev: q.evidence });
		if (q.target === 'match' && q.pairs) for (const p of q.pairs) items.push({ name: p.answer, ev: p.evidence });
		for (const it of items) {
			let g = null, bo = 0;
			for (const x of doc.quotes) { const o = overlap(it.ev, x); if (o > bo) { bo = o; g = x; } }
			if (!g || goldUncheckable(g)) continue;
			const quote = a.quotes.find((x) => x.speaker && x.start <= it.ev.start && x.end >= it.ev.end);
			const span = quote?.speaker ?? { start: 0, end: 0 };
			checked++;
			if (!attributionRight(g, { name: it.name, start: span.start, end: span.end }, doc.text)) {
				wrong++;
				if (process.argv.includes('--verbose')) console.log(`${doc.id} ${q.type}: key "${it.name}" vs gold mention "${g.speaker}"`);
			}
		}
	}
}
console.log(`gate keys ${lang} ${split}: checked=${checked} wrong=${wrong} wrong_rate=${(wrong / Math.max(1, checked)).toFixed(3)}`);
