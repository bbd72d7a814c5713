import type { NumberLexicon, UnitEntry } from '../number-lexicon.ts';

// German number data. Word atoms are lower case; "ue/oe/ss" spellings ("fuenf", "dreissig") are
// folded to "ü/ö/ß" before lookup.

const units: UnitEntry[] = [
	{ forms: ['%', 'Prozent', 'Prozentpunkte', 'Prozentpunkten', 'Prozentpunkt', 'vH', 'v.H.'], unit: '%', kind: 'percent' },
	{ forms: ['Promille'], unit: '‰', kind: 'percent' },
	// currencies
	{ forms: ['€', 'EUR', 'Euro', 'Euros'], unit: 'EUR', kind: 'currency', prefix: true },
	{ forms: ['US-Dollar', 'US$', 'USD', 'usd$', 'US-$'], unit: 'USD', kind: 'currency', prefix: true },
	{ forms: ['$', 'Dollar', 'Dollars'], unit: 'USD', kind: 'currency', prefix: true },
	{ forms: ['kanadische Dollar', 'kanadischen Dollar', 'CAD', 'cad$', 'C$'], unit: 'CAD', kind: 'currency', prefix: true },
	{ forms: ['australische Dollar', 'australischen Dollar', 'AUD', 'aud$', 'A$'], unit: 'AUD', kind: 'currency', prefix: true },
	{ forms: ['neuseeländische Dollar', 'neuseeländischen Dollar', 'NZD', 'nzd$'], unit: 'NZD', kind: 'currency', prefix: true },
	{ forms: ['mexikanische Pesos', 'mexikanischen Pesos', 'MXN', 'mxn$'], unit: 'MXN', kind: 'currency', prefix: true },
	{ forms: ['£', 'GBP', 'britische Pfund', 'britischen Pfund', 'Pfund Sterling'], unit: 'GBP', kind: 'currency', prefix: true },
	{ forms: ['CHF', 'Franken', 'Schweizer Franken', 'Fr.', 'SFr.'], unit: 'CHF', kind: 'currency', prefix: true },
	{ forms: ['¥', 'JPY', 'Yen'], unit: 'JPY', kind: 'currency', prefix: true },
	{ forms: ['CNY', 'RMB', 'Yuan', 'Renminbi'], unit: 'CNY', kind: 'currency', prefix: true },
	{ forms: ['RUB', 'Rubel', '₽'], unit: 'RUB', kind: 'currency', prefix: true },
	{ forms: ['INR', 'Rupien', 'Rupie', 'indische Rupien', 'indischen Rupien', '₹'], unit: 'INR', kind: 'currency', prefix: true },
	{ forms: ['Kronen', 'Krone', 'SEK', 'NOK', 'DKK', 'CZK'], unit: 'Kronen', kind: 'currency' },
	{ forms: ['Zloty', 'PLN'], unit: 'PLN', kind: 'currency' },
	{ forms: ['Forint', 'HUF'], unit: 'HUF', kind: 'currency' },
	{ forms: ['Lira', 'Lire', 'TRY'], unit: 'TRY', kind: 'currency' },
	{ forms: ['Hrywnja', 'Griwna', 'UAH'], unit: 'UAH', kind: 'currency' },
	{ forms: ['Riel', 'kambodschanische Riel', 'kambodschanischen Riel'], unit: 'KHR', kind: 'currency' },
	{ forms: ['Mark', 'D-Mark', 'DM', 'finnische Mark', 'finnischen Mark'], unit: 'Mark', kind: 'currency' },
	{ forms: ['Schilling'], unit: 'ATS', kind: 'currency' },
	{ forms: ['Pesos', 'Peso'], unit: 'Peso', kind: 'currency' },
	{ forms: ['Cent', 'ct'], unit: 'Cent', kind: 'currency', minorOf: 100 },
	{ forms: ['Pence', 'Penny'], unit: 'Pence', kind: 'currency', minorOf: 100 },
	{ forms: ['Rappen'], unit: 'Rappen', kind: 'currency', minorOf: 100 },
	// measures
	{ forms: ['km/h', 'Stundenkilometer', 'Stundenkilometern', 'Kilometer pro Stunde', 'Kilometern pro Stunde'], unit: 'km/h', kind: 'measure' },
	{ forms: ['m/s', 'Meter pro Sekunde', 'Metern pro Sekunde'], unit: 'm/s', kind: 'measure' },
	{ forms: ['km²', 'qkm', 'Quadratkilometer', 'Quadratkilometern'], unit: 'km²', kind: 'measure' },
	{ forms: ['m²', 'm^2', 'qm', 'Quadratmeter', 'Quadratmetern'], unit: 'm²', kind: 'measure' },
	{ forms: ['m³', 'm^3', 'Kubikmeter', 'Kubikmetern'], unit: 'm³', kind: 'measure' },
	{ forms: ['ha', 'Hektar'], unit: 'ha', kind: 'measure' },
	{ forms: ['km', 'Km', 'Kilometer', 'Kilometern'], unit: 'km', kind: 'measure', exact: true },
	{ forms: ['m', 'Meter', 'Metern'], unit: 'm', kind: 'measure', exact: true },
	{ forms: ['cm', 'Zentimeter', 'Zentimetern'], unit: 'cm', kind: 'measure', exact: true },
	{ forms: ['mm', 'Millimeter', 'Millimetern'], unit: 'mm', kind: 'measure', exact: true },
	{ forms: ['μm', 'µm', 'Mikrometer', 'Mikrometern'], unit: 'µm', kind: 'measure', exact: true },
	{ forms: ['nm', 'Nanometer', 'Nanometern'], unit: 'nm', kind: 'measure', exact: true },
	{ forms: ['Meilen', 'Meile'], unit: 'mi', kind: 'measure' },
	{ forms: ['Seemeilen', 'Seemeile'], unit: 'sm', kind: 'measure' },
	{ forms: ['Zoll'], unit: 'in', kind: 'measure' },
	{ forms: ['Fuß'], unit: 'ft', kind: 'measure' },
	{ forms: ['l', 'Liter', 'Litern'], unit: 'l', kind: 'measure', exact: true },
	{ forms: ['ml', 'Milliliter', 'Millilitern'], unit: 'ml', kind: 'measure', exact: true },
	{ forms: ['hl', 'Hektoliter', 'Hektolitern'], unit: 'hl', kind: 'measure', exact: true },
	{ forms: ['Barrel'], unit: 'bbl', kind: 'measure' },
	{ forms: ['t', 'Tonnen', 'Tonne'], unit: 't', kind: 'measure', exact: true },
	{ forms: ['kg', 'Kilogramm', 'Kilo'], unit: 'kg', kind: 'measure', exact: true },
	{ forms: ['g', 'Gramm'], unit: 'g', kind: 'measure', exact: true },
	{ forms: ['mg', 'Milligramm'], unit: 'mg', kind: 'measure', exact: true },
	{ forms: ['Pfund'], unit: 'Pfund', kind: 'measure' },
	{ forms: ['Teelöffel', 'TL'], unit: 'TL', kind: 'measure' },
	{ forms: ['Esslöffel', 'EL'], unit: 'EL', kind: 'measure' },
	{ forms: ['°C', '° C', '°Celsius', '° Celsius', 'Grad Celsius', 'Celsius'], unit: '°C', kind: 'measure' },
	{ forms: ['°F', '° F', 'Grad Fahrenheit', 'Fahrenheit'], unit: '°F', kind: 'measure' },
	{ forms: ['K', 'Kelvin'], unit: 'K', kind: 'measure', exact: true },
	{ forms: ['°', 'Grad'], unit: '°', kind: 'measure' },
	{ forms: ['rad'], unit: 'rad', kind: 'measure', exact: true },
	{ forms: ['Turn'], unit: 'turn', kind: 'measure' },
	{ forms: ['GB', 'Gigabyte'], unit: 'GB', kind: 'measure' },
	{ forms: ['MB', 'Megabyte'], unit: 'MB', kind: 'measure' },
	{ forms: ['TB', 'Terabyte'], unit: 'TB', kind: 'measure' },
	{ forms: ['kB', 'KB', 'Kilobyte'], unit: 'kB', kind: 'measure' },
	{ forms: ['kW', 'Kilowatt'], unit: 'kW', kind: 'measure' },
	{ forms: ['MW', 'Megawatt'], unit: 'MW', kind: 'measure' },
	{ forms: ['GW', 'Gigawatt'], unit: 'GW', kind: 'measure' },
	{ forms: ['kWh', 'Kilowattstunden'], unit: 'kWh', kind: 'measure' },
	{ forms: ['TWh', 'Terawattstunden'], unit: 'TWh', kind: 'measure' },
	{ forms: ['W', 'Watt'], unit: 'W', kind: 'measure', exact: true },
	{ forms: ['V', 'Volt'], unit: 'V', kind: 'measure', exact: true },
	{ forms: ['PS'], unit: 'PS', kind: 'measure', exact: true },
	{ forms: ['dB', 'Dezibel'], unit: 'dB', kind: 'measure' }
];

