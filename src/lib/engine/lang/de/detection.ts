import type { LanguagePack } from '../../context.ts';

export const detection: LanguagePack['detection'] = {
	functionWords: 'der die das und ist nicht ein eine einen einem einer sie er wir ich ihr mit von zu den dem des im auf für sich auch sagte hat wird sind über nach bei aus wie noch nur oder aber wenn dass werden wurde wurden kann können muss soll sollte haben hatte war waren bis vom zum zur beim durch gegen ohne unter zwischen seit diese dieser dieses man jetzt heute gestern morgen schon sehr mehr etwa rund knapp fast als gibt neue neuen jahr jahren uhr'.split(' '),
	francCode: 'deu',
	ownLetters: /[äöüß„]/
};
