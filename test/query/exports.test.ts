import assert from 'node:assert/strict';
import followthemoney from '@opensanctions/followthemoney';
import { writeRecords } from '../../src/query/export-formats.ts';
import { EXPORT_COLUMNS, type ExportKind, exportRecords } from '../../src/query/export-records.ts';
import { forEachEngine } from '../helpers/engines.ts';
import { resolveVarga, storeWithArticle, varga } from '../helpers/fishers.ts';

async function exported(store: Parameters<typeof exportRecords>[0], kind: ExportKind) {
  const records: Array<Record<string, unknown>> = [];
  for await (const record of exportRecords(store, kind)) records.push(record as Record<string, unknown>);
  return records;
}

forEachEngine(
  'every export kind has exactly the contract fields, in the contract order',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    for (const kind of ['quotes', 'entities', 'mentions', 'dates', 'claims', 'ftm'] as const) {
      const records = await exported(store, kind);
      assert.ok(records.length > 0, `${kind} has records`);
      for (const record of records) assert.deepEqual(Object.keys(record), EXPORT_COLUMNS[kind], kind);
    }
  },
);

forEachEngine(
  'exported statements carry their document, offsets, speaker, cue and medium',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    const [indirect, direct] = await exported(store, 'quotes');
    assert.deepEqual(direct, {
      id: `${document.id}:${document.text.indexOf('We will')}-${document.text.indexOf('We will') + 17}`,
      document: {
        id: document.id,
        source: 'articles/fishers.txt',
        title: 'Fishers protest',
        published: null,
      },
      text: 'We will not move,',
      start: document.text.indexOf('We will'),
      end: document.text.indexOf('We will') + 17,
      kind: 'direct',
      speaker: {
        name: 'Ilse Varga',
        mention: {
          start: document.text.lastIndexOf('Varga'),
          end: document.text.lastIndexOf('Varga') + 5,
          text: 'Varga',
        },
        entity: varga.id,
      },
      cue: {
        text: 'told',
        lemma: 'tell',
        start: document.text.indexOf('told'),
        end: document.text.indexOf('told') + 4,
      },
      medium: {
        text: 'Harbour Gazette',
        start: document.text.indexOf('Harbour Gazette'),
        end: document.text.indexOf('Harbour Gazette') + 15,
        entity: null,
      },
      said_on: null,
      via: null,
      confidence: 0.95,
      independent_sources: 1,
    });
    assert.equal(indirect?.said_on, '2025-03-03');
    for (const record of [indirect, direct]) {
      const { start, end, text } = record as { start: number; end: number; text: string };
      assert.equal(document.text.slice(start, end), text, 'offsets are into the document text');
    }
  },
);

forEachEngine(
  'exported entities list their aliases, most frequent first, with counts of documents and mentions',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    assert.deepEqual(await exported(store, 'entities'), [
      {
        id: varga.id,
        kind: 'person',
        name: 'Ilse Varga',
        aliases: ['Ilse Varga', 'Varga'],
        documents: 1,
        mentions: 2,
      },
    ]);
    const mentions = await exported(store, 'mentions');
    assert.deepEqual(
      mentions.map((m) => [m.text, m.kind, m.entity]),
      [
        ['Ilse Varga', 'person', varga.id],
        ['Varga', 'person', varga.id],
        ['Harbour Gazette', 'organization', null],
      ],
    );
  },
);

forEachEngine('statements export to CSV with a header and nested values as JSON', async (_t, engine) => {
  const { store } = await storeWithArticle(engine);
  let csv = '';
  await writeRecords(exportRecords(store, 'quotes'), 'csv', EXPORT_COLUMNS.quotes, async (chunk) => {
    csv += chunk;
  });
  const [header, first] = csv.split('\n');
  assert.equal(header, EXPORT_COLUMNS.quotes.join(','));
  assert.match(first ?? '', /"{""id"":""[0-9a-f]{16}"",""source"":""articles\/fishers.txt""/);
});

forEachEngine(
  'the FollowTheMoney export gives each actor, each document and who is quoted where, as Aleph reads them',
  async (_t, engine) => {
    const { store, document } = await storeWithArticle(engine);
    await resolveVarga(store, document.id);
    const records = await exported(store, 'ftm');
    const model = new followthemoney.Model(followthemoney.defaultModel);
    for (const record of records) {
      const parsed = model.getEntity(record as never).toJSON();
      assert.deepEqual(parsed, record, 'the record reads back unchanged through the FollowTheMoney model');
    }
    const byId = new Map(records.map((r) => [r.id, r]));
    assert.deepEqual(byId.get('attest-person-varga'), {
      id: 'attest-person-varga',
      schema: 'Person',
      properties: { name: ['Ilse Varga'], alias: ['Varga'] },
    });
    const article = byId.get(`attest-doc-${document.id}`) as {
      schema: string;
      properties: Record<string, string[]>;
    };
    assert.equal(article.schema, 'Article');
    assert.deepEqual(article.properties.title, ['Fishers protest']);
    assert.deepEqual(article.properties.fileName, ['articles/fishers.txt']);
    assert.deepEqual(article.properties.bodyText, [document.text]);
    assert.deepEqual(article.properties.notes, [`preserved by Attest as SHA-256 ${document.sourceSha256}`]);
    assert.deepEqual(byId.get(`attest-doc-${document.id}-person-varga`), {
      id: `attest-doc-${document.id}-person-varga`,
      schema: 'Documentation',
      properties: {
        document: [`attest-doc-${document.id}`],
        entity: ['attest-person-varga'],
        role: ['quoted'],
      },
    });
    assert.equal(records.length, 3, 'the unresolved Harbour Gazette has no entity, so no record or link');
  },
);