export const numbers: NumberLexicon = {
	decimalComma: true,
	compounds: true,
	cardinals: {
		null: 0, ein: 1, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
		zehn: 10, elf: 11, zwölf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, sechzehn: 16, siebzehn: 17,
		achtzehn: 18, neunzehn: 19, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60,
		siebzig: 70, achtzig: 80, neunzig: 90
	},
	multipliers: { hundert: 100, dutzend: 12 },
	scales: {
		tausend: 1e3, tsd: 1e3, million: 1e6, millionen: 1e6, mio: 1e6, mill: 1e6, milliarde: 1e9,
		milliarden: 1e9, mrd: 1e9, billion: 1e12, billionen: 1e12, bio: 1e12
	},
	fractions: {
		halb: 0.5, halbe: 0.5, halbes: 0.5, halben: 0.5, halber: 0.5, drittel: 1 / 3, viertel: 1 / 4,
		fünftel: 1 / 5, sechstel: 1 / 6, siebtel: 1 / 7, achtel: 1 / 8, neuntel: 1 / 9, zehntel: 1 / 10,
		zwanzigstel: 1 / 20, hundertstel: 1 / 100, tausendstel: 1 / 1000
	},
	fractionNouns: { hälfte: 0.5 },
	halves: { einhalb: 0.5, anderthalb: 1.5 },
	articles: ['ein', 'eine', 'einen', 'einem', 'einer', 'eines'],
	joiner: ['und'],
	decimalWord: ['komma'],
	pairWords: { beide: 2, beiden: 2, beider: 2 },
	vagueAtoms: ['dutzend'],
	vagueCounts: {
		dutzende: 12, dutzenden: 12, hunderte: 100, hunderten: 100, tausende: 1000, tausenden: 1000,
		zehntausende: 1e4, zehntausenden: 1e4, hunderttausende: 1e5, hunderttausenden: 1e5,
		millionen: 1e6, milliarden: 1e9
	},
	vagueQuantifiers: ['mehrere', 'mehreren', 'einige', 'einigen', 'etliche', 'etlichen', 'paar', 'viele', 'vielen'],
	hedges: [
		{ phrase: 'rund', bound: 'about' }, { phrase: 'etwa', bound: 'about' }, { phrase: 'ungefähr', bound: 'about' },
		{ phrase: 'circa', bound: 'about' }, { phrase: 'ca.', bound: 'about' }, { phrase: 'ca', bound: 'about' },
		{ phrase: 'zirka', bound: 'about' }, { phrase: 'rd.', bound: 'about' }, { phrase: 'annähernd', bound: 'about' },
		{ phrase: 'schätzungsweise', bound: 'about' }, { phrase: 'geschätzt', bound: 'about' }, { phrase: 'geschätzte', bound: 'about' },
		{ phrase: 'um die', bound: 'about' }, { phrase: 'gegen', bound: 'about' },
		{ phrase: 'in etwa', bound: 'about' }, { phrase: 'grob', bound: 'about' },
		{ phrase: 'knapp', bound: 'upper' }, { phrase: 'fast', bound: 'upper' }, { phrase: 'beinahe', bound: 'upper' },
		{ phrase: 'nahezu', bound: 'upper' }, { phrase: 'bis zu', bound: 'upper' }, { phrase: 'weniger als', bound: 'upper' },
		{ phrase: 'unter', bound: 'upper' }, { phrase: 'höchstens', bound: 'upper' }, { phrase: 'maximal', bound: 'upper' },
		{ phrase: 'max.', bound: 'upper' }, { phrase: 'nicht mehr als', bound: 'upper' }, { phrase: 'knapp unter', bound: 'upper' },
		{ phrase: 'mehr als', bound: 'lower' }, { phrase: 'über', bound: 'lower' }, { phrase: 'mindestens', bound: 'lower' },
		{ phrase: 'wenigstens', bound: 'lower' }, { phrase: 'gut', bound: 'lower' }, { phrase: 'gut und gerne', bound: 'lower' },
		{ phrase: 'weit über', bound: 'lower' }, { phrase: 'knapp über', bound: 'lower' }, { phrase: 'mind.', bound: 'lower' },
		{ phrase: 'deutlich mehr als', bound: 'lower' }, { phrase: 'weit mehr als', bound: 'lower' }, { phrase: 'mehr denn', bound: 'lower' },
		{ phrase: 'über als', bound: 'lower' }, { phrase: 'ab', bound: 'lower' }
	],
	exactWords: ['genau'],
	units,
	glueSuffixes: {
		jährig: 'Jahre', monatig: 'Monate', wöchig: 'Wochen', tägig: 'Tage', stündig: 'Stunden',
		minütig: 'Minuten', sekündig: 'Sekunden', köpfig: 'Köpfe', stöckig: 'Stockwerke', teilig: 'Teile',
		prozentig: 'Prozent', fach: 'fach', seitig: 'Seiten', sitzig: 'Sitze', zimmer: 'Zimmer'
	},
	labelWords: [
		'nr', 'nummer', 'no', 'artikel', 'art', '§', '§§', 'paragraf', 'paragraph', 'absatz', 'abs', 'kapitel',
		'kap', 'seite', 'seiten', 's', 'platz', 'rang', 'folge', 'staffel', 'band', 'bd', 'linie', 'gleis', 'zimmer',
		'saal', 'runde', 'etappe', 'version', 'level', 'stufe', 'klasse', 'tel', 'telefon', 'fax', 'postfach',
		'heft', 'ausgabe', 'punkt', 'ziffer', 'anhang', 'tabelle', 'abbildung', 'abb', 'fig', 'kanal', 'tor',
		'spieltag', 'windows', 'iphone', 'gruppe', 'raum', 'haus', 'straße', 'str', 'gasse', 'weg', 'platz',
		'bezirk', 'jahrgang', 'modell', 'typ', 'route', 'highway', 'autobahn', 'bundesstraße', 'sektor', 'block',
		'flug', 'zug', 'bus', 'tram', 'covid', 'tür', 'ebene', 'stock', 'lkw-klasse'
	],
	timeWords: ['uhr', 'h'],
	rangeWords: ['bis', '-', '–', 'zwischen'],
	alternativeWords: ['oder', 'bzw'],
	unitShareWords: ['bis', '-', '–', 'und', 'oder', 'auf', 'gegenüber', 'zu', 'von', 'statt', 'anstatt', 'nach', 'vs', 'bzw'],
	partitiveWords: ['der', 'des', 'von', 'aus', 'einst', 'damals', 'insgesamt', 'zuvor', 'ehemals', 'ursprünglich', 'geplanten', 'ihrer', 'seiner', 'den'],
	sourceBefore: [
		'laut', 'lt.', 'nach angaben', 'nach angaben von', 'nach schätzungen', 'nach schätzung', 'nach einschätzung',
		'nach informationen', 'nach berechnungen', 'nach zählung', 'nach zählungen', 'nach darstellung',
		'nach auskunft', 'nach aussage', 'nach aussagen', 'nach einem bericht', 'nach berichten', 'nach daten',
		'nach zahlen', 'gemäß', 'nach meinung', 'so'
	],
	sourceAfter: ['zufolge', 'nach'],
	reportingVerbs: [
		'sagte', 'sagten', 'sagt', 'sagen', 'gesagt', 'erklärte', 'erklärten', 'erklärt', 'teilte', 'teilten', 'teilt',
		'mitgeteilt', 'mitteilte', 'mitteilten', 'berichtete', 'berichteten', 'berichtet', 'meldete', 'meldeten',
		'meldet', 'gemeldet', 'schätzt', 'schätzte', 'schätzten', 'schätzen', 'geschätzt', 'gab', 'gaben', 'angegeben',
		'verwies', 'verwiesen', 'betonte', 'betonten', 'betont', 'nannte', 'nannten', 'nennt', 'genannt', 'bezifferte',
		'bezifferten', 'beziffert', 'beziffern', 'zählte', 'zählten', 'zählt', 'gezählt', 'registrierte', 'registrierten',
		'registriert', 'bestätigte', 'bestätigten', 'bestätigt', 'sprach', 'sprachen', 'spricht', 'rechnet', 'rechnete',
		'rechneten', 'geht', 'ging', 'erwartet', 'erwartete', 'erwarteten', 'prognostiziert', 'prognostizierte',
		'veröffentlichte', 'veröffentlicht', 'ermittelte', 'ermittelten', 'ermittelt', 'zeigte', 'zeigt', 'zeigen',
		'hieß', 'heißt', 'informierte', 'informiert', 'warnte', 'warnt', 'kündigte', 'angekündigt', 'verkündete',
		'bekanntgegeben', 'gab', 'schrieb', 'schreibt', 'geschrieben', 'räumte', 'ergab', 'ergibt', 'belegt', 'belegte'
	],
	determiners: ['der', 'die', 'das', 'den', 'dem', 'des'],
	clauseOpeners: [
		'am', 'im', 'in', 'nach', 'seit', 'bei', 'beim', 'auf', 'für', 'mit', 'von', 'vom', 'vor', 'zum', 'zur', 'heute',
		'gestern', 'dann', 'auch', 'so', 'nun', 'damit', 'dabei', 'dazu', 'zudem', 'außerdem', 'laut', 'wie', 'das',
		'dies', 'es', 'demnach', 'doch', 'aber', 'und', 'allerdings', 'jedoch', 'bereits', 'inzwischen', 'zuletzt',
		'insgesamt', 'davon', 'dafür', 'darüber', 'hier', 'dort', 'da', 'als', 'wenn', 'weil', 'dass', 'ob', 'nur',
		'heuer', 'später', 'früher', 'damals', 'jetzt', 'derzeit', 'aktuell', 'bislang', 'bisher', 'erstmals', 'zuvor',
		'anschließend', 'kürzlich', 'zunächst', 'weiterhin', 'gleichzeitig', 'zugleich', 'offenbar', 'offiziell',
		'immerhin', 'vermutlich', 'trotzdem', 'deshalb', 'daher', 'somit', 'ebenfalls', 'gegenüber', 'unter', 'über',
		'aus', 'durch', 'gegen', 'ohne', 'um', 'wegen', 'während', 'trotz', 'bis', 'ab', 'zwischen', 'neben', 'hinter'
	],
	timeNouns: [
		'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'wochenende',
		'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
		'november', 'dezember', 'jahr', 'jahres', 'monat', 'woche', 'tag', 'abend', 'morgen', 'nacht', 'vormittag', 'nachmittag'
	],
	neuterEndings: ['ium', 'amt', 'institut', 'büro', 'gericht', 'zentrum', 'unternehmen', 'land', 'haus', 'werk', 'komitee', 'parlament', 'kommando', 'portal', 'blatt', 'magazin', 'team', 'kabinett', 'gremium', 'office', 'forum', 'netzwerk', 'bündnis'],
	pronouns: [
		'er', 'sie', 'es', 'wir', 'ich', 'ihr', 'man', 'dieser', 'diese', 'dies', 'das', 'der', 'die', 'jener', 'jene',
		'ihm', 'ihn', 'ihnen', 'uns', 'mir', 'dem', 'den', 'demnach', 'dazu', 'dabei'
	],
	studyNouns: [
		'studie', 'umfrage', 'erhebung', 'untersuchung', 'statistik', 'analyse', 'bericht', 'auswertung',
		'befragung', 'barometer', 'report', 'prognose', 'schätzung', 'zählung', 'hochrechnung', 'bilanz'
	],
	yearRange: [1700, 2099],
	signWords: ['minus']
};
