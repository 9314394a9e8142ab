using BrandWatch.Api.Auth;
using BrandWatch.Api.Cases.Filing;
using BrandWatch.Api.Tests.Infrastructure;

namespace BrandWatch.Api.Tests.Cases;

/// <summary>The order a writer transaction files a batch in, which every instance shares so that none deadlocks another.</summary>
public sealed class FilingLockOrderTests
{
    private static readonly Caller Worker = new("k1", "worker", []);

    private static PendingFiling Pending(string mark, string subject) =>
        new(TestData.Filing(mark, subject, 50), subject, subject, [], Worker, null);

    [Fact]
    public void LockOrder_OppositeArrivalOrders_FileTheSharedCasesInOneOrder()
    {
        var forward = new[] { Pending("acme", "b.com"), Pending("acme", "c.com"), Pending("acme", "a.com") };
        var backward = forward.Reverse().ToArray();

        var first = FilingWriter.LockOrder(forward).Select(i => forward[i].Subject);
        var second = FilingWriter.LockOrder(backward).Select(i => backward[i].Subject);

        Assert.Equal(["a.com", "b.com", "c.com"], first);
        Assert.Equal(first, second);
    }

    [Fact]
    public void LockOrder_FilingsOfOneCase_KeepTheirArrivalOrder()
    {
        var batch = new[] { Pending("zeta", "x.com"), Pending("acme", "x.com"), Pending("zeta", "x.com"), Pending("acme", "x.com") };

        Assert.Equal([1, 3, 0, 2], FilingWriter.LockOrder(batch));
    }
}
