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
		adapter: adapter({ precompress: true })
	}
};

export default config;
