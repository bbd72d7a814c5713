import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/lib/engine/pipeline.ts';

// Row tables for the quote and speaker stages: sentences written for these tests (no corpus
// text). Each row: input, the quoted text the engine must find (a substring of the quote's span),
// its kind, and the resolved speaker name (null = found but deliberately unattributed).

interface Row {
	text: string;
	quote: string;
	kind: 'direct' | 'indirect';
	speaker: string | null;
	sieve?: string;
}

function run(text: string) {
	return analyze(text, { lang: 'de', questions: false });
}

function findQuote(text: string, needle: string) {
	const a = run(text);
	// the tightest quote around the needle (a direct quote may sit inside a report)
	return a.quotes
		.filter((q) => text.slice(q.start, q.end).includes(needle) && q.end - q.start <= needle.length + 90)
		.sort((x, y) => x.end - x.start - (y.end - y.start))[0];
}

const direct: Row[] = [
	{ text: '„Wir werden die Schule noch in diesem Jahr sanieren“, sagte Bürgermeisterin Anna Berger am Montag.', quote: 'Wir werden die Schule', kind: 'direct', speaker: 'Anna Berger', sieve: 'trailing-frame' },
	{ text: 'Der Trainer sagte: „Wir haben heute verdient verloren und müssen uns steigern.“', quote: 'Wir haben heute verdient', kind: 'direct', speaker: 'der Trainer', sieve: 'colon-intro' },
	{ text: '„Das ist ein guter Tag für die Stadt und für alle Menschen hier“, so der Bürgermeister.', quote: 'Das ist ein guter Tag', kind: 'direct', speaker: 'der Bürgermeister', sieve: 'so-frame' },
	{ text: 'Umweltminister Karl Hofer kritisierte den Plan. Er nannte ihn „völlig verfehlt“.', quote: 'völlig verfehlt', kind: 'direct', speaker: 'Karl Hofer' },
	{ text: 'Polizeisprecherin Jana Roth äußerte sich am Abend. „Die Lage ist unter Kontrolle und niemand wurde verletzt“, betonte sie.', quote: 'Die Lage ist unter Kontrolle', kind: 'direct', speaker: 'Jana Roth', sieve: 'pronoun-recent' },
	{ text: 'Roth: „Wir ermitteln in alle Richtungen.“', quote: 'Wir ermitteln', kind: 'direct', speaker: 'Roth', sieve: 'colon-name' },
	{ text: 'Die Stiftung stellte den Bericht vor. Der Leiter der Stiftung, Peter Lang, sagte: „Die Zahlen sind alarmierend, wir müssen jetzt handeln.“', quote: 'Die Zahlen sind alarmierend', kind: 'direct', speaker: 'Peter Lang' },
	{ text: '„Die Arbeit ist nicht getan“, sagte sie, „wir fangen gerade erst an.“ Das erklärte Ministerin Eva Stein.', quote: 'Die Arbeit ist nicht getan', kind: 'direct', speaker: null }
];

const indirect: Row[] = [
	{ text: 'Die Feuerwehr teilte am Sonntag mit, dass der Brand in der Nacht gelöscht worden sei.', quote: 'der Brand in der Nacht gelöscht', kind: 'indirect', speaker: 'die Feuerwehr', sieve: 'cue-clause' },
	{ text: 'Der Brand sei in der Nacht gelöscht worden, erklärte ein Sprecher der Feuerwehr.', quote: 'Der Brand sei in der Nacht gelöscht worden', kind: 'indirect', speaker: 'ein Sprecher der Feuerwehr', sieve: 'trailing-frame' },
	{ text: 'Nach Angaben der Polizei wurden drei Personen leicht verletzt.', quote: 'wurden drei Personen leicht verletzt', kind: 'indirect', speaker: 'die Polizei', sieve: 'source-phrase' },
	{ text: 'Laut dem Wetterdienst wird es am Wochenende deutlich kälter.', quote: 'wird es am Wochenende deutlich kälter', kind: 'indirect', speaker: 'dem Wetterdienst' },
	{ text: 'Dem Bericht der Kommission zufolge sind die Kosten gestiegen.', quote: 'sind die Kosten gestiegen', kind: 'indirect', speaker: 'die Kommission' },
	{ text: 'Die Gewerkschaft forderte die Regierung auf, die Löhne zu erhöhen.', quote: 'die Löhne zu erhöhen', kind: 'indirect', speaker: 'die Gewerkschaft', sieve: 'cue-clause' },
	{ text: 'Die Ministerin sagte, die Reform komme im Herbst. Sie sei gut vorbereitet.', quote: 'Sie sei gut vorbereitet', kind: 'indirect', speaker: 'die Ministerin', sieve: 'free-indirect' },
	{ text: 'Die Ärzte hätten alles versucht. Das sagte der Direktor der Klinik, Hans Maier, am Dienstag.', quote: 'Die Ärzte hätten alles versucht', kind: 'indirect', speaker: 'Hans Maier', sieve: 'das-sagte' },
	{ text: 'Wie ein Sprecher des Konzerns mitteilte, wird das Werk geschlossen.', quote: 'wird das Werk geschlossen', kind: 'indirect', speaker: 'ein Sprecher des Konzerns' },
	{ text: 'Der Sprecher, Jan Ort, der seit Jahren im Amt ist, kündigte an, das Werk werde geschlossen.', quote: 'das Werk werde geschlossen', kind: 'indirect', speaker: 'Jan Ort' },
	{ text: 'Der Sprecher sagte, die Lage sei ernst. Der Vorfall sei „völlig inakzeptabel“ gewesen.', quote: 'völlig inakzeptabel', kind: 'direct', speaker: 'der Sprecher' },
	{ text: 'Laut einer Umfrage würden viele Menschen öfter Rad fahren.', quote: 'würden viele Menschen öfter Rad fahren', kind: 'indirect', speaker: null }
];

