// XML through fast-xml-parser's builder (ordered mode, so mixed content such as a passage with
// hottext elements keeps its order). Text and attribute values are escaped by the builder.
import { XMLBuilder } from 'fast-xml-parser';

export type XmlNode = Record<string, unknown>;
type Child = XmlNode | string | number | null | undefined | false | Child[];

/** an element: `el('answer', { fraction: 100 }, el('text', {}, 'Lind'))` */
export function el(name: string, attrs: Record<string, string | number | boolean | undefined | null> = {}, ...children: Child[]): XmlNode {
	const node: XmlNode = { [name]: flatten(children) };
	const a: Record<string, string> = {};
	for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) a[`@_${k}`] = xmlSafe(String(v));
	if (Object.keys(a).length) node[':@'] = a;
	return node;
}

function flatten(children: Child[]): XmlNode[] {
	const out: XmlNode[] = [];
	for (const c of children) {
		if (c === null || c === undefined || c === false) continue;
		if (Array.isArray(c)) out.push(...flatten(c));
		else if (typeof c === 'string' || typeof c === 'number') out.push({ '#text': xmlSafe(String(c)) });
		else out.push(c);
	}
	return out;
}

/** without the characters XML 1.0 cannot carry (control characters, lone surrogates) */
export const xmlSafe = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

/** an element holding only text */
export const textEl = (name: string, text: string | number, attrs: Record<string, string | number | undefined> = {}) => el(name, attrs, String(text));

const builders = new Map<boolean, XMLBuilder>();

/** a document with the XML declaration; `pretty` indents (only for element-only content) */
export function buildXml(root: XmlNode, pretty = true): string {
	let b = builders.get(pretty);
	if (!b) {
		b = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '@_', format: pretty, indentBy: '  ', suppressEmptyNode: true });
		builders.set(pretty, b);
	}
	const decl = { '?xml': [{ '#text': '' }], ':@': { '@_version': '1.0', '@_encoding': 'UTF-8' } };
	return (b.build([decl, root]) as string).replace(/^\n+/, '').trimEnd() + '\n';
}
