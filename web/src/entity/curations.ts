import { type CurationResult, postJson } from '../api.ts';

/** Corrections to entities, through the API: each one a curation record, the same the CLI writes. */

export type EntityChange =
  | { type: 'merge'; entities: string[] }
  | { type: 'split'; entity: string; names: string[] }
  | { type: 'alias'; entity: string; alias: string }
  | { type: 'rename'; entity: string; name: string };

export function changeEntities(change: EntityChange & { reason?: string }): Promise<CurationResult> {
  return postJson<CurationResult>('/api/curations', change);
}

export function undoCuration(id: string): Promise<CurationResult> {
  return postJson<CurationResult>(`/api/curations/${encodeURIComponent(id)}/undo`, {});
}

/** A curation's action in words, for the history. */
export function describeAction(action: Record<string, unknown>): string {
  const text = (value: unknown) => (Array.isArray(value) ? value.join(', ') : String(value ?? ''));
  switch (action.type) {
    case 'merge':
      return `merged ${text(action.entities)}`;
    case 'split':
      return `split ${text(action.names)} from ${text(action.entity)}`;
    case 'alias':
      return `added the alias “${text(action.alias)}” to ${text(action.entity)}`;
    case 'rename':
      return `renamed ${text(action.entity)} “${text(action.name)}”`;
    case 'kind':
      return `made ${text(action.entity)} a ${text(action.kind)}`;
    case 'speaker':
      return `set the speaker of ${text(action.quote)} to ${text(action.name ?? action.entity ?? 'nobody')}`;
    case 'quote-kind':
      return `made ${text(action.quote)} ${text(action.kind)}`;
    default:
      return text(action.type);
  }
}
