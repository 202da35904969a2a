using CaseLedger.Domain.Shared;
using CaseLedger.Api.Security;
using GraphQL;
using GraphQL.Types;
using Marten;

namespace CaseLedger.Api.Integrity;

internal static class IntegrityQueries
{
    public static void AddIntegrityQueries(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<LedgerIntegrityReportType>>("ledgerIntegrity")
            .Description("Recomputes every stream's hash chain from the stored rows and, given an exported digest, proves nothing at or before its sequence changed. Reads the whole ledger: for auditors, not for every page view.")
            .Argument<StringGraphType>("digest", "A digest exported earlier (the JSON of LedgerDigest.json or `caseledger digest`), to check history against.")
            .RequirePermission(Permission.VerifyLedger)
            .ResolveAsync(async c =>
            {
                LedgerDigest? digest;
                try
                {
                    digest = c.GetArgument<string?>("digest") is { Length: > 0 } json ? LedgerDigest.FromJson(json) : null;
                }
                catch (FormatException ex)
                {
                    throw new ExecutionError(ex.Message) { Code = ErrorCodes.InvalidDigest };
                }
                var services = c.RequestServices!;
                return await new LedgerVerifier(services.GetRequiredService<IDocumentStore>(), services.GetRequiredService<TimeProvider>())
                    .VerifyAsync(digest, c.CancellationToken);
            });
}

internal sealed class LedgerIntegrityReportType : ObjectGraphType<LedgerIntegrityReport>
{
    public LedgerIntegrityReportType()
    {
        Name = "LedgerIntegrityReport";
        Description = "What a verification of the ledger checked and found.";
        Field(x => x.VerifiedAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When the verification ran.");
        Field(x => x.AtSequence, type: typeof(NonNullGraphType<LongGraphType>)).Description("The global event sequence (mt_events.seq_id) the ledger was read up to, in one snapshot.");
        Field(x => x.StreamsChecked, type: typeof(NonNullGraphType<IntGraphType>)).Description("Streams whose chains were recomputed.");
        Field(x => x.EventsChecked, type: typeof(NonNullGraphType<LongGraphType>)).Description("Events whose hashes were recomputed.");
        Field(x => x.IsIntact, type: typeof(NonNullGraphType<BooleanGraphType>)).Description("True when no problem was found.");
        Field(x => x.Problems, type: typeof(NonNullGraphType<ListGraphType<NonNullGraphType<IntegrityProblemType>>>))
            .Description("Every problem found, located to a stream and version where possible; empty when intact.");
        Field(x => x.Digest, type: typeof(NonNullGraphType<LedgerDigestType>))
            .Description("The digest of the ledger as read now: export it (its json) to check later history against.");
    }
}

internal sealed class IntegrityProblemType : ObjectGraphType<IntegrityProblem>
{
    public IntegrityProblemType()
    {
        Name = "IntegrityProblem";
        Description = "One finding of a verification.";
        Field<StringGraphType>("streamId").Description("UUID of the stream (the id inside the entity's global id); null for a problem with the ledger as a whole.")
            .Resolve(c => c.Source.StreamId?.ToString("D"));
        Field(x => x.Version, type: typeof(IntGraphType)).Description("The stream version concerned; null for a problem with the ledger as a whole.");
        Field(x => x.Kind, type: typeof(NonNullGraphType<EnumerationGraphType<IntegrityProblemKind>>)).Description("What kind of problem.");
        Field(x => x.Explanation).Description("What was found, in words.");
    }
}

internal sealed class LedgerDigestType : ObjectGraphType<LedgerDigest>
{
    public LedgerDigestType()
    {
        Name = "LedgerDigest";
        Description = "A root over every stream's head (version and chain hash) at a global sequence; kept outside the database, it proves later that nothing before it changed.";
        Field(x => x.AtSequence, type: typeof(NonNullGraphType<LongGraphType>)).Description("The global event sequence the heads are taken at.");
        Field(x => x.Streams, type: typeof(NonNullGraphType<IntGraphType>)).Description("How many streams had events at that sequence.");
        Field(x => x.Root).Description("SHA-256 (hex) over the sorted lines \"<stream uuid> <head version> <head hash>\".");
        Field(x => x.TakenAt, type: typeof(NonNullGraphType<DateTimeOffsetGraphType>)).Description("When the digest was taken.");
        Field<NonNullGraphType<StringGraphType>>("json").Description("The digest with every stream head, as JSON: keep it and pass it back as ledgerIntegrity(digest:) to check and locate changes.")
            .Resolve(c => c.Source.ToJson());
    }
}
