using Marten;
using Marten.Schema;
using Weasel.Core;
using Weasel.Core.Migrations;
using Weasel.Postgresql;
using Weasel.Postgresql.Functions;
using Weasel.Postgresql.Tables;
using static Weasel.Postgresql.SchemaUtils;

namespace CaseLedger.Api.Remit;

/// <summary>
/// The remit (管辖范围) as two indexed tables, so "is this in the caller's remit" is an index lookup at any
/// ledger size instead of a scan of every career and case per request:
/// <list type="bullet">
/// <item><c>remit_unit_ancestor(unit_id, ancestor_id)</c>: every unit with each unit above it and itself
/// (a closure table), so a subtree is one index range;</item>
/// <item><c>remit_member(subject_id, unit_id, via, source_id)</c>: the units that place a case or a cadre.
/// A case (via <c>case</c>) by its toPost, fromPost and secondment host unit; its cadre by the same units
/// (<c>cadre-case</c>), by every unit of their career (<c>career</c>), and, until a post places them, by the
/// unit whose registrar registered them (<c>custody</c>). A secondment's sending unit is kept too
/// (<c>sending</c>) for "which cases name this unit"; it places nothing in a remit.</item>
/// </list>
/// Both are maintained by triggers on the projected documents they derive from (unit details, case
/// summaries, careers, custody), in the same transaction as the events that changed them, whatever wrote
/// the documents (a command, the seeder's batches); a unit whose parent changes moves its whole subtree.
/// A projection rebuild recomputes them once at the end instead (<see cref="Deferring"/>). <see cref="RemitSql"/> asks them; a test holds them equal to a recomputation from scratch.
/// </summary>
internal static class RemitIndex
{
    public const string AncestorTable = "remit_unit_ancestor";
    public const string MemberTable = "remit_member";

    /// <summary>The vias that place a cadre in a remit.</summary>
    public static readonly string[] CadreVias = ["cadre-case", "career", "custody"];

    /// <summary>Registers the tables and triggers as a storage feature: Marten creates those after the document tables they watch.</summary>
    public static StoreOptions AddRemitIndex(this StoreOptions options)
    {
        options.Storage.Add(new RemitFeature(options.DatabaseSchemaName, options.Advanced.Migrator));
        return options;
    }

    private sealed class RemitFeature(string schema, Migrator migrator) : FeatureSchemaBase("RemitIndex", migrator)
    {
        protected override IEnumerable<ISchemaObject> schemaObjects()
        {
            var ancestors = new Table(Name(schema, AncestorTable));
            ancestors.AddColumn<Guid>("ancestor_id").AsPrimaryKey();
            ancestors.AddColumn<Guid>("unit_id").AsPrimaryKey();
            ancestors.Indexes.Add(new IndexDefinition($"ix_{AncestorTable}_unit") { Columns = ["unit_id", "ancestor_id"] });
            yield return ancestors;

            var members = new Table(Name(schema, MemberTable));
            members.AddColumn<Guid>("subject_id").AsPrimaryKey();
            members.AddColumn<Guid>("unit_id").AsPrimaryKey();
            members.AddColumn<string>("via").AsPrimaryKey();
            members.AddColumn<Guid>("source_id").AsPrimaryKey();
            members.Indexes.Add(new IndexDefinition($"ix_{MemberTable}_unit") { Columns = ["unit_id", "subject_id"] });
            members.Indexes.Add(new IndexDefinition($"ix_{MemberTable}_source") { Columns = ["source_id"] });
            yield return members;

            foreach (var (name, table, body, events) in Triggers(schema))
            {
                yield return new ReplacedInPlace(Name(schema, name), body);
                // An update that leaves the fields a row is placed by as they were changes nothing here, so it fires no trigger:
                // a case step rewrites its case summary and its cadre's career, almost never their units.
                var placedBy = events.HasFlag(TriggerEvents.Update) ? PlacedBy.GetValueOrDefault(table) : null;
                yield return Trigger(schema, name, table, placedBy is null ? events : events & ~TriggerEvents.Update, null);
                if (placedBy is not null)
                    yield return Trigger(schema, name + "_on_update", table, TriggerEvents.Update, Changed(placedBy), $"{schema}.{name}()");
            }
            yield return new ReplacedInPlace(Name(schema, "remit_place_case"), PlaceCase(schema));
            yield return new ReplacedInPlace(Name(schema, "remit_refresh"), Refresh(schema));
        }
    }

