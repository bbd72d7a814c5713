import type { PageServerLoad } from './$types';
import { findDemoCode } from '$lib/server/lessons';

export const load: PageServerLoad = async () => ({ demoCode: await findDemoCode() });
