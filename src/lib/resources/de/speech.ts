import type { SpeechLexicon, SpeechVerb } from '../speech-lexicon.ts';

const regular = (list: string): SpeechVerb[] =>
	list.split(/\s+/).filter(Boolean).map((w) => {
		const [particle, lemma] = w.includes('|') ? w.split('|') : [undefined, w];
		return particle ? { lemma, particle } : { lemma };
	});
const weak = (list: string): SpeechVerb[] => regular(list).map((v) => ({ ...v, weak: true }));
const irregular = (rows: string[]): SpeechVerb[] =>
	rows.map((r) => {
		const [head, pres, pret, part] = r.split(' ');
		const [particle, lemma] = head.includes('|') ? head.split('|') : [undefined, head];
		return { lemma, ...(particle ? { particle } : {}), forms: [pres, pret, part] as [string, string, string] };
	});

// Regular (weak) verbs of saying, writing, announcing, asserting, demanding, criticising.
// "mit|teilen" = particle verb "mitteilen" ("teilte … mit").
const verbs: SpeechVerb[] = [
	...regular(`sagen erklären betonen mahnen warnen fordern bestätigen schätzen meinen berichten
		bezeichnen kritisieren versichern erläutern ergänzen behaupten vermuten äußern zitieren
		antworten fragen bekräftigen beteuern beschuldigen erwidern entgegnen verkünden melden
		informieren appellieren verlangen drohen befürchten fürchten bezweifeln dementieren leugnen
		begründen argumentieren kommentieren loben beklagen bedauern monieren rügen urteilen schildern
		erzählen twittern prognostizieren präzisieren resümieren bilanzieren klagen mutmaßen
		spekulieren unterstellen bemängeln beanstanden insistieren konstatieren
		ankündigen beschreiben bekunden reklamieren protestieren postulieren beantragen plädieren
		signalisieren skizzieren wiederholen zusichern posten verlauten beharren
		mit|teilen an|kündigen hinzu|fügen fest|stellen klar|stellen dar|legen ein|räumen
		auf|fordern an|merken hin|weisen dar|stellen aus|sagen an|prangern zu|sichern vor|rechnen
		zurück|weisen nach|legen klar|machen an|führen heraus|stellen zu|sagen drängen
		erwähnen bemerken klagen jubeln scherzen schimpfen spotten witzeln seufzen relativieren
		bekennen bilanzieren beschwichtigen loben würdigen attackieren beschimpfen verurteilen
		titulieren skandieren bezichtigen anmahnen monieren zusammenfassen einschätzen
		aus|führen zusammen|fassen ein|schätzen an|mahnen
		besagen
		ab|lehnen vorher|sagen nach|fragen auf|rufen ein|fordern vor|stellen fest|halten an|deuten
		beabsichtigen vereinbaren propagieren vermelden fest|legen folgern schlussfolgern`),
	...weak(`glauben hoffen erwarten zweifeln`),
	// "schließen daraus, dass …": concluding, a frame only with its complement clause
	{ lemma: 'schließen', forms: ['schließt', 'schloss', 'geschlossen'], weak: true },
	// verbs of judging: frames for short quoted words ("sieht darin einen „Angriff“"), not for clauses
	{ lemma: 'sehen', forms: ['sieht', 'sah', 'gesehen'] },
	// "Der Text lautete: „…“" — a frame for what follows a colon, never for a clause before it
	{ lemma: 'lauten', forms: ['lautet', 'lautete', 'gelautet'], weak: true },
	{ lemma: 'halten', forms: ['hält', 'hielt', 'gehalten'] },
	{ lemma: 'beschreiben', forms: ['beschreibt', 'beschrieb', 'beschrieben'] },
	...irregular([
		'sprechen spricht sprach gesprochen',
		'schreiben schreibt schrieb geschrieben',
		'heißen heißt hieß geheißen',
		'nennen nennt nannte genannt',
		'zurück|weisen weist wies gewiesen',
		'hin|weisen weist wies gewiesen',
		'unterstreichen unterstreicht unterstrich unterstrichen',
		'an|nehmen nimmt nahm genommen',
		'aus|gehen geht ging gegangen',
		'zu|geben gibt gab gegeben',
		'bekannt|geben gibt gab gegeben',
		'an|geben gibt gab gegeben',
		'vor|werfen wirft warf geworfen',
		'widersprechen widerspricht widersprach widersprochen',
		'bestreiten bestreitet bestritt bestritten',
		'ab|streiten streitet stritt gestritten',
		'entscheiden entscheidet entschied entschieden',
		'versprechen verspricht versprach versprochen',
		'zu|gestehen gesteht gestand gestanden',
		'raten rät riet geraten',
		'ab|raten rät riet geraten',
		'empfehlen empfiehlt empfahl empfohlen',
		'beschließen beschließt beschloss beschlossen',
		'ein|gestehen gesteht gestand gestanden',
		'verweisen verweist verwies verwiesen',
		'bitten bittet bat gebeten',
		'vor|schlagen schlägt schlug geschlagen',
		'an|bieten bietet bot geboten',
		'hervor|heben hebt hob gehoben',
		'Stellung|nehmen nimmt nahm genommen',
		'Ausdruck|bringen bringt brachte gebracht',
		'Stellung|beziehen bezieht bezog bezogen',
		'gestehen gesteht gestand gestanden',
		'sich|beschweren beschwert beschwerte beschwert',
		'fest|halten hält hielt gehalten',
		'rufen ruft rief gerufen',
		'auf|rufen ruft rief gerufen',
		'aus|sprechen spricht sprach gesprochen',
		'sich|aus|sprechen spricht sprach gesprochen'
	].filter((r) => !r.startsWith('sich|'))),
	{ lemma: 'beschweren', reflexive: true },
	{ lemma: 'erinnern', reflexive: true },
	{ lemma: 'zeigen', reflexive: true },
	{ lemma: 'wenden', reflexive: true, forms: ['wendet', 'wandte', 'gewandt'] }
];