describe('direct quotes and their speakers', () => {
	it.each(direct)('$text', (row) => {
		const q = findQuote(row.text, row.quote);
		expect(q, 'quote found').toBeDefined();
		expect(q!.kind).toBe(row.kind);
		if (row.speaker === null) return;
		expect(q!.speaker?.name).toBe(row.speaker);
		if (row.sieve) expect(q!.speaker?.sieve.startsWith(row.sieve)).toBe(true);
	});
});

describe('reported speech and its speakers', () => {
	it.each(indirect)('$text', (row) => {
		const q = findQuote(row.text, row.quote);
		expect(q, 'quote found').toBeDefined();
		expect(q!.kind).toBe(row.kind);
		if (row.speaker === null) return;
		expect(q!.speaker?.name.toLowerCase()).toContain(row.speaker.toLowerCase().replace(/^(der|die|das|dem|ein) /, ''));
		if (row.sieve) expect(q!.speaker?.sieve.startsWith(row.sieve)).toBe(true);
	});
});

describe('subjects with their remit, brackets and affiliation', () => {
	it.each([
		['Das Bundesamt für Migration und Flüchtlinge teilte mit, die Zahl der Anträge sei gestiegen.', 'das Bundesamt für Migration und Flüchtlinge'],
		['Die Beauftragte für Datenschutz sagte, die Zahl der Anfragen sei gestiegen.', 'die Beauftragte für Datenschutz'],
		['Die Deutsche Anlegervereinigung für Kleinaktionäre (DAK) ist der Ansicht, dass das Gesetz schade.', 'die Deutsche Anlegervereinigung für Kleinaktionäre (DAK)'],
		['Karl Huber vom Netzwerk Bürgerwille ist der Meinung, dass die Klage nichts verzögern dürfe.', 'Karl Huber'],
		['Die CDU/CSU erklärte, der Entwurf sei verfassungswidrig.', 'die CDU/CSU'],
		['Eva Kühn, Sprecherin von Bündnis 90/Die Grünen, sagte, der Plan sei gescheitert.', 'Eva Kühn'],
		['Paul Kern, ein Abgeordneter aus Ohio und Oberst außer Dienst, sagte, dass der Vorfall kein Unfall gewesen sei.', 'Paul Kern'],
		['Kurt Hagen, Präsident der Universität Bonn und derzeitiger Vorsitzender der Konferenz, sagte, der Plan sei gut.', 'Kurt Hagen'],
		['Besorgt äußerte sich Eva Brandt über die Zunahme der Gewalt. Die Lage sei ernst.', 'Eva Brandt']
	])('%s', (t, name) => {
		expect(run(t).quotes[0]?.speaker?.name).toBe(name);
	});
});