    /// <summary>
    /// A function updated with <c>create or replace</c> alone. Weasel finds our text unlike PostgreSQL's own rendering on every
    /// start after the first, and by default updates a function by dropping it with CASCADE, which silently drops the
    /// triggers that call it while it still counts them as unchanged: a second node (or a restart) would leave the remit
    /// tables unmaintained and every remit but the whole ledger's empty.
    /// </summary>
    private sealed class ReplacedInPlace(PostgresqlObjectName name, string body) : Function(name, body)
    {
        protected override ISchemaObjectDelta CreateFunctionDelta(FunctionBase? actual) => new InPlaceDelta(this, (Function?)actual);

        private sealed class InPlaceDelta(Function expected, Function? actual) : FunctionDelta(expected, actual)
        {
            public override void WriteUpdate(Migrator rules, TextWriter writer) => Expected.WriteCreateStatement(rules, writer);
        }
    }

    /// <summary>Per watched table, the parts of a document (JSON paths from <c>data</c>) its trigger derives the remit rows from.</summary>
    private static readonly Dictionary<string, string[]> PlacedBy = new()
    {
        ["mt_doc_unitdetails"] = ["->> 'ParentId'"],
        ["mt_doc_casesummary"] = ["-> 'ToPost' ->> 'UnitId'", "-> 'FromPost' ->> 'UnitId'", "-> 'Secondment' ->> 'HostUnitId'",
            "-> 'Secondment' ->> 'SendingUnitId'", "->> 'CadreId'"],
        ["mt_doc_cadrecareer"] = ["-> 'UnitIds'"],
        ["mt_doc_cadrecustody"] = ["->> 'UnitId'"],
    };

    /// <summary>The update trigger's condition: one of <paramref name="paths"/> differs between the old row and the new.</summary>
    private static string Changed(string[] paths) =>
        string.Join(" or ", paths.Select(path => $"old.data {path} is distinct from new.data {path}"));

    private static PostgresqlObjectName Name(string schema, string name) => new(schema, name, IdentifierUsage.General);

    private static Weasel.Postgresql.Triggers.Trigger Trigger(string schema, string name, string table, TriggerEvents events, string? condition, string? call = null) =>
        new(Name(schema, name), Name(schema, table), call ?? $"{schema}.{name}()")
        {
            Timing = TriggerTiming.After,
            Events = events,
            ForEachRow = events != TriggerEvents.Truncate,
            Condition = condition,
        };

    /// <summary>Recomputes both tables from the documents: for a database whose documents predate the triggers, and after a rebuild.</summary>
    public static string RefreshSql(string schema) => $"select {schema}.remit_refresh()";

    /// <summary>The session setting that tells the triggers to leave the tables alone (<see cref="Deferring"/>).</summary>
    public const string DeferredSetting = "caseledger.remit_index";

    /// <summary>True on a connection opened by <see cref="Deferring"/>: every trigger returns at once.</summary>
    private const string Deferred = $"current_setting('{DeferredSetting}', true) = 'deferred'";

    /// <summary>
    /// The connection string for a process that rebuilds the read models: on its connections the triggers do nothing, and
    /// the rebuild recomputes both tables once at the end (<see cref="RefreshSql"/>, one transaction). Re-inserting 150k
    /// case summaries row by row through the triggers took 135 s of a large ledger's rebuild, 23 s without them.
    /// Connections of every other process (a live API on another node) keep the tables up to date as before, so the
    /// remit they read during the rebuild is the one from before it plus their own writes, never an emptied one.
    /// The setting is a startup option of the connection, not a <c>SET</c>: pooled connections are not reset on checkout.
    /// </summary>
    public static string Deferring(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        builder.Options = $"{builder.Options} -c {DeferredSetting}=deferred".Trim();
        return builder.ConnectionString;
    }

