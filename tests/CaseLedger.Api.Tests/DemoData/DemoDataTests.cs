using CaseLedger.Api.Cases;
using CaseLedger.Cli.DemoData;
using CaseLedger.Api.Tests.Testing;
using CaseLedger.Api.Units;
using CaseLedger.Domain.Cases;
using Marten;

namespace CaseLedger.Api.Tests.DemoData;

/// <summary>The demo slice loads through the real commands and shows what a demo needs to show.</summary>
public sealed class DemoDataTests(CaseLedgerHost host) : IClassFixture<CaseLedgerHost>
{
    [Fact]
    public async Task The_demo_slice_covers_every_kind_and_status_most_channels_and_the_audit_situations()
    {
        var loaded = await new NingxiaDemoSlice(new LedgerWriter(host.Services, "demo-data")).LoadAsync(CancellationToken.None);

        await using var session = host.Store.QuerySession();
        var cases = await session.Query<CaseSummary>().ToListAsync();
        Assert.Equal(loaded.Cases, cases.Count);
        Assert.Equal(Enum.GetValues<CaseKind>().Order(), cases.Select(c => c.Kind).Distinct().Order());
        Assert.Equal(Enum.GetValues<CaseStatus>().Order(), cases.Select(c => c.Status).Distinct().Order());
        Assert.True(cases.Select(c => c.Channel).Distinct().Count() >= 12);

        var overAge = Assert.Single(cases, c => c.Channel == CaseChannel.InboundTransfer && c.ToPost is { Title: "区财政局副局长" });
        Assert.Equal(new DateOnly(2017, 3, 10), overAge.DecidedOn);
        Assert.Contains(cases, c => c.Decision is { Body: DecisionBody.SecretariesMeeting });
        Assert.Contains(cases, c => c.Decision is { } d && d.Attendees * 3 < d.MembersEntitled * 2);
        Assert.Contains(cases, c => c.PublicNotice is { } n && n.EndOn.DayNumber - n.StartOn.DayNumber < 4);
        Assert.Contains(cases, c => c.Probation is { Passed: null } && c.AppointmentNotice is { OnProbation: true });
        Assert.Contains(cases, c => c.Corrections.Count == 1 && c.Corrections[0].Step == ProcedureStep.PublicNotice);
        var village = Assert.Single(await session.Query<UnitDetails>().Where(u => u.Name == "明荣村").ToListAsync());
        Assert.All(cases.Where(c => c.Channel == CaseChannel.VillageFirstSecretary), c => Assert.Equal(village.Id, c.Secondment!.HostUnitId));
        Assert.Contains(cases, c => c.Channel == CaseChannel.VillageFirstSecretary);
        var seconded = Assert.Single(cases, c => c.Channel == CaseChannel.OutboundSecondment && c.Status == CaseStatus.Effective).CadreId;
        Assert.Contains(cases, c => c.CadreId == seconded && c.Kind == CaseKind.Appointment && c.SendingUnitConsent is null);
    }
}
