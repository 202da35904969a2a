using CaseLedger.Api.Hosting;

return await CaseLedgerWebHost.RunAsync(args);

/// <summary>The entry point, visible to the test host.</summary>
public partial class Program;
