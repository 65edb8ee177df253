import followthemoney from '@opensanctions/followthemoney';
import type { Entity, MentionKind } from '../model.ts';
import type { Store } from '../store/store.ts';

/**
 * What Attest found, as FollowTheMoney entities (the data model of Aleph and OpenSanctions), so that
 * Aleph users can load it with `ftm` tools: every actor as a Person, Organization, Address or Event with
 * its names and aliases; every document as an Article with its text; and a Documentation link for each
 * actor a document names (role `quoted` when the actor speaks in it). Properties are set through the
 * FollowTheMoney package's own model, so a property its schema does not have is an error here, not a
 * file Aleph rejects.
 */

const { Model, defaultModel } = followthemoney;
const model = new Model(defaultModel);

/** The ledger's kinds of actor as FollowTheMoney schemata; `other` has no honest equivalent. */
const SCHEMA: Partial<Record<MentionKind, string>> = {
  person: 'Person',
  organization: 'Organization',
  place: 'Address',
  event: 'Event',
};

export interface FtmEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

/** Column order when written flat (CSV): the properties as JSON text. */
export const ftmEntityId = (entityId: string) => `attest-${entityId}`;
export const ftmArticleId = (documentId: string) => `attest-doc-${documentId}`;

function ftmEntity(id: string, schema: string, properties: Record<string, Array<string | null>>): FtmEntity {
  const entity = model.getEntity({ id, schema, properties: {} });
  for (const [property, values] of Object.entries(properties)) {
    for (const value of values) if (value) entity.setProperty(property, value);
  }
  return entity.toJSON() as FtmEntity;
}

function actor(entity: Entity, schema: string): FtmEntity {
  const aliases = [...entity.aliases]
    .sort((a, b) => b.count - a.count)
    .map((a) => a.name)
    .filter((name) => name !== entity.name);
  const roles = [...new Set(entity.roles.map((r) => r.text))];
  return ftmEntity(ftmEntityId(entity.id), schema, {
    name: [entity.name],
    alias: aliases,
    // A person's roles are positions held; an organisation's or place's are what the sources call it.
    [schema === 'Person' ? 'position' : 'notes']: roles,
  });
}

const WEB = /^https?:\/\//i;

async function* actors(store: Store): AsyncIterable<FtmEntity> {
  for await (const entity of store.allEntities()) {
    const schema = SCHEMA[entity.kind];
    if (schema) yield actor(entity, schema);
  }
}

async function* articles(store: Store): AsyncIterable<FtmEntity> {
  for await (const { document, source } of store.allDocuments()) {
    const locator = source.sightings[0]?.locator ?? '';
    yield ftmEntity(ftmArticleId(document.id), 'Article', {
      title: [document.title],
      author: [document.byline],
      publishedAt: [document.published?.value ?? null],
      sourceUrl: [WEB.test(locator) ? locator : null],
      fileName: [WEB.test(locator) ? null : locator],
      bodyText: [document.text],
      notes: [`preserved by Attest as SHA-256 ${source.sha256}`],
    });
  }
}

/** One link per actor and document; kinds without a schema are left out, as their entities are. */
async function* documentation(store: Store): AsyncIterable<FtmEntity> {
  const kindOf = new Map<string, MentionKind>();
  for await (const entity of store.allEntities()) kindOf.set(entity.id, entity.kind);
  const quoted = new Set<string>();
  for await (const { quote, document, speakerEntity } of store.allQuotes()) {
    if (speakerEntity && quote.kind !== 'scare') quoted.add(`${document.id} ${speakerEntity.id}`);
  }
  let current: string | null = null;
  let named = new Set<string>();
  const flush = function* (): Iterable<FtmEntity> {
    if (current === null) return;
    for (const entityId of [...named].sort()) {
      const role = quoted.has(`${current} ${entityId}`) ? 'quoted' : 'mentioned';
      yield ftmEntity(`${ftmArticleId(current)}-${entityId}`, 'Documentation', {
        document: [ftmArticleId(current)],
        entity: [ftmEntityId(entityId)],
        role: [role],
      });
    }
  };
  for await (const { record: mention, document } of store.allMentions()) {
    if (document.id !== current) {
      yield* flush();
      current = document.id;
      named = new Set();
    }
    const kind = mention.entityId ? kindOf.get(mention.entityId) : undefined;
    if (mention.entityId && kind && SCHEMA[kind]) named.add(mention.entityId);
  }
  yield* flush();
}

export async function* ftmRecords(store: Store): AsyncIterable<FtmEntity> {
  yield* actors(store);
  yield* articles(store);
  yield* documentation(store);
}
