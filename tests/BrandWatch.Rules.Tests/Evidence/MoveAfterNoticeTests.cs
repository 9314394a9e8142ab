using BrandWatch.Rules.Evidence;

namespace BrandWatch.Rules.Tests.Evidence;

public sealed class MoveAfterNoticeTests
{
    private static readonly DateTimeOffset Look = new(2026, 5, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly EvidenceChange Registrar = new("registration.registrar", "Example Registrar", "Other Registrar");
    private static readonly EvidenceChange Address = new("dns.a", "192.0.2.10", "192.0.2.99");

    [Fact]
    public void Suggest_ARegistrarChangeAfterNotice_NamesTheFieldTheNoticeAndTheFact()
    {
        var facts = new ReviewerFacts { DisputeNoticeOn = new DateOnly(2026, 4, 20) };

        var note = MoveAfterNotice.Suggest([Address, Registrar, new EvidenceChange("registration.registrant", "A", "B")], facts, Look);

        Assert.Equal("the name's registrar and registrant changed after notice of the dispute on 2026-04-20: if it was moved to escape the claim, record movedAfterNotice (cyberflight, F13)", note);
    }

    [Fact]
    public void Suggest_NoNotice_ANoticeAfterTheLook_OnlyAddressChanges_OrTheFactAlreadySet_SuggestNothing()
    {
        Assert.Null(MoveAfterNotice.Suggest([Registrar], null, Look));
        Assert.Null(MoveAfterNotice.Suggest([Registrar], new ReviewerFacts { Note = "no notice" }, Look));
        Assert.Null(MoveAfterNotice.Suggest([Registrar], new ReviewerFacts { DisputeNoticeOn = new DateOnly(2026, 5, 3) }, Look));
        Assert.Null(MoveAfterNotice.Suggest([Address], new ReviewerFacts { DisputeNoticeOn = new DateOnly(2026, 4, 20) }, Look));
        Assert.Null(MoveAfterNotice.Suggest([Registrar], new ReviewerFacts { DisputeNoticeOn = new DateOnly(2026, 4, 20), MovedAfterNotice = true }, Look));
    }
}
