import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireTeacher } from '$lib/server/auth';
import { createLesson } from '$lib/server/lessons';
import { ArticleError, checkArticleSize, decodeUpload, fetchArticle, normalizeArticle, titleFromText } from '$lib/server/articles';
import type { Lang } from '$lib/engine/types';
import { m } from '$lib/i18n';

export const load: PageServerLoad = ({ locals, url }) => {
	requireTeacher(locals, url);
	return {};
};

export const actions: Actions = {
	default: async ({ locals, url, request }) => {
		const user = requireTeacher(locals, url);
		const form = await request.formData();
		const pasted = String(form.get('text') ?? '');
		const file = form.get('file');
		const address = String(form.get('url') ?? '').trim();
		const langInput = String(form.get('lang') ?? 'auto');
		const lang: Lang | 'auto' = langInput === 'de' || langInput === 'en' ? langInput : 'auto';
		let title = String(form.get('title') ?? '').trim();
		const values = { title, text: pasted.slice(0, 300_000), url: address, lang };
		const hasFile = file instanceof File && file.size > 0;
		const given = [pasted.trim() !== '', hasFile, address !== ''].filter(Boolean).length;
		if (given !== 1) return fail(400, { ...values, errors: [m.oneSourceOnly()] });
		let text: string;
		let source: string | null = null;
		let lessonId: string;
		try {
			if (hasFile) {
				const got = await decodeUpload((file as File).name, new Uint8Array(await (file as File).arrayBuffer()));
				text = got.text;
				title ||= got.title;
			} else if (address) {
				const got = await fetchArticle(address);
				text = got.text;
				title ||= got.title;
				source = got.source;
			} else text = normalizeArticle(pasted);
			checkArticleSize(text);
			lessonId = (await createLesson({ ownerId: user.id, title: title || titleFromText(text), text, lang, source })).id;
		} catch (error) {
			if (error instanceof ArticleError) return fail(400, { ...values, errors: [error.message] });
			throw error;
		}
		redirect(303, `/lessons/${lessonId}`);
	}
};
