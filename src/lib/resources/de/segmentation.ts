// Abbreviations after which a period does not end a sentence (lower-cased, without the period).
// Multi-part abbreviations ("z. B.", "u. a.") are covered part by part.
export const abbreviations: string[] = [
	'z', 'b', 'u', 'a', 'd', 'h', 'v', 'chr', 'o', 'ä', 'usw', 'bzw', 'vgl', 'ca', 'evtl', 'ggf',
	'inkl', 'exkl', 'zzgl', 'abzgl', 'sog', 'bzgl', 'etc', 'dr', 'prof', 'hr', 'fr', 'hrsg', 'nr',
	'str', 'st', 'abs', 'art', 'bd', 'kap', 'mio', 'mrd', 'tsd', 'mill', 'bill', 'jan', 'feb', 'mär',
	'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'nov', 'dez', 'mo', 'di', 'mi', 'do', 'sa',
	'so', 'jh', 'jhd', 'jhs', 'gr', 'kl', 'ggü', 'einschl', 'max', 'min', 'mind', 'rd', 'ehem',
	'gegr', 'geb', 'gest', 'verh', 'zit', 'zt', 'allg', 'insb', 'bes', 'gen', 'stv', 'vors', 'dipl',
	'ing', 'med', 'phil', 'rer', 'nat', 'jur', 'mag', 'univ', 'doz', 'em', 'pd', 'bzw', 'tel',
	'co', 'corp', 'inc', 'ltd', 'mr', 'mrs', 'ms', 'st', 'vs', 'jr', 'sen', 'rep', 'gov', 'gen',
	'lt', 'col', 'sgt', 'capt', 'no', 'fig', 'dt', 'engl', 'franz', 'ital', 'span', 'lat', 'griech',
	'ev', 'kath', 'mwst', 'ust', 'gmbh', 'hbf', 'abt', 'bhf', 'pkt', 'std', 'min', 'sek', 'jg',
	'lfd', 'reg', 'bzgl', 'ff', 'f', 's', 'vs', 'ref', 'anm', 'bsp', 'entspr', 'ggfs', 'i', 'v',
	'zb', 'ua', 'uä', 'dh', 'od', 'vllt', 'gez'
];

export const months: string[] = [
	'januar', 'jänner', 'februar', 'feber', 'märz', 'april', 'mai', 'juni', 'juli', 'august',
	'september', 'oktober', 'november', 'dezember', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug',
	'sep', 'sept', 'okt', 'nov', 'dez'
];

// Words before "3." that make it an ordinal ("am 3. Oktober", "der 3. Platz"): no split there.
export const ordinalLeaders: string[] = [
	'am', 'im', 'vom', 'zum', 'beim', 'bis', 'ab', 'seit', 'der', 'die', 'das', 'den', 'dem', 'des',
	'zur', 'ihr', 'ihre', 'ihrem', 'ihren', 'sein', 'seine', 'seinem', 'seinen', 'sein', 'jeder',
	'jede', 'jedes', 'dieser', 'diese', 'dieses', 'einem', 'einer', 'eines', 'ein', 'eine',
	'the'
];
