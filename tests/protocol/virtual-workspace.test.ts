// The desktop server in a virtual workspace (github.dev's repositories opened in the desktop, Remote Repositories):
// files with no file: URI are read through the client's sysd/readFile, sysd.config.json and imports alike.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { LIST_DESIGNS_REQUEST, READ_FILE_REQUEST, type ReadFileParams } from '../../server/src/protocol/requests';
import { startClient, type TestClient } from './lsp-client';

const ROOT = 'vscode-vfs://github/sysd-dev/shop';
/** What the client has: a virtual file system the server cannot see. */
const FILES: Record<string, string> = {
  [`${ROOT}/shared/data.sysd`]: 'database orders "Orders" { replicas: 2 }\n',
  [`${ROOT}/sysd.config.json`]: '{ "rules": { "missing-load-balancer": "off" } }\n',
};
const asked: string[] = [];
let client: TestClient;

before(async () => {
  client = await startClient(ROOT, undefined, {
    [READ_FILE_REQUEST]: (params: ReadFileParams) => {
      asked.push(params.uri);
      return params.uri in FILES ? { text: FILES[params.uri] } : null;
    },
    [LIST_DESIGNS_REQUEST]: () => Object.keys(FILES).filter((uri) => uri.endsWith('.sysd')),
  });
});
after(async () => { await client.stop(); });

test('a virtual workspace: the import and sysd.config.json come from the client', async () => {
  const uri = `${ROOT}/shop.sysd`;
  client.open(uri, 'design "Shop"\nimport "./shared/data.sysd"\nimport "./gone.sysd"\nclient web\nservice api { instances: 2, auth: jwt }\nweb -> api\napi -> orders\nmonitoring m\napi ~> m\n');
  const diagnostics = await client.diagnostics(uri);
  assert.deepEqual(diagnostics.map((d) => [d.code, d.range.start.line]).sort(), [['import-not-found', 2], ['missing-rate-limit', 4]]);
  assert.ok(asked.includes(`${ROOT}/shared/data.sysd`) && asked.includes(`${ROOT}/gone.sysd`), `asked for ${asked.join(', ')}`);
});
