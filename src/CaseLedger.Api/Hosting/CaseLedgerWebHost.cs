using System.Net;
using System.Net.Sockets;
using CaseLedger.Api.GraphQL;
using CaseLedger.Api.Performance;

namespace CaseLedger.Api.Hosting;

/// <summary>
/// The web service: what the API's entry point and <c>caseledger serve</c> run. A port that is taken is one
/// clear line on stderr and exit code 1, not Kestrel's stack trace.
/// </summary>
public static class CaseLedgerWebHost
{
    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddCaseLedger();
        var app = builder.Build();
        if (TakenAddress(app.Configuration["urls"]) is { } taken)
            return await RefuseAsync(taken);

        app.UseStaticFiles();
        app.UseWebSockets();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.MapGraphQLEndpoint("/graphql");
        app.MapCaseLedgerHealth();
        foreach (var feature in CaseLedgerFeatures.All)
            feature.MapEndpoints(app);
        app.MapBenchEndpoints();
        try
        {
            await app.RunAsync();
        }
        catch (IOException ex) when (ex.InnerException is Microsoft.AspNetCore.Connections.AddressInUseException)
        {
            // Taken between the check and the bind.
            return await RefuseAsync(app.Configuration["urls"] ?? "the configured address");
        }
        return 0;
    }

    private static async Task<int> RefuseAsync(string address)
    {
        await Console.Error.WriteLineAsync(
            $"caseledger: cannot listen on {address}: the port is already in use (is CaseLedger already running?); choose another port (tools/run --port P, caseledger serve --port P).");
        return 1;
    }

    /// <summary>The first of the configured addresses (<c>--urls</c>, ASPNETCORE_URLS) whose port another process holds.</summary>
    internal static string? TakenAddress(string? urls)
    {
        foreach (var url in (urls ?? "http://localhost:5000").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url.Replace("://*", "://0.0.0.0", StringComparison.Ordinal).Replace("://+", "://0.0.0.0", StringComparison.Ordinal),
                    UriKind.Absolute, out var uri) || uri.Port <= 0)
                continue;
            var address = uri.Host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) ? ip : null;
            if (address is null)
                continue;
            var listener = new TcpListener(address, uri.Port);
            try
            {
                listener.Start();
            }
            catch (SocketException ex) when (ex.SocketErrorCode == SocketError.AddressAlreadyInUse)
            {
                return url;
            }
            finally
            {
                listener.Stop();
            }
        }
        return null;
    }
}
