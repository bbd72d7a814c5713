// Shapes shared by the server and the question components.

export type AnswerKind = 'choice' | 'number' | 'text' | 'boolean' | 'match' | 'mark';

/** A question as a student sees it before submitting: no answer, no evidence, no key. */
export interface PublicQuestion {
	id: string;
	kind: AnswerKind;
	prompt: string;
	/** choices (shuffled per attempt); for match: the names to assign */
	options?: string[];
	/** match: the quotes to assign a name to */
	items?: string[];
	hint?: string;
	/** mark: the words of the passage to mark, with their offsets in the article */
	words?: { start: number; end: number; text: string }[];
}

/** A response: one value, or for match questions item index → chosen name. */
export type Response = string | Record<string, string>;

export interface Grade {
	score: number;
	correct: boolean;
	feedback: string;
	diagnosis: string;
}

/** A question after submission, with the student's answer, the key and the evidence. */
export interface ReviewedQuestion extends PublicQuestion {
	response: Response | null;
	responseText: string;
	answerText: string;
	grade: Grade;
	evidence: { start: number; end: number } | null;
	/** the evidence's words, shown in the feedback card itself (the phone's article is far away) */
	evidenceText?: string;
}

export interface Mark {
	start: number;
	end: number;
	kind: 'quote' | 'number' | 'evidence' | 'anchor';
	/** quote: 1-based speaker number in the legend (0 = unknown speaker) */
	speaker?: number;
	label?: string;
	id?: string;
}