describe('sources without a speech-verb subject', () => {
	it.each([
		['Wie aus Unternehmenskreisen verlautete, soll der Chef zurücktreten.', 'Unternehmenskreisen'],
		['Die Firma soll verkauft werden, wie aus Kreisen der Regierung verlautete.', 'Kreisen der Regierung'],
		['Einer Rednerin zufolge sei die Lage ernst.', 'eine Rednerin'],
		['Dem Minister Karl Huber zufolge sei die Lage ernst.', 'Karl Huber']
	])('%s', (t, name) => {
		const q = run(t).quotes[0];
		expect(q?.speaker?.name).toBe(name);
	});

	it('"Demnach" continues the report before it and is the mention the sentence uses', () => {
		const t = 'Die Vereinten Nationen teilten mit, viele Zivilisten seien getötet worden. Demnach hätten sich die Menschen in eine Kirche geflüchtet.';
		const q = run(t).quotes[1];
		expect(q?.speaker?.name).toBe('die Vereinten Nationen');
		expect(t.slice(q!.speaker!.start, q!.speaker!.end)).toBe('Demnach');
	});

	it.each([
		['Aus Paris hieß es, das Vorgehen sei eine schwere Verletzung.', 'Paris'],
		['Hartmann selbst schrieb in einer Erklärung, sie wolle eine Abstimmung ersparen.', 'Hartmann'],
		['Müller sagte in der bereits erwähnten Botschaft, der Verzicht sei keine leichte Entscheidung gewesen.', 'Müller']
	])('%s', (t, name) => {
		const a = run(t);
		expect(a.quotes.map((q) => q.speaker?.name)).toEqual([name]);
	});

	it('a circle is never asked about as a person', () => {
		const a = run('Wie aus Unternehmenskreisen verlautete, soll der Chef zurücktreten.');
		expect(a.entities.filter((e) => e.kind === 'person')).toEqual([]);
	});
});

describe('direct quotes inside reported speech', () => {
	it('a long quote inside a free indirect sentence takes the report speaker', () => {
		const a = run('Die Ministerin Eva Roth sagte, es müsse Schluss sein mit dem Streit. Es drohe „eine dramatische Entwicklung, die nur durch sofortiges Umsteuern noch abgewendet werden kann“.');
		const q = a.quotes.find((x) => x.kind === 'direct');
		expect(q?.rule).toBe('direct.inside-report');
		expect(q?.speaker?.name).toBe('Eva Roth');
	});

	it('a quote outside any report stays without speaker', () => {
		const a = run('Die Ministerin Eva Roth kam am Montag. „Eine dramatische Entwicklung, die nur durch sofortiges Umsteuern noch abgewendet werden kann.“');
		expect(a.quotes.filter((x) => x.kind === 'direct' && x.rule === 'direct.inside-report')).toEqual([]);
	});
});

describe('split quotes', () => {
	it('joins „…“, sagte er, „…“ into one quote with segments', () => {
		const text = 'Der Trainer war zufrieden. „Wir haben gut gespielt“, sagte er, „und wir haben verdient gewonnen.“';
		const a = run(text);
		const q = a.quotes.find((x) => x.kind === 'direct');
		expect(q?.segments?.length).toBe(2);
		expect(text.slice(q!.start, q!.end)).toContain('und wir haben verdient gewonnen');
		expect(q?.speaker?.name).toBe('der Trainer');
	});
});

// False positives: titles, names, terms and scare quotes are no quotes; no quote is
// attributed to a speaker the text does not name.
const noQuote: [string, string][] = [
	['Der Film „Das Boot“ läuft heute im Fernsehen.', 'Das Boot'],
	['Die Zeitung „Berliner Morgen“ erscheint täglich.', 'Berliner Morgen'],
	['Er las den Roman „Die Blechtrommel“ in einer Nacht.', 'Die Blechtrommel'],
	['Die sogenannte „Schuldenbremse“ gilt seit Jahren.', 'Schuldenbremse'],
	['Das Schiff „Aurora“ lag im Hafen.', 'Aurora'],
	['Am 3. Oktober fand das Fest statt.', 'Oktober'],
	['Die Band „Nachtwind“ spielte bis Mitternacht.', 'Nachtwind'],
	['Der Begriff „Wutbürger“ wurde zum Wort des Jahres.', 'Wutbürger'],
	['Laut Gesetz ist das Parken dort verboten.', 'Parken'],
	['Das Gericht stufte die Band ein. „Nachtwind“ habe in Liedern gehetzt.', 'Nachtwind'],
	['Gemäß Artikel 5 der Satzung tagt der Vorstand jährlich.', 'Vorstand']
];

