import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';
import { normalizeJoinCode } from '$lib/server/lessons';

// The short link behind the QR code.
export const load: PageServerLoad = ({ params }) => {
	redirect(303, `/join?code=${encodeURIComponent(normalizeJoinCode(params.code))}`);
};
