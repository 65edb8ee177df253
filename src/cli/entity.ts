import { userInfo } from 'node:os';
import { type Command, InvalidArgumentError } from 'commander';
import type { CurationAction, Entity, MentionKind } from '../model.ts';
import { type Curated, curate, undoCuration } from '../pipeline-curate.ts';
import { curationHistory, entityView, listEntities, resolveEntity } from '../query/entities.ts';
import type { Store } from '../store/store.ts';
import { type Io, UserError, withCase, write, writeJson } from './context.ts';
import { integerOption } from './options.ts';
import { safeForTerminal } from './text-format.ts';

const EXAMPLES = `
Examples:
  attest entity list                              the most mentioned first
  attest entity show Soleimani                    any spelling, or a surname, or an id
  attest entity merge person-3f2a9c1b0d4e "Ghasem Suleimani" --reason "same man, see IRNA profile"
  attest entity split person-3f2a9c1b0d4e "Reza Karimi"   that name becomes an entity of its own
  attest entity alias add organization-9c1b0d4e3f2a Sepah
  attest entity rename person-3f2a9c1b0d4e "Qasem Soleimani"
  attest entity kind organization-9c1b0d4e3f2a event
  attest entity undo                              the last change still in force (or give its id)
  attest entity history

Every change is a curation record (who, when, why) applied on top of what extraction finds: it
survives reprocess, and an undo keeps the record, marked undone. Who you are: --by, else ATTEST_USER,
else your login name.`;

const LIST_EXAMPLES = `
Examples:
  attest entities                         the most mentioned first
  attest entities --kind organization --limit 20
  attest entities --kind person --json | jq '.entities[] | {name, aliases}'`;

const KINDS: readonly MentionKind[] = ['person', 'organization', 'place', 'event', 'other'];

function kindArgument(value: string): MentionKind {
  if (!KINDS.includes(value as MentionKind))
    throw new InvalidArgumentError(`expected one of ${KINDS.join(', ')}`);
  return value as MentionKind;
}

interface CurateFlags {
  by?: string;
  reason?: string;
  json?: boolean;
}

function describe(entity: Entity): string {
  return `${entity.id}  ${safeForTerminal(entity.name)}  (${entity.kind}, ${entity.mentions} mentions in ${entity.documents} documents)`;
}

