using CaseLedger.Api.Security;
using CaseLedger.Api.Ledger;
using CaseLedger.Api.GraphQL;
using CaseLedger.Domain.Cadres;
using CaseLedger.Domain.Shared;
using GraphQL.Types;

namespace CaseLedger.Api.Cadres.DeclaringKinRelation;

public sealed record DeclareKinRelationInput(
    string CadreId,
    string RelativeName,
    string? RelativeCadreId,
    KinRelation Relation,
    DateOnly EffectiveOn,
    int? ExpectedVersion,
    string? Reason,
    string? DocumentReference,
    string? IdempotencyKey) : ICadreInput
{
    // The relative too: an id outside the remit answers exactly as an unknown one.
    IEnumerable<RemitReference> IReferencesRemit.RemitReferences() =>
        [GlobalId.Reference("cadreId", CadreType.TypeName, CadreId), GlobalId.Reference("relativeCadreId", CadreType.TypeName, RelativeCadreId)];
}

internal sealed class DeclareKinRelationInputType : InputObjectGraphType<DeclareKinRelationInput>
{
    public DeclareKinRelationInputType()
    {
        Name = "DeclareKinRelationInput";
        Description = "亲属关系申报 / declare a relative for the avoidance rules (回避, catalogue §2.6). Link the relative's cadre record when they are in the ledger.";
        this.AddCadreIdField();
        Field(x => x.RelativeName).Description("亲属姓名 (up to 50 characters).");
        Field(x => x.RelativeCadreId, type: typeof(IdGraphType)).Description("亲属的干部编号: the relative's Cadre.id when they are a cadre in the ledger (NOT_FOUND if none has it); omit otherwise. Not the cadre themself.");
        Field(x => x.Relation, type: typeof(NonNullGraphType<EnumerationGraphType<KinRelation>>)).Description("亲属关系.");
        Field(x => x.EffectiveOn, type: typeof(NonNullGraphType<DateOnlyGraphType>)).Description("申报日期 (not after today).");
        this.AddExpectedVersionField();
        this.AddRecordingFields();
    }
}

internal static class DeclareKinRelationField
{
    public static ChangeCadre Command(DeclareKinRelationInput input) =>
        new(input, async (cadre, context) =>
        {
            var relativeId = input.RelativeCadreId is null ? (Guid?)null : await ExistingCadreIdAsync(context, input.RelativeCadreId);
            return cadre.DeclareKinRelation(input.RelativeName, relativeId, input.Relation, input.EffectiveOn, context.Today);
        });

    public static void AddDeclareKinRelation(this ObjectGraphType mutation) =>
        mutation.AddCadreChange<DeclareKinRelationInputType, DeclareKinRelationInput>("declareKinRelation", "亲属关系申报 / record a declared kin relation on a cadre.", Command);

    private static async Task<Guid> ExistingCadreIdAsync(DecisionContext context, string value)
    {
        var id = GlobalId.ParseInput(value, CadreType.TypeName, "relativeCadreId");
        return await context.Session.LoadAsync<CadreProfile>(id, context.CancellationToken) is null
            ? throw new DomainException(ErrorCodes.NotFound, "亲属的干部记录不存在 / No cadre has this relativeCadreId.", "relativeCadreId")
            : id;
    }
}
