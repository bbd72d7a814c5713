// The interface strings, a thin layer over the Paraglide messages in messages/{de,en}.json
// (compiled to src/lib/paraglide by `npm run messages`). Components and routes read `m.key` or
// call `m.key(args)` as before; the language is the request's (server) or the page's (browser).
import { m as pm } from '../paraglide/messages.js';
import { getLocale, locales, type Locale } from '../paraglide/runtime.js';

export type { Locale };
export { locales };

/** The language being rendered: on the server the request's (set by the Paraglide middleware in
 * hooks.server.ts), in the browser the page's `<html lang>` as the server rendered it. */
export function currentLocale(): Locale {
	if (typeof document !== 'undefined') {
		const lang = document.documentElement.lang;
		if ((locales as readonly string[]).includes(lang)) return lang as Locale;
	}
	return getLocale();
}

const L = () => ({ locale: currentLocale() });

export const m = {
	get appName() {
		return pm.appName({}, L());
	},
	get tagline() {
		return pm.tagline({}, L());
	},
	get true() {
		return pm.wordTrue({}, L());
	},
	get false() {
		return pm.wordFalse({}, L());
	},
	get navLessons() {
		return pm.navLessons({}, L());
	},
	get navLogin() {
		return pm.navLogin({}, L());
	},
	get navSignup() {
		return pm.navSignup({}, L());
	},
	get navLogout() {
		return pm.navLogout({}, L());
	},
	get skipToContent() {
		return pm.skipToContent({}, L());
	},
	get email() {
		return pm.email({}, L());
	},
	get password() {
		return pm.password({}, L());
	},
	get passwordHint() {
		return pm.passwordHint({}, L());
	},
	get loginTitle() {
		return pm.loginTitle({}, L());
	},
	get signupTitle() {
		return pm.signupTitle({}, L());
	},
	get loginFailed() {
		return pm.loginFailed({}, L());
	},
	loginLimited: (s: number) => pm.loginLimited({ minutes: Math.ceil(s / 60) }, L()),
	get emailInvalid() {
		return pm.emailInvalid({}, L());
	},
	get passwordTooShort() {
		return pm.passwordTooShort({}, L());
	},
	get passwordTooLong() {
		return pm.passwordTooLong({}, L());
	},
	get emailTaken() {
		return pm.emailTaken({}, L());
	},
	get forgotPassword() {
		return pm.forgotPassword({}, L());
	},
	get errorSummary() {
		return pm.errorSummary({}, L());
	},
	get joinTitle() {
		return pm.joinTitle({}, L());
	},
	get joinCode() {
		return pm.joinCode({}, L());
	},
	get joinCodeHint() {
		return pm.joinCodeHint({}, L());
	},
	get nickname() {
		return pm.nickname({}, L());
	},
	get nicknameHint() {
		return pm.nicknameHint({}, L());
	},
	get joinButton() {
		return pm.joinButton({}, L());
	},
	get joinUnknown() {
		return pm.joinUnknown({}, L());
	},
	get joinClosed() {
		return pm.joinClosed({}, L());
	},
	joinLimited: (s: number) => pm.joinLimited({ minutes: Math.ceil(s / 60) }, L()),
	get nicknameMissing() {
		return pm.nicknameMissing({}, L());
	},
	nicknameTooLong: (n: number) => pm.nicknameTooLong({ max: n }, L()),
	get codeMissing() {
		return pm.codeMissing({}, L());
	},
	get article() {
		return pm.article({}, L());
	},
	get questions() {
		return pm.questions({}, L());
	},
	progress: (a: number, n: number) => pm.progress({ answered: a, total: n }, L()),
	get saved() {
		return pm.saved({}, L());
	},
	get saving() {
		return pm.saving({}, L());
	},
	get saveFailed() {
		return pm.saveFailed({}, L());
	},
	get saveDraft() {
		return pm.saveDraft({}, L());
	},
	get submit() {
		return pm.submit({}, L());
	},
	get submitAnyway() {
		return pm.submitAnyway({}, L());
	},
	submitConfirm: (n: number) => (n === 1 ? pm.submitConfirmOne({}, L()) : pm.submitConfirmMany({ count: n }, L())),
	get submitOnce() {
		return pm.submitOnce({}, L());
	},
	get tooManyAnswers() {
		return pm.tooManyAnswers({}, L());
	},
	get readFirst() {
		return pm.readFirst({}, L());
	},
	get toQuestions() {
		return pm.toQuestions({}, L());
	},
	get numberHint() {
		return pm.numberHint({}, L());
	},
	get textHint() {
		return pm.textHint({}, L());
	},
	get choose() {
		return pm.choose({}, L());
	},
	get yes() {
		return pm.yes({}, L());
	},
	get no() {
		return pm.no({}, L());
	},
	get unanswered() {
		return pm.unanswered({}, L());
	},
	get submittedWait() {
		return pm.submittedWait({}, L());
	},
	yourScore: (s: number, n: number) => pm.yourScore({ score: formatScore(s), total: n }, L()),
	get yourAnswer() {
		return pm.yourAnswer({}, L());
	},
	get rightAnswer() {
		return pm.rightAnswer({}, L());
	},
	get verdictRight() {
		return pm.verdictRight({}, L());
	},
	get verdictWrong() {
		return pm.verdictWrong({}, L());
	},
	get partly() {
		return pm.partly({}, L());
	},
	get showEvidence() {
		return pm.showEvidence({}, L());
	},
	get evidenceLabel() {
		return pm.evidenceLabel({}, L());
	},
	get quizClosedNoAttempt() {
		return pm.quizClosedNoAttempt({}, L());
	},
	get lessonsTitle() {
		return pm.lessonsTitle({}, L());
	},
	get newLesson() {
		return pm.newLesson({}, L());
	},
	get noLessons() {
		return pm.noLessons({}, L());
	},
	get statusDraft() {
		return pm.statusDraft({}, L());
	},
	get statusOpen() {
		return pm.statusOpen({}, L());
	},
	get statusClosed() {
		return pm.statusClosed({}, L());
	},
	answersSoFar: (n: number) => (n === 1 ? pm.answersOne({}, L()) : pm.answersMany({ count: n }, L())),
	get title() {
		return pm.title({}, L());
	},
	get titleHint() {
		return pm.titleHint({}, L());
	},
	get language() {
		return pm.language({}, L());
	},
	get langAuto() {
		return pm.langAuto({}, L());
	},
	get langDe() {
		return pm.langDe({}, L());
	},
	get langEn() {
		return pm.langEn({}, L());
	},
	get paste() {
		return pm.paste({}, L());
	},
	get upload() {
		return pm.upload({}, L());
	},
	get fromUrl() {
		return pm.fromUrl({}, L());
	},
	get source() {
		return pm.source({}, L());
	},
	get createLesson() {
		return pm.createLesson({}, L());
	},
	get oneSourceOnly() {
		return pm.oneSourceOnly({}, L());
	},
	get articleEmpty() {
		return pm.articleEmpty({}, L());
	},
	articleTooLong: (kb: number, max: number) => pm.articleTooLong({ kb, max }, L()),
	uploadTooLarge: (mb: number) => pm.uploadTooLarge({ mb }, L()),
	get uploadWrongType() {
		return pm.uploadWrongType({}, L());
	},
	get urlInvalid() {
		return pm.urlInvalid({}, L());
	},
	get urlPrivate() {
		return pm.urlPrivate({}, L());
	},
	urlTimeout: (s: number) => pm.urlTimeout({ seconds: s }, L()),
	get urlTooLarge() {
		return pm.urlTooLarge({}, L());
	},
	get urlFailed() {
		return pm.urlFailed({}, L());
	},
	urlStatus: (s: number) => pm.urlStatus({ status: s }, L()),
	get urlNotText() {
		return pm.urlNotText({}, L());
	},
	get nothingToAsk() {
		return pm.nothingToAsk({}, L());
	},
	get review() {
		return pm.review({}, L());
	},
	get publish() {
		return pm.publish({}, L());
	},
	get resultsTitle() {
		return pm.resultsTitle({}, L());
	},
	get exportTitle() {
		return pm.exportTitle({}, L());
	},
	get exportIntro() {
		return pm.exportIntro({}, L());
	},
	get exportDownload() {
		return pm.exportDownload({}, L());
	},
	get exportLosses() {
		return pm.exportLosses({}, L());
	},
	get exportNoLoss() {
		return pm.exportNoLoss({}, L());
	},
	get exportBackup() {
		return pm.exportBackup({}, L());
	},
	get exportResults() {
		return pm.exportResults({}, L());
	},
	get speakers() {
		return pm.speakers({}, L());
	},
	get unknownSpeaker() {
		return pm.unknownSpeaker({}, L());
	},
	get numbersMarked() {
		return pm.numbersMarked({}, L());
	},
	get detectedLanguage() {
		return pm.detectedLanguage({}, L());
	},
	get changeLanguage() {
		return pm.changeLanguage({}, L());
	},
	get type() {
		return pm.type({}, L());
	},
	get prompt() {
		return pm.prompt({}, L());
	},
	get answerLabel() {
		return pm.answerLabel({}, L());
	},
	get options() {
		return pm.options({}, L());
	},
	get evidenceText() {
		return pm.evidenceText({}, L());
	},
	get save() {
		return pm.save({}, L());
	},
	get delete() {
		return pm.deleteAction({}, L());
	},
	get moveUp() {
		return pm.moveUp({}, L());
	},
	get moveDown() {
		return pm.moveDown({}, L());
	},
	get edit() {
		return pm.edit({}, L());
	},
	get addQuestion() {
		return pm.addQuestion({}, L());
	},
	get regenerate() {
		return pm.regenerate({}, L());
	},
	get regenerateHint() {
		return pm.regenerateHint({}, L());
	},
	get questionTypes() {
		return pm.questionTypes({}, L());
	},
	get questionCount() {
		return pm.questionCount({}, L());
	},
	get kindChoice() {
		return pm.kindChoice({}, L());
	},
	get kindNumber() {
		return pm.kindNumber({}, L());
	},
	get kindText() {
		return pm.kindText({}, L());
	},
	get kindBoolean() {
		return pm.kindBoolean({}, L());
	},
	get kindMatch() {
		return pm.kindMatch({}, L());
	},
	get kindMark() {
		return pm.kindMark({}, L());
	},
	get markHint() {
		return pm.markHint({}, L());
	},
	get noQuestions() {
		return pm.noQuestions({}, L());
	},
	get locked() {
		return pm.locked({}, L());
	},
	get promptMissing() {
		return pm.promptMissing({}, L());
	},
	get promptTooLong() {
		return pm.promptTooLong({}, L());
	},
	get answerMissing() {
		return pm.answerMissing({}, L());
	},
	get answerNotNumber() {
		return pm.answerNotNumber({}, L());
	},
	get booleanAnswer() {
		return pm.booleanAnswer({}, L());
	},
	optionNotNumber: (o: string) => pm.optionNotNumber({ option: o }, L()),
	optionDuplicate: (o: string) => pm.optionDuplicate({ option: o }, L()),
	get optionCount() {
		return pm.optionCount({}, L());
	},
	get answerNotInOptions() {
		return pm.answerNotInOptions({}, L());
	},
	get promptGivesAway() {
		return pm.promptGivesAway({}, L());
	},
	get evidenceNotFound() {
		return pm.evidenceNotFound({}, L());
	},
	get evidenceMissing() {
		return pm.evidenceMissing({}, L());
	},
	get tooManyQuestions() {
		return pm.tooManyQuestions({}, L());
	},
	get questionSaved() {
		return pm.questionSaved({}, L());
	},
	get joinCodeLabel() {
		return pm.joinCodeLabel({}, L());
	},
	get joinLink() {
		return pm.joinLink({}, L());
	},
	qrAlt: (code: string) => pm.qrAlt({ code }, L()),
	get open() {
		return pm.open({}, L());
	},
	get close() {
		return pm.close({}, L());
	},
	get reopen() {
		return pm.reopen({}, L());
	},
	get settings() {
		return pm.settings({}, L());
	},
	get layoutBeside() {
		return pm.layoutBeside({}, L());
	},
	get layoutFirst() {
		return pm.layoutFirst({}, L());
	},
	get feedbackNow() {
		return pm.feedbackNow({}, L());
	},
	get feedbackAfterClose() {
		return pm.feedbackAfterClose({}, L());
	},
	get publishNeedsQuestions() {
		return pm.publishNeedsQuestions({}, L());
	},
	get deleteLesson() {
		return pm.deleteLesson({}, L());
	},
	get deleteConfirm() {
		return pm.deleteConfirm({}, L());
	},
	get perQuestion() {
		return pm.perQuestion({}, L());
	},
	get perStudent() {
		return pm.perStudent({}, L());
	},
	get shareCorrect() {
		return pm.shareCorrect({}, L());
	},
	get commonWrong() {
		return pm.commonWrong({}, L());
	},
	get diagnosisLabel() {
		return pm.diagnosisLabel({}, L());
	},
	get noAttempts() {
		return pm.noAttempts({}, L());
	},
	get csv() {
		return pm.csv({}, L());
	},
	get inProgress() {
		return pm.inProgress({}, L());
	},
	get submittedAt() {
		return pm.submittedAt({}, L());
	},
	get diagnosisNames(): Record<string, string> {
		const l = L();
		return {
			'wrong-speaker': pm.diagnosis_wrong_speaker({}, l),
			'other-speaker': pm.diagnosis_other_speaker({}, l),
			'scale-error': pm.diagnosis_scale_error({}, l),
			scale: pm.diagnosis_scale({}, l),
			'other-number': pm.diagnosis_other_number({}, l),
			'no-match': pm.diagnosis_no_match({}, l),
			partial: pm.diagnosis_partial({}, l),
			empty: pm.diagnosis_empty({}, l),
			unsupported: pm.diagnosis_unsupported({}, l)
		};
	},
	get demoTitle() {
		return pm.demoTitle({}, L());
	},
	get typeNames(): Record<string, string> {
		const l = L();
		return {
			'who-said': pm.type_who_said({}, l),
			'what-did-x-say': pm.type_what_did_x_say({}, l),
			match: pm.type_match({}, l),
			'number-entry': pm.type_number_entry({}, l),
			'number-choice': pm.type_number_choice({}, l),
			'number-source': pm.type_number_source({}, l),
			'true-false': pm.type_true_false({}, l),
			cloze: pm.type_cloze({}, l),
			'who-is': pm.type_who_is({}, l),
			'mark-the-speaker': pm.type_mark_the_speaker({}, l)
		};
	},
	get forTeachers() {
		return pm.forTeachers({}, L());
	},
	get feedbackSetting() {
		return pm.feedbackSetting({}, L());
	},
	points: (s: string) => pm.points({ points: s }, L()),
	get pointsHeader() {
		return pm.pointsHeader({}, L());
	},
	get lessonNotFound() {
		return pm.lessonNotFound({}, L());
	},
	get untitled() {
		return pm.untitled({}, L());
	},
	get demoTitleSeed() {
		return pm.demoTitleSeed({}, L());
	},
	get marksHint() {
		return pm.marksHint({}, L());
	},
	get showInText() {
		return pm.showInText({}, L());
	},
	get booleanAnswerHint() {
		return pm.booleanAnswerHint({}, L());
	},
	get sourceLabel() {
		return pm.sourceLabel({}, L());
	},
	get noAccountYet() {
		return pm.noAccountYet({}, L());
	},
	get haveAccount() {
		return pm.haveAccount({}, L());
	},
	get mainNav() {
		return pm.mainNav({}, L());
	},
	get lessonNav() {
		return pm.lessonNav({}, L());
	},
	get status() {
		return pm.status({}, L());
	},
	get changed() {
		return pm.changed({}, L());
	},
	get cellRight() {
		return pm.cellRight({}, L());
	},
	get cellWrong() {
		return pm.cellWrong({}, L());
	},
	questionN: (n: number) => pm.questionN({ n }, L()),
	get toleranceLabel() {
		return pm.toleranceLabel({}, L());
	},
	get toleranceMin() {
		return pm.toleranceMin({}, L());
	},
	get toleranceMax() {
		return pm.toleranceMax({}, L());
	},
	get toleranceHint() {
		return pm.toleranceHint({}, L());
	},
	get toleranceNotNumber() {
		return pm.toleranceNotNumber({}, L());
	},
	get toleranceAroundAnswer() {
		return pm.toleranceAroundAnswer({}, L());
	},
	accepted: (min: string, max: string) => pm.accepted({ min, max }, L()),
	get filterByType() {
		return pm.filterByType({}, L());
	},
	get allTypes() {
		return pm.allTypes({}, L());
	},
	get filter() {
		return pm.filter({}, L());
	},
	get confirmDelete() {
		return pm.confirmDelete({}, L());
	},
	demoHint: (code: string) => pm.demoHint({ code }, L()),
	get notFound() {
		return pm.notFound({}, L());
	},
	get forbidden() {
		return pm.forbidden({}, L());
	},
	get switchLanguage() {
		return pm.switchLanguage({}, L());
	},
	get localeNameDe() {
		return pm.localeNameDe({}, L());
	},
	get localeNameEn() {
		return pm.localeNameEn({}, L());
	},
	get formUnreadable() {
		return pm.formUnreadable({}, L());
	},
	get badAddress() {
		return pm.badAddress({}, L());
	},
	get badCharacter() {
		return pm.badCharacter({}, L());
	},
	get addressMissing() {
		return pm.addressMissing({}, L());
	},
	signupLimited: (seconds: number) => pm.signupLimited({ minutes: String(Math.max(1, Math.ceil(seconds / 60))) }, L()),
	get signupFailed() {
		return pm.signupFailed({}, L());
	},
	answerTooLong: (number: number, max: number) => pm.answerTooLong({ number: String(number), max: String(max) }, L()),
	get quizClosedNotSaved() {
		return pm.quizClosedNotSaved({}, L());
	},
	get regenerateNoTypes() {
		return pm.regenerateNoTypes({}, L());
	},
	get htmlTooComplex() {
		return pm.htmlTooComplex({}, L());
	},
	get articleTooSlow() {
		return pm.articleTooSlow({}, L());
	},
	get serverBusy() {
		return pm.serverBusy({}, L());
	},
	get articleFailed() {
		return pm.articleFailed({}, L());
	}
};

export function formatScore(s: number): string {
	return (Math.round(s * 10) / 10).toLocaleString(currentLocale() === 'en' ? 'en-GB' : 'de-DE');
}

export function diagnosisLabel(code: string): string {
	return m.diagnosisNames[code] ?? code;
}
