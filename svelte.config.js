import adapter from '@sveltejs/adapter-node';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	compilerOptions: {
		// Force runes mode for the project, except for libraries.
		runes: ({ filename }) => (filename.split(/[/\\]/).includes('node_modules') ? undefined : true)
	},
	kit: {
		// static files are compressed once at build time (served as .br/.gz by adapter-node);
		// scripts/serve.mjs compresses the dynamic responses
		adapter: adapter({ precompress: true }),
		// Content-Security-Policy on every page: SvelteKit adds a nonce (hash when prerendered) to its
		// own inline script; nothing else inline, nothing from other origins. Images: the QR code is a
		// data: URL.
		csp: {
			mode: 'auto',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'form-action': ['self'],
				'frame-ancestors': ['none'],
				'base-uri': ['self'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