    private static IEnumerable<(string Name, string Table, string Body, TriggerEvents Events)> Triggers(string s)
    {
        // A unit placed (registered, or its parent changed): unlink its subtree from its old ancestors, link it under
        // the new parent's. Works whichever of a parent and its child is written first (a rebuild's order is not the log's).
        yield return ("remit_unit_placed", "mt_doc_unitdetails", $$"""
            create or replace function {{s}}.remit_unit_placed() returns trigger language plpgsql as $f$
            declare parent uuid := (new.data ->> 'ParentId')::uuid;
            begin
              if {{Deferred}} then return null; end if;
              insert into {{s}}.{{AncestorTable}} (ancestor_id, unit_id) values (new.id, new.id) on conflict do nothing;
              delete from {{s}}.{{AncestorTable}} d using {{s}}.{{AncestorTable}} below, {{s}}.{{AncestorTable}} above
               where below.ancestor_id = new.id and above.unit_id = new.id and above.ancestor_id <> new.id
                 and d.unit_id = below.unit_id and d.ancestor_id = above.ancestor_id;
              if parent is not null then
                insert into {{s}}.{{AncestorTable}} (ancestor_id, unit_id)
                select up.ancestor_id, below.unit_id
                  from {{s}}.{{AncestorTable}} below,
                       (select parent as ancestor_id union select a.ancestor_id from {{s}}.{{AncestorTable}} a where a.unit_id = parent) up
                 where below.ancestor_id = new.id
                on conflict do nothing;
              end if;
              return null;
            end $f$;
            """, TriggerEvents.Insert | TriggerEvents.Update);
        yield return ("remit_unit_removed", "mt_doc_unitdetails", $$"""
            create or replace function {{s}}.remit_unit_removed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{AncestorTable}} where unit_id = old.id;
              return null;
            end $f$;
            """, TriggerEvents.Delete);
        yield return ("remit_units_truncated", "mt_doc_unitdetails", $$"""
            create or replace function {{s}}.remit_units_truncated() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              truncate {{s}}.{{AncestorTable}};
              return null;
            end $f$;
            """, TriggerEvents.Truncate);

        // A case: its own rows and its cadre's, from its toPost, fromPost and secondment (re-derived whenever one changes).
        yield return ("remit_case_placed", "mt_doc_casesummary", $$"""
            create or replace function {{s}}.remit_case_placed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              perform {{s}}.remit_place_case(new.id, new.data);
              return null;
            end $f$;
            """, TriggerEvents.Insert | TriggerEvents.Update);
        yield return ("remit_case_removed", "mt_doc_casesummary", $$"""
            create or replace function {{s}}.remit_case_removed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where source_id = old.id and via in ('case', 'cadre-case', 'sending');
              return null;
            end $f$;
            """, TriggerEvents.Delete);
        yield return ("remit_cases_truncated", "mt_doc_casesummary", $$"""
            create or replace function {{s}}.remit_cases_truncated() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where via in ('case', 'cadre-case', 'sending');
              return null;
            end $f$;
            """, TriggerEvents.Truncate);

        // A career: every unit the cadre held a post (or secondment) in; custody counts while there is none.
        yield return ("remit_career_placed", "mt_doc_cadrecareer", $$"""
            create or replace function {{s}}.remit_career_placed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where source_id = new.id and via in ('career', 'custody');
              insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
              select new.id, u::uuid, 'career', new.id from jsonb_array_elements_text(coalesce(new.data -> 'UnitIds', '[]')) u
              on conflict do nothing;
              if not found then
                insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
                select k.id, (k.data ->> 'UnitId')::uuid, 'custody', k.id from {{s}}.mt_doc_cadrecustody k where k.id = new.id
                on conflict do nothing;
              end if;
              return null;
            end $f$;
            """, TriggerEvents.Insert | TriggerEvents.Update);
        yield return ("remit_career_removed", "mt_doc_cadrecareer", $$"""
            create or replace function {{s}}.remit_career_removed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where source_id = old.id and via = 'career';
              insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
              select k.id, (k.data ->> 'UnitId')::uuid, 'custody', k.id from {{s}}.mt_doc_cadrecustody k where k.id = old.id
              on conflict do nothing;
              return null;
            end $f$;
            """, TriggerEvents.Delete);
        yield return ("remit_careers_truncated", "mt_doc_cadrecareer", $$"""
            create or replace function {{s}}.remit_careers_truncated() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where via = 'career';
              insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
              select k.id, (k.data ->> 'UnitId')::uuid, 'custody', k.id from {{s}}.mt_doc_cadrecustody k
              on conflict do nothing;
              return null;
            end $f$;
            """, TriggerEvents.Truncate);

        yield return ("remit_custody_placed", "mt_doc_cadrecustody", $$"""
            create or replace function {{s}}.remit_custody_placed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where source_id = new.id and via = 'custody';
              if not exists (select 1 from {{s}}.mt_doc_cadrecareer c where c.id = new.id and jsonb_array_length(coalesce(c.data -> 'UnitIds', '[]')) > 0) then
                insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id) values (new.id, (new.data ->> 'UnitId')::uuid, 'custody', new.id)
                on conflict do nothing;
              end if;
              return null;
            end $f$;
            """, TriggerEvents.Insert | TriggerEvents.Update);
        yield return ("remit_custody_removed", "mt_doc_cadrecustody", $$"""
            create or replace function {{s}}.remit_custody_removed() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where source_id = old.id and via = 'custody';
              return null;
            end $f$;
            """, TriggerEvents.Delete);
        yield return ("remit_custody_truncated", "mt_doc_cadrecustody", $$"""
            create or replace function {{s}}.remit_custody_truncated() returns trigger language plpgsql as $f$
            begin
              if {{Deferred}} then return null; end if;
              delete from {{s}}.{{MemberTable}} where via = 'custody';
              return null;
            end $f$;
            """, TriggerEvents.Truncate);
    }

