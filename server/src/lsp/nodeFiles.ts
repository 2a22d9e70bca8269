// ServerFiles on the desktop: file: URIs straight from the disk; anything else (a virtual workspace such as a GitHub
// repository opened remotely) through the client, as in the browser.
import type { Connection } from 'vscode-languageserver';
import { readFromDisk, toPath } from '../language/host';
import { ClientFiles } from './clientFiles';
import type { ServerContext } from './context';
import type { ServerFiles } from './files';
import { importableFiles } from './importable';

const onDisk = (uri: string) => uri.startsWith('file:');

export function nodeFiles(connection: Connection): ServerFiles & { follow(context: ServerContext): void } {
  const client = new ClientFiles(connection);
  return {
    read: (uri) => (onDisk(uri) ? readFromDisk(uri) : client.read(uri)),
    load: async (uri) => (onDisk(uri) ? readFromDisk(uri) : client.load(uri)),
    reading: () => client.reading(),
    settled: () => client.settled(),
    onDidArrive: (listener) => client.onDidArrive(listener),
    changed: (uri) => { if (!onDisk(uri)) client.changed(uri); },
    sameFile: (a, b) => (onDisk(a) && onDisk(b) ? toPath(a) === toPath(b) : client.sameFile(a, b)),
    importable: (documentUri, folders) => (onDisk(documentUri) ? importableFiles(documentUri, folders) : client.importable(documentUri, folders)),
    // Only a virtual folder needs the client's list of designs.
    follow: (context) => client.follow(context, () => context.workspaceFolders.some((folder) => !onDisk(folder))),
  };
}