export function registerEntity(program: Command, io: Io): void {
  const entity = program
    .command('entity')
    .description('people, organisations, places and events across the corpus: look them up and correct them')
    .addHelpText('after', EXAMPLES);
  const who = (flags: CurateFlags) => flags.by ?? (io.env.ATTEST_USER || userInfo().username);

  /** Applies a change and reports it; the change's entities are looked up first, by name or id. */
  const change = (flags: CurateFlags, action: (store: Store) => Promise<CurationAction>): Promise<void> =>
    withCase(program.opts(), io, async ({ store }) => {
      const curated = await curate(store, await action(store), {
        by: who(flags),
        reason: flags.reason ?? null,
      });
      await report(curated, flags, 'recorded');
    });

  const report = async (curated: Curated, flags: CurateFlags, verb: string) => {
    if (flags.json) return writeJson(io, curated);
    const lines = [`${verb} ${curated.curation.id}: ${JSON.stringify(curated.curation.action)}`];
    for (const id of curated.entities.unapplied) lines.push(`  not applied (its entity is gone): ${id}`);
    await write(io.stdout, `${lines.join('\n')}\n`);
  };

  const curating = (command: Command) =>
    command
      .option('--by <name>', 'who makes the change (default: ATTEST_USER, else your login name)')
      .option('--reason <text>', 'why, for whoever reads the history')
      .option('--json', 'print JSON');

  // `attest entities` and `attest entity list` are the same listing.
  for (const listing of [program.command('entities'), entity.command('list')]) {
    listing
      .description('people, organisations, places and events, most mentioned first')
      .option('--kind <kind>', `only this kind: ${KINDS.join(', ')}`, kindArgument)
      .option('--limit <n>', 'how many', integerOption(1, 100_000), 50)
      .option('--offset <n>', 'skip this many first', integerOption(0, Number.MAX_SAFE_INTEGER), 0)
      .option('--json', 'print JSON')
      .addHelpText('after', LIST_EXAMPLES)
      .action(async (flags: { kind?: MentionKind; limit: number; offset: number; json?: boolean }) => {
        const list = await withCase(program.opts(), io, ({ store }) =>
          listEntities(store, { limit: flags.limit, offset: flags.offset }, flags.kind),
        );
        if (flags.json) return writeJson(io, list);
        const shown = `(${list.entities.length} of ${list.total} ${flags.kind ? `entities of kind ${flags.kind}` : 'entities'})`;
        await write(io.stdout, `${[...list.entities.map(describe), shown].join('\n')}\n`);
      });
  }

  entity
    .command('show')
    .description('an entity: its names with counts, roles with sources, statements, and who it appears with')
    .argument('<entity>', 'a name in any spelling, a surname, or an id')
    .option('--json', 'print JSON')
    .action(async (name: string, flags: { json?: boolean }) => {
      const view = await withCase(program.opts(), io, ({ store }) => entityView(store, name));
      if (flags.json) return writeJson(io, view);
      const { entity: e } = view;
      const lines = [
        describe(e),
        `names       ${e.aliases.map((a) => `${safeForTerminal(a.name)} ×${a.count}`).join(', ')}`,
        `statements  ${view.statements} (attest quotes --speaker ${e.id})`,
        ...(e.roles.length > 0 ? ['roles'] : []),
        ...e.roles.slice(0, 20).map((r) => `  ${safeForTerminal(r.text)}  (document ${r.documentId})`),
        ...(view.coMentioned.length > 0 ? ['appears with'] : []),
        ...view.coMentioned.map(
          (c) => `  ${safeForTerminal(c.entity.name)} (${c.entity.kind}) in ${c.documents} documents`,
        ),
        'documents',
        ...view.documents.map(
          (d) => `  ${d.id}  ${d.published ?? 'undated   '}  ${safeForTerminal(d.title ?? d.source)}`,
        ),
      ];
      await write(io.stdout, `${lines.join('\n')}\n`);
    });

  curating(
    entity
      .command('merge')
      .description('the entities are one actor: the first keeps its id, the others join it')
      .argument('<entities...>', 'two or more entities (names or ids)'),
  ).action((names: string[], flags: CurateFlags) =>
    change(flags, async (store) => {
      if (names.length < 2) throw new UserError('merge needs at least two entities', 2);
      const ids = [];
      for (const name of names) ids.push((await resolveEntity(store, name)).id);
      if (new Set(ids).size < ids.length) throw new UserError('those names are one entity already');
      return { type: 'merge', entities: ids };
    }),
  );

  curating(
    entity
      .command('split')
      .description('names of an entity that belong to another actor become an entity of their own')
      .argument('<entity>', 'the entity (a name or an id)')
      .argument('<names...>', 'the names to move out, as the entity lists them'),
  ).action((name: string, names: string[], flags: CurateFlags) =>
    change(flags, async (store) => ({ type: 'split', entity: (await resolveEntity(store, name)).id, names })),
  );

  curating(
    entity
      .command('alias')
      .description('another name for an entity')
      .command('add')
      .argument('<entity>', 'the entity (a name or an id)')
      .argument('<alias>', 'the other name'),
  ).action((name: string, alias: string, flags: CurateFlags) =>
    change(flags, async (store) => ({ type: 'alias', entity: (await resolveEntity(store, name)).id, alias })),
  );

  curating(
    entity
      .command('rename')
      .description('the name an entity is shown by')
      .argument('<entity>', 'the entity (a name or an id)')
      .argument('<name>', 'the preferred name'),
  ).action((name: string, preferred: string, flags: CurateFlags) =>
    change(flags, async (store) => ({
      type: 'rename',
      entity: (await resolveEntity(store, name)).id,
      name: preferred,
    })),
  );

  curating(
    entity
      .command('kind')
      .description('what an entity is: person, organization, place, event or other')
      .argument('<entity>', 'the entity (a name or an id)')
      .argument('<kind>', KINDS.join(' | '), kindArgument),
  ).action((name: string, kind: MentionKind, flags: CurateFlags) =>
    change(flags, async (store) => ({ type: 'kind', entity: (await resolveEntity(store, name)).id, kind })),
  );

  curating(
    entity
      .command('undo')
      .description('undo a change: the last one still in force, or the one given; the record is kept')
      .argument('[curation]', 'a curation id (see history)'),
  ).action((id: string | undefined, flags: CurateFlags) =>
    withCase(program.opts(), io, async ({ store }) => {
      const undone = await undoCuration(store, { by: who(flags) }, id);
      if (!undone) throw new UserError(id ? `no curation ${id} in force` : 'nothing to undo');
      await report(undone, flags, 'undid');
    }),
  );

  entity
    .command('history')
    .description('every change people made, oldest first, undone ones included')
    .option('--json', 'print JSON')
    .action(async (flags: { json?: boolean }) => {
      const all = await withCase(program.opts(), io, ({ store }) => curationHistory(store));
      if (flags.json) return writeJson(io, all);
      const lines = all.map(
        (c) =>
          `${c.id}  ${c.at}  ${safeForTerminal(c.by)}  ${JSON.stringify(c.action)}` +
          `${c.reason ? `  "${safeForTerminal(c.reason)}"` : ''}${c.undone ? `  (undone by ${safeForTerminal(c.undone.by)} at ${c.undone.at})` : ''}`,
      );
      await write(io.stdout, `${lines.length > 0 ? lines.join('\n') : 'no changes yet'}\n`);
    });

  // Every subcommand's --help ends with the examples of them all (the listing has its own).
  const withExamples = (parent: Command) => {
    for (const command of parent.commands) {
      if (command.name() !== 'list') command.addHelpText('after', EXAMPLES);
      withExamples(command);
    }
  };
  withExamples(entity);
}
