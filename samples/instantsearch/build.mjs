// Copies the browser files of the npm packages this page uses into vendor/ (no CDN, no bundler): InstantSearch.js's
// own UMD build, instant-meilisearch's ES module and the meilisearch client it imports (its peer, 0.57.0).
// The packages are installed, from the committed lockfile, by `npm ci` in tests/Meilisearch.
// Usage: node samples/instantsearch/build.mjs [node_modules folder]
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = path.resolve(process.argv[2] ?? path.join(here, '../../tests/Meilisearch/node_modules'));
const files = [
  // [package folder, expected version, file in the package, name in vendor/]
  ['instantsearch.js', '4.118.1', 'dist/instantsearch.production.min.js', 'instantsearch.production.min.js'],
  ['@meilisearch/instant-meilisearch', '0.31.3', 'dist/index.js', 'instant-meilisearch.js'],
  ['meilisearch-for-instant', '0.57.0', 'dist/index.js', 'meilisearch.js'],
];

const vendor = path.join(here, 'vendor');
mkdirSync(vendor, { recursive: true });
for (const [name, version, file, target] of files) {
  const folder = path.join(modules, name);
  const manifest = path.join(folder, 'package.json');
  if (!existsSync(manifest)) {
    console.error(`build.mjs: ${manifest} is missing; run 'npm ci' in tests/Meilisearch first`);
    process.exit(1);
  }
  const installed = JSON.parse(readFileSync(manifest, 'utf8')).version;
  if (installed !== version) {
    console.error(`build.mjs: ${name} is ${installed} in ${modules}, this page is built for ${version}`);
    process.exit(1);
  }
  copyFileSync(path.join(folder, file), path.join(vendor, target));
  console.log(`vendor/${target}  <- ${name}@${version}/${file}`);
}