describe('false positives', () => {
	it.each(noQuote)('%s', (text, needle) => {
		const a = run(text);
		expect(a.quotes.filter((q) => text.slice(q.start, q.end).includes(needle))).toEqual([]);
	});

	it('never turns a first-person pronoun into a speaker', () => {
		const a = run('Wir wissen, dass die Lage schwierig ist. Ich glaube, es wird besser.');
		for (const q of a.quotes) expect(q.speaker?.name ?? '').not.toMatch(/^(wir|ich)$/i);
	});

	it('leaves a passive accusation without a speaker', () => {
		const a = run('Dem Manager wird vorgeworfen, Gelder veruntreut zu haben.');
		for (const q of a.quotes) expect(q.speaker).toBeNull();
	});

	it('does not attribute to an object of the frame verb', () => {
		const a = run('Die Richterin wies die Möglichkeit zurück, die Kaution nachträglich zuzulassen, wenn es gelänge.');
		for (const q of a.quotes) expect(q.speaker?.name ?? '').not.toMatch(/Möglichkeit/);
	});

	it('reports an unbalanced quotation mark and still analyses the rest', () => {
		const text = '„Das ist ein offenes Zitat ohne Ende. Der Minister sagte, die Lage sei ernst.';
		const a = run(text);
		expect(a.diagnostics.some((d) => d.code === 'unbalanced-quote')).toBe(true);
		expect(a.quotes.some((q) => q.kind === 'indirect' && q.speaker?.name === 'der Minister')).toBe(true);
	});
});

