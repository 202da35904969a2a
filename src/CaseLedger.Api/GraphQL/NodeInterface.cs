using GraphQL.Types;

namespace CaseLedger.Api.GraphQL;

/// <summary>Relay's Node: every entity has a global id and can be fetched with <c>node(id)</c>.</summary>
internal sealed class NodeInterface : InterfaceGraphType
{
    public NodeInterface()
    {
        Name = "Node";
        Description = "An entity with a global id: fetch any of them with node(id) or nodes(ids).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("Global id, stable for the life of the entity.");
    }
}
