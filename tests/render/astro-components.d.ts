// tsc (npm run typecheck) does not read .astro files; astro check does. For the tests that import components to
// render them with the container API, an .astro import is an Astro component.
declare module '*.astro' {
	import type { AstroComponentFactory } from 'astro/runtime/server/index.js';
	const component: AstroComponentFactory;
	export default component;
}
