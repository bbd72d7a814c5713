// The benchmark scripts' student: joins a lesson by its code and returns the attempt cookie.
export async function joinAsStudent(origin, code, nickname = 'Messung') {
	const joined = await fetch(`${origin}/join`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ code, nickname })
	});
	return (joined.headers.get('set-cookie') ?? '').split(';')[0];
}
