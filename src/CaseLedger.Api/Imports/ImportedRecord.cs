namespace CaseLedger.Api.Imports;

/// <summary>
/// A row an import recorded, under the key derived from the row's natural key (unit code, cadre key, case key and the
/// row's place among that cadre's posts or that case's steps): saved in the row's own transaction with its events, so a
/// re-import, by anyone, finds it and appends nothing; and how later rows find the cadre or case by the file's key.
/// </summary>
public sealed record ImportedRecord(string Id, Guid StreamId, string Mutation, DateTimeOffset ImportedAt);
