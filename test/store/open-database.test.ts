import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { DyadError } from '../../src/errors.js';
import { hasBuiltinSqlite, missingDriverError } from '../../src/store/sqlite/open-database.js';

const require = createRequire(import.meta.url);

/** The error a real require or bindings lookup throws, to classify as Node would hand it over. */
function thrownBy(load: () => unknown): unknown {
  try {
    load();
  } catch (err) {
    return err;
  }
  return assert.fail('expected the load to throw');
}

describe('SQLite driver choice', () => {
  it('uses the built-in driver from Node 22.13 on', () => {
    assert.deepEqual(['20.19.0', '22.12.0', '22.13.0', '23.0.0', '24.1.0'].map((v) => hasBuiltinSqlite(v)), [false, false, true, true, true]);
  });

  it('says in one line that better-sqlite3 is not installed, and what to do', () => {
    // Node's own error for a package that is not there: several lines with the require stack.
    const notThere = thrownBy(() => require('better-sqlite3/not-installed-here'));
    assert.match((notThere as Error).message, /\n/);
    const err = missingDriverError(notThere, '20.19.0');
    assert.ok(err instanceof DyadError);
    assert.doesNotMatch(err.message, /\n/);
    assert.match(err.message, /Node 20\.19\.0 better-sqlite3 is not installed/);
    assert.match(err.message, /Node 22\.13 or later/);
  });

  it('says in one line that better-sqlite3 has no native build', () => {
    // A compiled part Node cannot load (as one built for another Node, or a failed build, would be).
    const addon = join(mkdtempSync(join(tmpdir(), 'dyad-driver-')), 'better_sqlite3.node');
    writeFileSync(addon, 'not a shared library');
    const noBuild = thrownBy(() => require(addon));
    const err = missingDriverError(noBuild, '20.19.0');
    assert.ok(err instanceof DyadError);
    assert.doesNotMatch(err.message, /\n/);
    assert.match(err.message, /no native build/);
  });

  it('leaves other errors alone', () => {
    assert.equal(missingDriverError(thrownBy(() => require('some-package-dyad-does-not-use'))), null);
    assert.equal(missingDriverError(new Error('unable to open database file')), null);
  });
});
