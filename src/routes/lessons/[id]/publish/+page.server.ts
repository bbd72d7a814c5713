import { fail, redirect } from '@sveltejs/kit';
import QRCode from 'qrcode';
import type { Actions, PageServerLoad } from './$types';
import { requireOwnLesson } from '$lib/server/auth';
import { deleteLesson, publishLesson, setLessonStatus, updateLessonSettings } from '$lib/server/lessons';
import { countSubmittedAttempts } from '$lib/server/attempts';
import { m } from '$lib/i18n';

export const load: PageServerLoad = async ({ locals, url, params }) => {
	const { lesson } = await requireOwnLesson(locals, url, params.id);
	const link = lesson.joinCode ? `${url.origin}/j/${lesson.joinCode}` : null;
	const qr = link ? `data:image/svg+xml;base64,${Buffer.from(await QRCode.toString(link, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' })).toString('base64')}` : null;
	return {
		lesson: { id: lesson.id, title: lesson.title, status: lesson.status, joinCode: lesson.joinCode, feedback: lesson.feedback, layout: lesson.layout, questionCount: lesson.questions.length },
		link,
		qr,
		submitted: await countSubmittedAttempts(lesson.id)
	};
};

export const actions: Actions = {
	publish: async ({ locals, url, params }) => {
		const { user, lesson } = await requireOwnLesson(locals, url, params.id);
		if (!lesson.questions.length) return fail(400, { errors: [m.publishNeedsQuestions()] });
		await publishLesson(lesson.id, user.id);
		return {};
	},
	close: async ({ locals, url, params }) => {
		const { user, lesson } = await requireOwnLesson(locals, url, params.id);
		await setLessonStatus(lesson.id, user.id, 'closed');
		return {};
	},
	reopen: async ({ locals, url, params }) => {
		const { user, lesson } = await requireOwnLesson(locals, url, params.id);
		await setLessonStatus(lesson.id, user.id, 'open');
		return {};
	},
	settings: async ({ locals, url, params, request }) => {
		const { user, lesson } = await requireOwnLesson(locals, url, params.id);
		const form = await request.formData();
		await updateLessonSettings(lesson.id, user.id, {
			layout: form.get('layout') === 'first' ? 'first' : 'beside',
			feedback: form.get('feedback') === 'after_close' ? 'after_close' : 'now'
		});
		return { settingsSaved: true };
	},
	delete: async ({ locals, url, params, request }) => {
		const { user, lesson } = await requireOwnLesson(locals, url, params.id);
		const form = await request.formData();
		if (form.get('confirm') !== 'yes') return fail(400, { errors: [m.confirmDelete()] });
		await deleteLesson(lesson.id, user.id);
		redirect(303, '/lessons');
	}
};