describe('entities', () => {
	it('keeps persons with their role, and resolves a surname to the full name', () => {
		const a = run('NATO-Sprecherin Maria Lind sagte, die Lage sei ernst. „Wir beobachten das genau“, erklärte Lind.');
		const person = a.entities.find((e) => e.kind === 'person' && e.name === 'Maria Lind');
		expect(person?.role).toBe('NATO-Sprecherin');
		const q = a.quotes.find((x) => x.kind === 'direct');
		expect(q?.speaker?.name).toBe('Maria Lind');
		expect(text(a, q!.speaker!)).toBe('Lind');
	});

	it('an organisation noun before a name makes an organisation, not a person with a role', () => {
		const a = run('Die Staatsanwaltschaft Krefeld sagte, der Fall werde geprüft. Nach Angaben der Polizei Köln gab es keine Verletzten.');
		expect(a.entities.filter((e) => e.kind === 'person')).toEqual([]);
		expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Staatsanwaltschaft Krefeld', 'Polizei Köln']));
		expect(a.quotes.map((q) => q.speaker?.name)).not.toContain('Köln');
		expect(a.questions.filter((q) => q.type === 'who-is')).toEqual([]);
	});

	it('a name ending like a short role suffix is no role ("-rrat"), a compound is ("Stadtrat")', () => {
		const a = run('Präsident Kerrat Jomali sagte, die Wahl sei frei. Stadtrat Paul Berger sagte, die Wahl sei gut.');
		expect(a.entities.find((e) => e.name.includes('Jomali'))?.name).toBe('Kerrat Jomali');
		expect(a.entities.find((e) => e.name === 'Paul Berger')?.role).toBe('Stadtrat');
	});

	it('keeps name particles inside a name, and finds the surname with its particle', () => {
		const a = run('Bundesministerin Anna von der Heide (CDU) stellte den Plan vor. Von der Heide betonte, unter den Bewerbern seien viele Frauen. Die Ministerin Maria de la Fuente sagte, das Gesetz komme.');
		expect(a.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Anna von der Heide', 'Maria de la Fuente']));
		expect(a.quotes.map((q) => q.speaker?.name)).toEqual(['Anna von der Heide', 'Maria de la Fuente']);
	});

	it.each([
		['Von der Bühne rief er, der Plan sei gescheitert.', 'Bühne'],
		['Ein Sprecher von der Polizei sagte, die Lage sei ruhig.', 'Polizei'],
		['Truppen von Nordkorea seien eingetroffen, sagte der Minister.', 'Nordkorea']
	])('a preposition before a noun is no name particle: %s', (t, noun) => {
		const a = run(t);
		expect(a.entities.filter((e) => e.kind === 'person' && e.name.includes(noun))).toEqual([]);
	});

	// the marked mention takes in the apposition or affiliation that introduces the speaker;
	// the name stays the name
	it.each([
		['Die Kampagne habe gewirkt. Das sagte Anna Weber, Leiterin der Stelle für Suchtfragen, am Montag.', 'Anna Weber, Leiterin der Stelle für Suchtfragen'],
		['Der Plan sei gescheitert, sagte General Paul Berger, Kommandant der Truppe, ohne Details zu nennen.', 'General Paul Berger, Kommandant der Truppe'],
		['Die Lage sei ernst, sagte Karl Huber vom Institut für Meeresforschung.', 'Karl Huber vom Institut für Meeresforschung'],
		['Die Lage sei ernst, sagte Eva Roth (SPD).', 'Eva Roth (SPD)']
	])('%s', (t, mention) => {
		const q = run(t).quotes.find((x) => x.speaker);
		expect(t.slice(q!.speaker!.start, q!.speaker!.end)).toBe(mention);
		expect(q!.speaker!.name).toBe(mention.split(/[,(]| vom /)[0].replace('General ', '').trim());
	});

	it('an organisation\'s mention takes in where it sits, its name stays', () => {
		const t = 'Das Beben erreichte eine Stärke von 7,4, teilte der ZWD in Bergen mit.';
		const q = run(t).quotes[0];
		expect(q?.speaker?.name).toBe('der ZWD');
		expect(t.slice(q!.speaker!.start, q!.speaker!.end)).toBe('der ZWD in Bergen');
	});

	it.each([
		['Die Lage sei ernst, sagte Eva Roth, die Sprecherin ist.', 'Eva Roth'],
		['Die Lage sei ernst, sagte Eva Roth, dann ging sie.', 'Eva Roth']
	])('a clause after the name is no apposition: %s', (t, mention) => {
		const q = run(t).quotes.find((x) => x.speaker);
		expect(t.slice(q!.speaker!.start, q!.speaker!.end)).toBe(mention);
	});

	it('marks the frame mention, not the name, as the speaker span', () => {
		const t = 'Bürgermeister Tom Weber eröffnete die Brücke. „Ein großer Tag für uns alle hier“, sagte er.';
		const a = run(t);
		const q = a.quotes.find((x) => x.kind === 'direct');
		expect(q?.speaker?.name).toBe('Tom Weber');
		expect(t.slice(q!.speaker!.start, q!.speaker!.end)).toBe('er');
	});
});

function text(a: ReturnType<typeof run>, span: { start: number; end: number }): string {
	return a.doc.text.slice(span.start, span.end);
}

describe('source phrases are named in the nominative', () => {
	const rows: [string, string][] = [
		['Nach Angaben des südkoreanischen Geheimdienstes sind die Soldaten eingetroffen.', 'der südkoreanische Geheimdienst'],
		['Nach Angaben der örtlichen Polizei gab es keine Verletzten.', 'die örtliche Polizei'],
		['Nach Angaben des Ministeriums ist die Lage ruhig.', 'das Ministerium'],
		['Nach Angaben von Politikern der Opposition sei der Plan gescheitert.', 'Politiker der Opposition'],
		['Nach Angaben einer Bauerngenossenschaft wurden viele Felder verwüstet.', 'eine Bauerngenossenschaft'],
		['Nach Angaben eines Sprechers der Feuerwehr brannte die Halle völlig aus.', 'ein Sprecher der Feuerwehr'],
		['Laut Angaben einer Sprecherin der Stadt bleiben die Straßen gesperrt.', 'eine Sprecherin der Stadt'],
		['Nach Angaben informierter Kreise steht der Rücktritt bevor.', 'informierte Kreise'],
		['Nach Angaben von tv24 sind die Gruppen sehr mobil.', 'tv24'],
		['Angaben der Zeitung „Abendpost“ zufolge habe der Bürgermeister gelogen.', 'die Zeitung „Abendpost“']
	];
	it.each(rows)('%s', (text, name) => {
		const q = run(text).quotes.find((x) => x.kind === 'indirect');
		expect(q?.speaker?.name).toBe(name);
		// the speaker span is the whole source phrase the frame uses
		expect(text.slice(q!.speaker!.start, q!.speaker!.end)).toContain('Angaben');
	});
	// the source noun alone is no speaker, and a lower-case adjective after it is no name
	it.each([
		['Nach ersten Angaben gab es keine Verletzten.'],
		['Nach bisherigen Angaben wurde niemand verletzt.']
	])('%s has no confident speaker', (text) => {
		const q = run(text).quotes.find((x) => x.kind === 'indirect');
		expect(q?.speaker?.confidence ?? 0).toBeLessThan(0.5);
	});
});
