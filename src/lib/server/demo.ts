// The demo lesson: on an empty database, the bundled seed article (dpa/afp) becomes an open quiz.
import seedText from '$lib/demo/seed-nordkorea.txt?raw';
import { getDb } from './db.ts';
import { m } from '$lib/i18n';
import { createLesson, countLessons, generateJoinCode } from './lessons.ts';
import { normalizeArticle } from './articles.ts';

export async function seedDemoLesson(): Promise<string | null> {
	if ((await countLessons()) > 0) return null;
	// only the first server to claim it seeds (several may start at once on one PostgreSQL)
	const db = await getDb();
	const claimed = await db
		.insertInto('app_meta')
		.values({ key: 'demo-seeded', value: new Date().toISOString() })
		.onConflict((oc) => oc.column('key').doNothing())
		.returning('key')
		.executeTakeFirst();
	if (!claimed) return null;
	const text = normalizeArticle(seedText);
	const lesson = await createLesson({ ownerId: null, title: m.demoTitleSeed(), text, lang: 'auto', source: 'dpa/afp' });
	const code = generateJoinCode();
	await db.updateTable('lessons').set({ join_code: code, status: 'open' }).where('id', '=', lesson.id).execute();
	return code;
}
