// Runs before `npm install`: fail early, with the fix, on a Node that Astro 7 and vitest 5 cannot run on.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
	console.error(`\nxiangce needs Node.js >= 22.12 (Astro 7, vitest 5); this is Node ${process.versions.node}.\n` +
		'Install a current Node (e.g. `npm install --prefix ~/.local/node24 node@24` and put ~/.local/node24/node_modules/.bin on PATH), then run the command again.\n');
	process.exit(1);
}