export const speech: SpeechLexicon = {
	verbs,
	// verbs whose bare clause after a comma is what was said ("sagte, der Pilot trage …")
	clauseVerbs: `sagen erklären betonen mahnen warnen bestätigen meinen berichten versichern erläutern
		ergänzen behaupten äußern antworten bekräftigen beteuern erwidern entgegnen verkünden
		argumentieren kommentieren beklagen kritisieren schreiben mitteilen ankündigen hinzufügen
		feststellen klarstellen einräumen betonen unterstreichen zugeben bekanntgeben angeben
		vorwerfen glauben hoffen fürchten befürchten vermuten schätzen annehmen zweifeln fordern
		verlangen warnen drohen versprechen zusichern beharren bilanzieren resümieren präzisieren
		darlegen hinweisen klagen monieren bemängeln spekulieren mutmaßen twittern wiederholen`.split(/\s+/).filter(Boolean),
	objectInfinitiveVerbs: `auffordern aufrufen bitten fordern drängen appellieren warnen vorwerfen raten abraten
		empfehlen ermahnen mahnen beschuldigen einfordern versprechen zusichern`.split(/\s+/).filter(Boolean),
	sourceNouns: [
		'Angaben', 'Angabe', 'Ansicht', 'Auffassung', 'Meinung', 'Einschätzung', 'Einschätzungen',
		'Aussage', 'Aussagen', 'Darstellung', 'Darstellungen', 'Worten', 'Mitteilung', 'Informationen', 'Information',
		'Berichten', 'Bericht', 'Schätzungen', 'Schätzung', 'Erkenntnissen', 'Ansicht', 'Überzeugung',
		'Auskunft', 'Auskünften', 'Sicht', 'Meldungen', 'Meldung', 'Beobachtungen', 'Berechnungen',
		'Einschätzung', 'Erklärung', 'Ermittlungen', 'Untersuchungen', 'Zählung', 'Prognose', 'Prognosen',
		'Umfrage', 'Studie', 'Urteil', 'Ansicht', 'Vermutung', 'Vermutungen', 'Polizeiangaben',
		'Regierungsangaben', 'Behördenangaben', 'Medienberichten', 'Presseberichten', 'Augenzeugen',
		'Zeugenaussagen', 'Schilderung', 'Schilderungen', 'Recherchen', 'Einschätzungen', 'Worte'
	],
	// nouns that report speech and take a complement: "die Forderung von X, … zu …"
	reportNouns: [
		'Ankündigung', 'Aussage', 'Aussagen', 'Forderung', 'Forderungen', 'Vorschlag', 'Vorschläge',
		'Befehl', 'Anweisung', 'Auftrag', 'Empfehlung', 'Ratschlag', 'Mahnung', 'Bitte',
		'Erklärung', 'Vorwurf', 'Vorwürfe', 'Behauptung', 'Behauptungen', 'Warnung', 'Appell',
		'Aufforderung', 'Bitte', 'Drohung', 'Zusage', 'Versprechen', 'Einschätzung', 'Begründung',
		'Hinweis', 'Befürchtung', 'Hoffnung', 'Überzeugung', 'Mitteilung', 'Meldung', 'Meldungen',
		'Bericht', 'Berichte', 'Gerüchte', 'Spekulationen', 'Äußerung', 'Äußerungen', 'Angebot',
		'Beschluss', 'Entscheidung', 'Feststellung', 'Vermutung', 'Prognose', 'Zusicherung', 'Beteuerung',
		'Ansicht', 'Meinung', 'Auffassung', 'Argument', 'Einschätzung',
		// conclusions and positions: "kam zu dem Schluss, dass …", "vertrat die These, …"
		'Vorgabe', 'Ergebnis', 'Schluss', 'These', 'Standpunkt'
	],
	sourcePrepositions: ['laut', 'gemäß', 'lt.'],
	sourcePostpositions: ['zufolge'],
	// "Demnach sei …": what the source of the sentence before says ("danach" is mostly temporal)
	sourceAdverbs: ['demnach'],
	// "X soll … haben": hearsay, told on from the source just named
	firstPersonPronouns: ['ich', 'wir', 'mich', 'mir', 'uns'],
	firstPersonPossessives: ['mein', 'meine', 'meinen', 'meinem', 'meiner', 'unser', 'unsere', 'unseren', 'unserem', 'unserer'],
	spokenWords: ['meines', 'unseres', 'du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'man'],
	focusParticles: ['auch', 'selbst', 'sogar', 'nur', 'allein', 'gerade', 'ebenfalls', 'zudem'],
	claimNouns: ['Berichte', 'Meldungen', 'Gerüchte', 'Vorwürfe', 'Behauptungen', 'Spekulationen', 'Anschuldigungen', 'Darstellungen', 'Medienberichte', 'Presseberichte'],
	pronominalAdverb: /^(da|wo|hier)r?(von|zu|für|gegen|auf|aus|mit|nach|bei|über|in|an|vor|hinter|durch|um|unter|neben|zwischen|ob)$/,
	reportiveForms: ['soll', 'sollen'],
	// "Es wurde bekannt, dass …", "Wie bekannt wurde, …": news passed on without a named source
	disclosureWords: ['bekannt', 'publik'],
	normativeNouns: [
		'Gesetz', 'Gesetzes', 'Verfassung', 'Grundgesetz', 'Vertrag', 'Vertrages', 'Satzung', 'Verordnung',
		'Paragraf', 'Paragraph', 'Artikel', 'Regel', 'Regeln', 'Vorschrift', 'Vorschriften', 'Fahrplan',
		'Plan', 'Plänen', 'Programm', 'Zeitplan', 'Lehrplan', 'Vereinbarung', 'Abkommen', 'Richtlinie',
		'Richtlinien', 'Definition', 'Tarif', 'Tarifvertrag', 'Statut', 'Statuten', 'Ordnung'
	],
	// third person only: "ich"/"wir" as a subject mark speech itself, never its frame
	pronouns: { er: 'm', sie: 'f|pl', es: 'n', man: 'pl', dieser: 'm', diese: 'f|pl', letzterer: 'm', letztere: 'f|pl' },
	nonSpeakers: ['ich', 'wir', 'du', 'man', 'es', 'mich', 'mir', 'uns', 'euch', 'dich', 'dir', 'jemand', 'niemand', 'wer', 'was', 'alles', 'nichts', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag', 'entsprechend', 'demnach', 'danach', 'dabei', 'zudem', 'zwar', 'doch', 'dennoch', 'trotzdem', 'darum', 'somit', 'immerhin', 'vielmehr', 'allerdings', 'jedoch', 'außerdem', 'inzwischen', 'mittlerweile', 'anschließend', 'insbesondere', 'besonders', 'gerade', 'lediglich', 'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'abend', 'nacht', 'vormittag', 'nachmittag', 'wochenende'],
	adjectiveStarts: [
		'weitere', 'weiteren', 'erste', 'ersten', 'zweite', 'dritte', 'letzte', 'letzten', 'neue', 'neuen',
		'alle', 'viele', 'einige', 'mehrere', 'andere', 'anderen', 'zahlreiche', 'etliche', 'sämtliche',
		'wenige', 'manche', 'verschiedene', 'offizielle', 'offiziellen', 'unbestätigte', 'unbestätigten',
		'jüngste', 'jüngsten', 'bisherige', 'bisherigen', 'aktuelle', 'aktuellen', 'frühere', 'früheren',
		'große', 'kleine', 'hohe', 'deutsche', 'internationale', 'beide', 'beiden', 'diverse', 'eigene'
	],
	determiners: [
		'der', 'die', 'das', 'des', 'dem', 'den', 'ein', 'eine', 'eines', 'einem', 'einen', 'einer',
		'dieser', 'diese', 'dieses', 'diesem', 'diesen', 'sein', 'seine', 'seines', 'seinem', 'seinen',
		'seiner', 'ihr', 'ihre', 'ihres', 'ihrem', 'ihren', 'ihrer', 'jener', 'jene', 'mehrere',
		'einige', 'viele', 'zahlreiche', 'beide', 'alle'
	],
	roleNouns: [
		'Sprecher', 'Sprecherin', 'Minister', 'Ministerin', 'Präsident', 'Präsidentin', 'Chef', 'Chefin',
		'Kanzler', 'Kanzlerin', 'Vorsitzende', 'Vorsitzender', 'Abgeordnete', 'Abgeordneter',
		'Politiker', 'Politikerin', 'Anwalt', 'Anwältin', 'Richter', 'Richterin', 'Staatsanwalt',
		'Staatsanwältin', 'Trainer', 'Trainerin', 'Direktor', 'Direktorin', 'Leiter', 'Leiterin',
		'Experte', 'Expertin', 'Sprecher', 'Bürgermeister', 'Bürgermeisterin', 'Senator', 'Senatorin',
		'Botschafter', 'Botschafterin', 'General', 'Generalsekretär', 'Generalsekretärin', 'Kommissar',
		'Kommissarin', 'Professor', 'Professorin', 'Wissenschaftler', 'Wissenschaftlerin', 'Forscher',
		'Forscherin', 'Autor', 'Autorin', 'Journalist', 'Journalistin', 'Manager', 'Managerin',
		'Vertreter', 'Vertreterin', 'Mitarbeiter', 'Mitarbeiterin', 'Beamte', 'Beamter', 'Beamtin',
		'Ermittler', 'Ermittlerin', 'Analyst', 'Analystin', 'Ökonom', 'Ökonomin', 'Arzt', 'Ärztin',
		'Gouverneur', 'Gouverneurin', 'Premier', 'Premierminister', 'Premierministerin', 'König',
		'Königin', 'Papst', 'Bischof', 'Kardinal', 'Pfarrer', 'Sekretär', 'Sekretärin', 'Funktionär',
		'Funktionärin', 'Aktivist', 'Aktivistin', 'Kandidat', 'Kandidatin', 'Gründer', 'Gründerin',
		'Inhaber', 'Inhaberin', 'Besitzer', 'Besitzerin', 'Chefredakteur', 'Chefredakteurin',
		'Kapitän', 'Spieler', 'Spielerin', 'Sänger', 'Sängerin', 'Schauspieler', 'Schauspielerin',
		'Regisseur', 'Regisseurin', 'Musiker', 'Musikerin', 'Künstler', 'Künstlerin', 'Staatschef',
		'Regierungschef', 'Regierungschefin', 'Parteichef', 'Parteichefin', 'Bundeskanzler',
		'Bundeskanzlerin', 'Bundespräsident', 'Bundespräsidentin', 'Ministerpräsident',
		'Ministerpräsidentin', 'Landrat', 'Landrätin', 'Oberbürgermeister', 'Oberbürgermeisterin',
		'Polizeisprecher', 'Polizeisprecherin', 'Pressesprecher', 'Pressesprecherin', 'Vize',
		'Stellvertreter', 'Stellvertreterin', 'Mitglied', 'Abgesandte', 'Gesandte', 'Diplomat',
		'Diplomatin', 'Offizier', 'Oberst', 'Major', 'Admiral', 'Kommandeur', 'Befehlshaber',
		'Dozent', 'Dozentin', 'Historiker', 'Historikerin', 'Soziologe', 'Soziologin', 'Psychologe',
		'Psychologin', 'Ökonom', 'Juristin', 'Jurist', 'Verteidiger', 'Verteidigerin', 'Kläger',
		'Klägerin', 'Angeklagte', 'Angeklagter', 'Zeuge', 'Zeugin', 'Opfer', 'Bewohner', 'Bewohnerin',
		'Augenzeuge', 'Augenzeugin', 'Fraktionschef', 'Fraktionschefin', 'Geschäftsführer',
		'Geschäftsführerin', 'Unternehmenschef', 'Konzernchef', 'Vorstand', 'Vorstandschef',
		'Aufsichtsratschef', 'Obmann', 'Obfrau', 'Landeshauptmann', 'Landeshauptfrau', 'Staatssekretär',
		'Staatssekretärin', 'Außenminister', 'Außenministerin', 'Innenminister', 'Innenministerin',
		'Generaldirektor', 'Generaldirektorin', 'Intendant', 'Intendantin', 'Präses', 'Rektor',
		'Rektorin', 'Dekan', 'Dekanin', 'Vorsteher', 'Koordinator', 'Koordinatorin', 'Beauftragte',
		'Beauftragter', 'Bundestrainer', 'Chefarzt', 'Chefärztin', 'Kommentator', 'Kritiker',
		'Kritikerin', 'Befürworter', 'Gegner', 'Gegnerin', 'Unterstützer', 'Kollege', 'Kollegin',
		'Sprecherinnen', 'Abteilungsleiter', 'Kurator', 'Kuratorin', 'Moderator', 'Moderatorin'
	],
	roleSuffixes: [
		'sprecher', 'sprecherin', 'minister', 'ministerin', 'präsident', 'präsidentin', 'chef', 'chefin',
		'kanzler', 'kanzlerin', 'vorsitzende', 'vorsitzender', 'abgeordnete', 'abgeordneter',
		'politiker', 'politikerin', 'anwalt', 'anwältin', 'richter', 'richterin', 'trainer', 'trainerin',
		'direktor', 'direktorin', 'leiter', 'leiterin', 'experte', 'expertin', 'meister', 'meisterin',
		'sekretär', 'sekretärin', 'kommissar', 'kommissarin', 'führer', 'führerin', 'berater',
		'beraterin', 'wissenschaftler', 'wissenschaftlerin', 'forscher', 'forscherin', 'vertreter',
		'vertreterin', 'beauftragte', 'beauftragter', 'funktionär', 'funktionärin', 'aktivist',
		'aktivistin', 'kandidat', 'kandidatin', 'mitarbeiter', 'mitarbeiterin', 'ermittler',
		'ermittlerin', 'redakteur', 'redakteurin', 'korrespondent', 'korrespondentin', 'analyst',
		'analystin', 'ökonom', 'ökonomin', 'arzt', 'ärztin', 'botschafter', 'botschafterin', 'general',
		'offizier', 'diplomat', 'diplomatin', 'spieler', 'spielerin', 'stürmer', 'torhüter', 'coach',
		'manager', 'managerin', 'gründer', 'gründerin', 'kritiker', 'kritikerin', 'historiker',
		'historikerin', 'oberhaupt', 'gouverneur', 'gouverneurin', 'bischof', 'rat', 'rätin', 'obmann',
		'hauptmann', 'kapitän', 'rektor', 'rektorin', 'präses', 'sänger', 'sängerin', 'autor', 'autorin'
	],
	organisationNouns: [
		'Polizei', 'Regierung', 'Bundesregierung', 'Landesregierung', 'Staatsanwaltschaft',
		'Bundesanwaltschaft', 'Feuerwehr', 'Armee', 'Militär', 'Behörde', 'Behörden', 'Ministerium',
		'Gericht', 'Verwaltung', 'Unternehmen', 'Firma', 'Konzern', 'Partei', 'Gewerkschaft', 'Verband',
		'Verein', 'Kommission', 'Agentur', 'Nachrichtenagentur', 'Geheimdienst', 'Dienst', 'Institut',
		'Stiftung', 'Organisation', 'Fraktion', 'Opposition', 'Koalition', 'Senat', 'Parlament',
		'Kongress', 'Rat', 'Vorstand', 'Klinik', 'Krankenhaus', 'Universität', 'Hochschule', 'Bank',
		'Zentralbank', 'Botschaft', 'Bundesamt', 'Amt', 'Landesamt', 'Stadt', 'Gemeinde', 'Kirche',
		'Club', 'Klub', 'Mannschaft', 'Team', 'Zeitung', 'Sender', 'Magazin', 'Gruppe', 'Bündnis',
		'Allianz', 'Initiative', 'Netzwerk', 'Staatsmedien', 'Medien', 'Armee', 'Streitkräfte',
		'Führung', 'Leitung', 'Justiz', 'Ministerin', 'Aufsicht', 'Staatskanzlei', 'Rathaus', 'Weißes',
		'Pentagon', 'Kreml', 'Vatikan', 'Präsidialamt', 'Außenamt', 'Verfassungsgericht', 'Kanzleramt'
	],
	organisationSuffixes: [
		'ministerium', 'gericht', 'amt', 'behörde', 'polizei', 'regierung', 'anwaltschaft', 'verband',
		'verein', 'partei', 'gewerkschaft', 'konzern', 'institut', 'agentur', 'dienst', 'kommission',
		'stiftung', 'organisation', 'fraktion', 'bank', 'gesellschaft', 'unternehmen', 'rat', 'bund',
		'kammer', 'zentrale', 'leitung', 'sender', 'zeitung', 'magazin', 'blatt', 'akademie',
		'universität', 'klinik', 'krankenhaus', 'feuerwehr', 'armee', 'militär', 'behörden',
		'vereinigung', 'zentrum', 'komitee', 'netzwerk', 'bündnis', 'initiative', 'verwaltung'
	],
	addresseeNouns: [
		'Zeitung', 'Zeitungen', 'Nachrichtenagentur', 'Agentur', 'Sender', 'Fernsehsender', 'Magazin',
		'Nachrichtenmagazin', 'Blatt', 'Journalisten', 'Journalistinnen', 'Reportern', 'Presse',
		'Medien', 'Fernsehen', 'Radio', 'Rundfunk', 'Hörfunk', 'Wochenzeitung', 'Tageszeitung',
		'Sonntagszeitung', 'Programm', 'Interview', 'Pressekonferenz', 'Öffentlichkeit', 'Anhängern'
	],
	prepositions: [
		'am', 'an', 'im', 'in', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom', 'vor',
		'zu', 'zum', 'zur', 'über', 'unter', 'gegenüber', 'während', 'wegen', 'trotz', 'für', 'gegen',
		'ohne', 'um', 'durch', 'bis', 'laut', 'bezüglich', 'angesichts', 'hinsichtlich', 'aufgrund',
		'infolge', 'anlässlich', 'gemäß', 'entgegen', 'innerhalb', 'außerhalb', 'neben', 'hinter', 'zwischen', 'ins', 'ans'
	],
	phraseStops: [
		'bezüglich', 'angesichts', 'hinsichtlich', 'aufgrund', 'infolge', 'anlässlich', 'entgegen',
		'am', 'an', 'im', 'in', 'auf', 'aus', 'bei', 'beim', 'mit', 'nach', 'seit', 'von', 'vom', 'vor',
		'zu', 'zum', 'zur', 'über', 'unter', 'gegenüber', 'während', 'wegen', 'trotz', 'für', 'gegen',
		'ohne', 'um', 'durch', 'bis', 'laut', 'und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'dass',
		'ob', 'wie', 'als', 'wenn', 'weil', 'da', 'damit', 'so', 'auch', 'noch', 'bereits', 'schon',
		'jedoch', 'zudem', 'außerdem', 'dazu', 'dabei', 'daher', 'deshalb', 'weiter', 'ebenfalls',
		'gestern', 'heute', 'morgen', 'nun', 'jetzt', 'dann', 'danach', 'zuvor', 'inzwischen',
		'zunächst', 'später', 'kürzlich', 'erst', 'nur', 'vor', 'nicht', 'es', 'sich', 'ihm', 'ihr',
		'ihnen', 'uns', 'mir', 'dies', 'das', 'der', 'die', 'den', 'dem', 'des', 'bezüglich',
		'angesichts', 'hinsichtlich', 'aufgrund', 'infolge', 'anlässlich', 'zufolge', 'gemäß', 'entgegen',
		'inmitten', 'jenseits', 'mithilfe', 'seitens', 'statt', 'anstatt', 'außer', 'innerhalb',
		'außerhalb', 'dank', 'samt', 'binnen', 'zwecks', 'neben', 'hinter', 'zwischen', 'ausgerechnet',
		'heuer', 'hier', 'dort', 'damals', 'zuletzt', 'vorher', 'nachher', 'sodann', 'somit', 'dennoch',
		'trotzdem', 'stattdessen', 'ebenso', 'gleichzeitig', 'zugleich', 'insgesamt', 'erstmals',
		'bislang', 'bisher', 'daraufhin', 'darauf', 'hierzu', 'hierbei', 'demnach', 'danach',
		'dagegen', 'darüber', 'immer', 'hingegen', 'vielmehr', 'indes', 'überdies', 'letztlich',
		'schließlich', 'immerhin', 'zumindest', 'ohnehin', 'weiterhin', 'künftig', 'erneut', 'wieder',
		'bald', 'oft', 'häufig', 'selten', 'meist', 'vermutlich', 'wahrscheinlich', 'offenbar',
		'offensichtlich', 'angeblich', 'tatsächlich', 'natürlich', 'nämlich', 'darin', 'daraus', 'davor'
	],
	// states and capitals that speak for their governments ("Russland wies … zurück", "Peking erklärte")
	subjunctivePattern: /^\p{Ll}{3,}iere$/u,
	nameParticles: ['von und zu', 'von der', 'van der', 'van den', 'de la', 'de', 'van', 'zu', 'di', 'da', 'dos', 'del', 'ter'],
	places: `Afghanistan Ägypten Albanien Algerien Argentinien Armenien Aserbaidschan Äthiopien Australien
		Belgien Bolivien Bosnien Brasilien Bulgarien Chile China Dänemark Deutschland Estland Finnland
		Frankreich Georgien Griechenland Großbritannien Indien Indonesien Irak Iran Irland Island Israel
		Italien Japan Jemen Jordanien Kanada Kasachstan Katar Kenia Kolumbien Kongo Korea Nordkorea
		Südkorea Kosovo Kroatien Kuba Kuwait Lettland Libanon Libyen Litauen Luxemburg Mali Marokko
		Mexiko Moldau Montenegro Myanmar Namibia Nepal Neuseeland Niederlande Nigeria Norwegen Österreich
		Pakistan Palästina Peru Philippinen Polen Portugal Rumänien Russland Saudi-Arabien Schweden
		Schweiz Serbien Simbabwe Singapur Slowakei Slowenien Somalia Spanien Sri Lanka Sudan Südafrika
		Syrien Taiwan Thailand Tschechien Tunesien Türkei Uganda Ukraine Ungarn Uruguay USA Usbekistan
		Venezuela Vietnam Weißrussland Belarus Zypern Europa Amerika Afrika Asien Washington Moskau
		Peking Berlin Paris London Brüssel Kiew Teheran Ankara Jerusalem Tokio Seoul Pjöngjang Wien Bern
		Rom Madrid Warschau Prag Budapest Athen Kairo Bagdad Damaskus Delhi Neu-Delhi Islamabad Kabul`.split(/\s+/).filter(Boolean),
	quantityWords: ['zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'zwanzig', 'dreißig', 'hundert', 'tausend', 'dutzend', 'dutzende', 'hunderte', 'tausende', 'mehrere', 'einige', 'viele', 'wenige'],
	frameFillers: [
		'auch', 'zudem', 'außerdem', 'dazu', 'dabei', 'jedoch', 'aber', 'allerdings', 'indes',
		'weiter', 'weiters', 'ferner', 'ebenfalls', 'gestern', 'heute', 'nun', 'jetzt', 'damals',
		'später', 'zuvor', 'bereits', 'schon', 'noch', 'dann', 'daraufhin', 'gegenüber', 'nochmals',
		'erneut', 'wiederholt', 'kürzlich', 'einmal', 'zuletzt', 'bisher', 'offenbar', 'offiziell',
		'öffentlich', 'ausdrücklich', 'deutlich', 'wörtlich', 'sinngemäß', 'abschließend', 'anschließend',
		'zufolge', 'mittlerweile', 'inzwischen', 'demnach', 'daher', 'deshalb', 'also', 'so', 'dort',
		'hier', 'ebenso', 'sogar', 'lediglich', 'nur', 'selbst', 'persönlich', 'zunächst', 'vorerst',
		'daneben', 'darüber', 'hinaus', 'unterdessen', 'derweil', 'ihrerseits', 'seinerseits',
		'wiederum', 'tags', 'darauf', 'morgens', 'abends', 'mittags', 'nachmittags', 'vormittags',
		'heuer', 'erstmals', 'bislang', 'gleichzeitig', 'zugleich', 'hier', 'mal', 'nochmal',
		'hingegen', 'dagegen'
	],
	subjunctiveForms: [
		'sei', 'seien', 'seiest', 'habe', 'hab', 'werde', 'könne', 'müsse', 'solle', 'wolle', 'dürfe',
		'möge', 'gebe', 'liege', 'stehe', 'gehe', 'komme', 'bleibe', 'wisse', 'brauche', 'fehle',
		'lasse', 'sehe', 'halte', 'trage', 'gelte', 'handle', 'handele', 'bestehe', 'erwarte', 'plane',
		'arbeite', 'zeige', 'drohe', 'führe', 'bedeute', 'reiche', 'betrage', 'hänge', 'heiße',
		'befinde', 'entspreche', 'verfüge', 'gehöre', 'nehme', 'finde', 'mache', 'sitze', 'lebe',
		'spiele', 'rechne', 'benötige', 'erhalte', 'trete', 'stimme', 'treffe', 'leide', 'sterbe',
		'versuche', 'entstehe', 'verliere', 'gewinne', 'beginne', 'lehne', 'unterstütze', 'wachse',
		'steige', 'sinke', 'laufe', 'liefere', 'kenne', 'glaube', 'hoffe', 'wünsche', 'sorge',
		'vorliege', 'ankomme', 'stattfinde', 'übernehme', 'kümmere', 'erfolge', 'diene', 'besitze',
		'verfolge', 'sehe', 'wolle', 'stelle', 'setze', 'bringe', 'frage', 'folge', 'warte', 'zahle',
		'koste', 'helfe', 'spreche', 'gelange', 'reagiere', 'existiere', 'funktioniere', 'profitiere',
		'akzeptiere', 'garantiere', 'trage', 'schade', 'nütze', 'nutze', 'ziele', 'beziehe', 'ergebe',
		'bestätige', 'verstoße', 'verstehe', 'bedürfe', 'seiest', 'habest', 'werdest',
		// more common verbs in the Konjunktiv I (3rd person singular)
		'ändere', 'übertreibe', 'entfalle', 'erreiche', 'zähle', 'wirke', 'ermögliche', 'verlange',
		'kämpfe', 'denke', 'fühle', 'falle', 'passiere', 'betreffe', 'richte', 'schaffe', 'verhindere',
		'verbessere', 'erhöhe', 'senke', 'übersteige', 'überschreite', 'beinhalte', 'enthalte', 'umfasse',
		'leiste', 'löse', 'prüfe', 'scheine', 'schütze', 'stamme', 'stütze', 'gefährde', 'bedrohe',
		'fördere', 'erfülle', 'entscheide', 'entwickle', 'erwäge', 'gelinge', 'genüge',
		'herrsche', 'mangle', 'stecke', 'verdiene', 'vertrete', 'weise'
	],
	conditionalForms: ['sollten', 'wäre', 'wären', 'hätte', 'hätten', 'würde', 'würden', 'könnte', 'könnten', 'müsste', 'müssten', 'dürfte', 'dürften', 'bräuchte', 'gäbe', 'käme', 'ginge', 'stünde', 'läge'],
	// conjunctions that open a subordinate clause (its verb stands last)
	subordinators: ['nachdem', 'als', 'wenn', 'weil', 'da', 'obwohl', 'obgleich', 'während', 'bevor', 'ehe', 'seit', 'seitdem', 'sobald', 'damit', 'indem', 'ob', 'warum', 'wo', 'falls', 'sofern', 'solange', 'bis', 'sodass', 'wohingegen', 'zumal', 'dass', 'daß', 'wie'],
	complementizers: ['dass', 'daß', 'ob', 'wie', 'warum', 'weshalb', 'wann', 'wo', 'wer', 'was', 'inwieweit'],
	titleNouns: [
		'Film', 'Films', 'Buch', 'Buches', 'Roman', 'Album', 'Albums', 'Lied', 'Song', 'Titel', 'Motto',
		'Serie', 'Sendung', 'Show', 'Stück', 'Oper', 'Operation', 'Aktion', 'Kampagne', 'Programm',
		'Projekt', 'Zeitung', 'Zeitschrift', 'Magazin', 'Magazins', 'Blatt', 'Sender', 'Band', 'Gruppe',
		'Firma', 'Marke', 'Schiff', 'Name', 'Namen', 'Begriff', 'Wort', 'Ausdruck', 'Spitzname',
		'Rubrik', 'Kolumne', 'Festival', 'Ausstellung', 'Wettbewerb', 'Preis', 'Gesetz', 'Initiative',
		'Bündnis', 'Partei', 'Verein', 'Organisation', 'Plattform', 'Portal', 'Blog', 'Bewegung',
		'Studie', 'Bericht', 'Papier', 'Konzept', 'Plan', 'Mission', 'Unternehmen', 'Restaurant',
		'Hotel', 'Bar', 'Kneipe', 'Theater', 'Kino', 'Spiel', 'Computerspiel', 'Videospiel', 'App',
		'Stiftung', 'Tagung', 'Konferenz', 'Kongress', 'Gipfel', 'Reihe', 'Ausgabe', 'Artikel',
		'Tageszeitung', 'Wochenzeitung', 'Nachrichtenmagazin', 'Nachrichtensender', 'Fernsehsender',
		'Sonntagszeitung', 'Boulevardzeitung', 'Titelseite', 'Schlagzeile', 'Überschrift', 'Slogan',
		'Leitmotiv', 'Thema', 'Motto', 'Kategorie', 'Sparte', 'Verlag', 'Label', 'Website', 'Webseite', 'Internetseite', 'Homepage', 'Onlineausgabe', 'Nachrichtenportal', 'Fachmagazin', 'Fachblatt'
	],
	soWord: 'so'
};
