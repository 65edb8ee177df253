import assert from 'node:assert/strict';
import { test } from 'node:test';
import { actionOf } from '../../src/team/audit-log.ts';

/** Which requests the team audit log records, and as what. */

test('adding, curating and exporting are actions; other reads are not', () => {
  const cases: Array<[string, string, string | null]> = [
    ['POST', '/api/sources/upload', 'add'],
    ['POST', '/api/sources/urls', 'add'],
    ['POST', '/api/curations', 'curation'],
    ['POST', '/api/curations/c-1f2e/undo', 'curation'],
    ['POST', '/api/statements/3f2a9c:10-42/fix', 'curation'],
    ['GET', '/api/export/quotes', 'export'],
    ['GET', '/api/documents/3f2a9c1b0d4e5f60/source', 'export'],
    ['DELETE', '/api/jobs/0b7f1c52', 'change'],
    ['GET', '/api/documents/3f2a9c1b0d4e5f60', null],
    ['GET', '/api/search', null],
    ['GET', '/api/audit', null],
  ];
  for (const [method, path, action] of cases)
    assert.equal(actionOf(method, path), action, `${method} ${path}`);
});
