// "Show in text" links (#ev-…): SvelteKit's client-side hash navigation does not update :target,
// so the page marks the evidence itself (Article's `current`) and scrolls it into view.

/** Handles a click on an evidence link inside the clicked element; the evidence id, or null. */
export function followEvidenceLink(e: MouseEvent): string | null {
	const link = (e.target as HTMLElement).closest('a[href^="#ev-"]');
	if (!link) return null;
	e.preventDefault();
	const id = link.getAttribute('href')!.slice(1);
	document.getElementById(id)?.scrollIntoView({ block: 'center' });
	history.replaceState(history.state, '', `#${id}`);
	return id;
}
