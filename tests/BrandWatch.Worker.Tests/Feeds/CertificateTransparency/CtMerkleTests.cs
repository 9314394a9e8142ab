using System.Security.Cryptography;
using BrandWatch.Rules.CertificateTransparency;
using BrandWatch.Worker.Tests.Fixtures;

namespace BrandWatch.Worker.Tests.Feeds.CertificateTransparency;

/// <summary>
/// The proof checks of <see cref="CtMerkle"/> against proofs built the way RFC 6962 §2.1 defines them (PATH and
/// PROOF, in <see cref="CtLogSigner"/>), for every leaf and every pair of sizes of small trees, and against tampering.
/// </summary>
public sealed class CtMerkleTests
{
    private static readonly List<byte[]> Leaves = Enumerable.Range(0, 13).Select(i => SHA256.HashData(BitConverter.GetBytes(i))).ToList();

    public static TheoryData<int> Sizes => new(Enumerable.Range(1, 13));

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyInclusion_EveryLeafOfATree_IsProvedByItsAuditPath(int size)
    {
        var leaves = Leaves.Take(size).ToList();
        var root = CtLogSigner.RootHash(leaves);
        for (var i = 0; i < size; i++)
        {
            Assert.Null(CtMerkle.VerifyInclusion(i, size, CtMerkle.LeafHash(leaves[i]), CtLogSigner.AuditPath(i, leaves), root));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyInclusion_AnotherLeafOrAnotherIndex_IsRefusedWithAReason(int size)
    {
        var leaves = Leaves.Take(size).ToList();
        var root = CtLogSigner.RootHash(leaves);
        var path = CtLogSigner.AuditPath(0, leaves);

        Assert.NotNull(CtMerkle.VerifyInclusion(0, size, CtMerkle.LeafHash([1, 2, 3]), path, root));
        Assert.NotNull(CtMerkle.VerifyInclusion(size, size, CtMerkle.LeafHash(leaves[0]), path, root));
        if (size > 1)
        {
            Assert.NotNull(CtMerkle.VerifyInclusion(1, size, CtMerkle.LeafHash(leaves[0]), path, root));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyConsistency_EveryEarlierSize_IsProvedToBeExtended(int size)
    {
        var leaves = Leaves.Take(size).ToList();
        var root = CtLogSigner.RootHash(leaves);
        for (var first = 0; first <= size; first++)
        {
            var earlier = CtLogSigner.RootHash(leaves.Take(first).ToList());
            Assert.Null(CtMerkle.VerifyConsistency(first, size, earlier, root, CtLogSigner.ConsistencyProof(first, leaves)));
        }
    }

    [Theory]
    [MemberData(nameof(Sizes))]
    public void VerifyConsistency_ALogThatRewroteAnEarlierLeaf_IsCaughtAsAFork(int size)
    {
        var leaves = Leaves.Take(size).ToList();
        var forked = leaves.ToList();
        forked[0] = SHA256.HashData("another certificate"u8);
        var root = CtLogSigner.RootHash(forked);
        for (var first = 1; first <= size; first++)
        {
            var earlier = CtLogSigner.RootHash(leaves.Take(first).ToList());
            Assert.NotNull(CtMerkle.VerifyConsistency(first, size, earlier, root, CtLogSigner.ConsistencyProof(first, forked)));
        }
    }

    [Fact]
    public void VerifyConsistency_ASmallerLaterTree_IsRefusedWithAReason() =>
        Assert.Equal("tree size 3 is smaller than the earlier 5", CtMerkle.VerifyConsistency(5, 3, new byte[32], new byte[32], []));
}