    /// <summary>A case's own rows and its cadre's, from its toPost, fromPost and secondment.</summary>
    private static string PlaceCase(string s) => $$"""
        create or replace function {{s}}.remit_place_case(case_id uuid, summary jsonb) returns void language plpgsql as $f$
        declare cadre uuid := (summary ->> 'CadreId')::uuid;
        begin
          delete from {{s}}.{{MemberTable}} m where m.source_id = case_id and m.via in ('case', 'cadre-case', 'sending');
          insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
          select who.subject, units.unit, who.via, case_id
            from (values (case_id, 'case'), (cadre, 'cadre-case')) who(subject, via),
                 (values ((summary -> 'ToPost' ->> 'UnitId')::uuid), ((summary -> 'FromPost' ->> 'UnitId')::uuid),
                         ((summary -> 'Secondment' ->> 'HostUnitId')::uuid)) units(unit)
           where units.unit is not null
          union
          select case_id, (summary -> 'Secondment' ->> 'SendingUnitId')::uuid, 'sending', case_id
           where summary -> 'Secondment' ->> 'SendingUnitId' is not null
          on conflict do nothing;
        end $f$;
        """;

    /// <summary>
    /// Both tables from scratch, by the triggers' rules applied to every document at once (set-based: it runs after every
    /// rebuild, and on a rebuilding process's connections the triggers are deferred). The member table's key and indexes are
    /// dropped and built again after the insert (≈ 12 s instead of 35 s for 743k rows at large). One transaction: readers wait
    /// for it and then see the new rows, never an empty or partial table.
    /// </summary>
    private static string Refresh(string s) => $$"""
        create or replace function {{s}}.remit_refresh() returns void language plpgsql as $f$
        begin
          truncate {{s}}.{{AncestorTable}};
          truncate {{s}}.{{MemberTable}};
          with recursive tree(unit_id, ancestor_id) as (
            select id, id from {{s}}.mt_doc_unitdetails
            union
            select t.unit_id, (u.data ->> 'ParentId')::uuid
              from tree t join {{s}}.mt_doc_unitdetails u on u.id = t.ancestor_id
             where u.data ->> 'ParentId' is not null
          )
          insert into {{s}}.{{AncestorTable}} (ancestor_id, unit_id) select ancestor_id, unit_id from tree on conflict do nothing;

          alter table {{s}}.{{MemberTable}} drop constraint pkey_{{MemberTable}}_subject_id_unit_id_via_source_id;
          drop index {{s}}.ix_{{MemberTable}}_unit;
          drop index {{s}}.ix_{{MemberTable}}_source;
          -- remit_place_case, for every case (union: no row twice)
          insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
          select who.subject, units.unit, who.via, c.id
            from {{s}}.mt_doc_casesummary c,
                 lateral (values (c.id, 'case'), ((c.data ->> 'CadreId')::uuid, 'cadre-case')) who(subject, via),
                 lateral (values ((c.data -> 'ToPost' ->> 'UnitId')::uuid), ((c.data -> 'FromPost' ->> 'UnitId')::uuid),
                                 ((c.data -> 'Secondment' ->> 'HostUnitId')::uuid)) units(unit)
           where units.unit is not null
          union
          select c.id, (c.data -> 'Secondment' ->> 'SendingUnitId')::uuid, 'sending', c.id
            from {{s}}.mt_doc_casesummary c
           where c.data -> 'Secondment' ->> 'SendingUnitId' is not null;
          -- remit_career_placed: every unit of a career
          insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
          select distinct c.id, u::uuid, 'career', c.id from {{s}}.mt_doc_cadrecareer c, jsonb_array_elements_text(coalesce(c.data -> 'UnitIds', '[]')) u;
          -- remit_custody_placed: custody while no career places the cadre
          insert into {{s}}.{{MemberTable}} (subject_id, unit_id, via, source_id)
          select k.id, (k.data ->> 'UnitId')::uuid, 'custody', k.id from {{s}}.mt_doc_cadrecustody k
           where not exists (select 1 from {{s}}.mt_doc_cadrecareer c where c.id = k.id and jsonb_array_length(coalesce(c.data -> 'UnitIds', '[]')) > 0);
          alter table {{s}}.{{MemberTable}} add constraint pkey_{{MemberTable}}_subject_id_unit_id_via_source_id primary key (subject_id, unit_id, via, source_id);
          create index ix_{{MemberTable}}_unit on {{s}}.{{MemberTable}} (unit_id, subject_id);
          create index ix_{{MemberTable}}_source on {{s}}.{{MemberTable}} (source_id);
        end $f$;
        """;

    /// <summary>Runs <see cref="RefreshSql"/> in a transaction of its own, without a command timeout (tens of seconds at large).</summary>
    public static async Task RefreshAsync(IDocumentStore store, CancellationToken ct)
    {
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(ct);
        await using var command = new Npgsql.NpgsqlCommand(RefreshSql(store.Options.DatabaseSchemaName), connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync(ct);
    }
}

/// <summary>
/// At start-up, fills the remit tables of a ledger whose documents were written before the tables existed
/// (the triggers keep them from then on): one check, and the recomputation only when they are empty.
/// </summary>
internal sealed class RemitBackfill : IInitialData
{
    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        var schema = store.Options.DatabaseSchemaName;
        await using var session = store.LightweightSession();
        var missing = await session.AdvancedSql.QueryAsync<bool>(
            $"select not exists (select 1 from {schema}.{RemitIndex.AncestorTable}) and exists (select 1 from {schema}.mt_doc_unitdetails)", cancellation);
        if (missing.Single())
            await RemitIndex.RefreshAsync(store, cancellation);
    }
}
