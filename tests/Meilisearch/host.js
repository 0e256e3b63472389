// Starts the real PodSearch host for the tests: indexes the fixture notes with the real indexer into a temp
// folder, runs `podsearch serve` on 127.0.0.1 with a port the system picks (read from the host's start-up log),
// and stops it afterwards. Needs the Release build (`dotnet build Search.sln -c Release`, as scripts/test.sh does).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const notesRoot = path.join(repoRoot, 'tests/SearchHost.Tests/Fixtures/notes');
const podsearchDll = process.env.PODSEARCH_DLL ?? path.join(repoRoot, 'src/Indexer/bin/Release/net10.0/podsearch.dll');

/** Indexes the fixture notes once per process; returns the index folder. */
export function buildIndex() {
  if (!existsSync(podsearchDll))
    throw new Error(`${podsearchDll} not found: build first with 'dotnet build Search.sln -c Release'`);
  const folder = mkdtempSync(path.join(tmpdir(), 'podsearch-meili-index-'));
  execFileSync('dotnet', [podsearchDll, 'index', notesRoot, '--index', folder], { stdio: 'pipe' });
  return folder;
}

/**
 * Runs `podsearch serve --index <indexPath> ...extraArgs` until the returned host's stop(); resolves once it answers.
 * @returns {Promise<{url: string, stop: () => Promise<void>, output: () => string}>}
 */
export async function startHost(indexPath, ...extraArgs) {
  const child = spawn('dotnet', [podsearchDll, 'serve', '--index', indexPath, '--urls', 'http://127.0.0.1:0', '--rate-limit', '0', ...extraArgs],
    { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('host did not start within 60 s:\n' + output)), 60_000);
    const read = (chunk) => {
      output += chunk;
      const match = /Now listening on: (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) { clearTimeout(timer); resolve(match[1]); }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`host exited with ${code}:\n${output}`)); });
  });
  child.removeAllListeners('exit');
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url + '/health')).ok) break; } catch { /* not yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    output: () => output,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.on('exit', () => resolve());
      child.kill('SIGTERM');
    }),
  };
}

export function removeIndex(folder) {
  rmSync(folder, { recursive: true, force: true });
}
