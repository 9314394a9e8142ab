using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace BrandWatch.Rules.CertificateTransparency;

/// <summary>
/// The checkpoint of a static-ct-api log (C2SP tlog-checkpoint in a C2SP signed note): origin, tree size and root
/// hash lines, a blank line, then signature lines <c>— &lt;key name&gt; base64(key id || signature)</c>. The log's
/// own signature is an <c>RFC6962NoteSignature</c> (timestamp, then the RFC 6962 tree head signature) whose key id
/// is the first 4 bytes of SHA-256(key name, 0x0A, 0x05, log id).
/// </summary>
public sealed record CtCheckpoint(string Origin, long TreeSize, byte[] RootHash, IReadOnlyList<(string KeyName, byte[] KeyId, byte[] Signature)> Signatures)
{
    private const byte Rfc6962SignatureType = 0x05;

    /// <summary>Parses a checkpoint note; a malformed one is a reason, never an exception.</summary>
    public static (CtCheckpoint? Checkpoint, string? Error) Parse(string note)
    {
        ArgumentNullException.ThrowIfNull(note);
        var split = note.IndexOf("\n\n", StringComparison.Ordinal);
        if (split < 0)
        {
            return (null, "no blank line between the checkpoint body and its signatures");
        }

        var body = note[..(split + 1)].Split('\n');
        if (body.Length < 4)
        {
            return (null, "the checkpoint body has fewer than its origin, size and root hash lines");
        }

        if (body[0].Length == 0)
        {
            return (null, "the checkpoint origin line is empty");
        }

        if (!long.TryParse(body[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var size))
        {
            return (null, $"the tree size line '{Shorten(body[1])}' is not a decimal number");
        }

        byte[] root;
        try
        {
            root = Convert.FromBase64String(body[2]);
        }
        catch (FormatException)
        {
            return (null, "the root hash line is not base64");
        }

        if (root.Length != 32)
        {
            return (null, $"the root hash is {root.Length} bytes, not 32");
        }

        var signatures = new List<(string, byte[], byte[])>();
        foreach (var line in note[(split + 2)..].Split('\n'))
        {
            if (line.Length == 0)
            {
                continue;
            }

            var parts = line.Split(' ');
            if (parts.Length != 3 || parts[0] != "\u2014")
            {
                return (null, $"signature line '{Shorten(line)}' is not '— <name> <base64>'");
            }

            byte[] blob;
            try
            {
                blob = Convert.FromBase64String(parts[2]);
            }
            catch (FormatException)
            {
                return (null, $"the signature of {Shorten(parts[1])} is not base64");
            }

            if (blob.Length < 5)
            {
                return (null, $"the signature of {Shorten(parts[1])} is shorter than its key id");
            }

            signatures.Add((parts[1], blob[..4], blob[4..]));
        }

        return (new CtCheckpoint(body[0], size, root, signatures), null);
    }

    /// <summary>The key id an RFC 6962 log signs its checkpoints under: SHA-256(name, 0x0A, 0x05, log id)[0..4].</summary>
    public static byte[] KeyId(string keyName, ReadOnlySpan<byte> logId)
    {
        var name = Encoding.UTF8.GetBytes(keyName);
        var input = new byte[name.Length + 2 + logId.Length];
        name.CopyTo(input, 0);
        input[name.Length] = 0x0A;
        input[name.Length + 1] = Rfc6962SignatureType;
        logId.CopyTo(input.AsSpan(name.Length + 2));
        return SHA256.HashData(input)[..4];
    }

    /// <summary>
    /// Null when the checkpoint carries the log's signature for <paramref name="expectedOrigin"/> and it verifies with
    /// the log's key; otherwise why the checkpoint is not trusted.
    /// </summary>
    public string? Verify(string expectedOrigin, ReadOnlySpan<byte> subjectPublicKeyInfo, ReadOnlySpan<byte> logId)
    {
        if (!string.Equals(Origin, expectedOrigin, StringComparison.Ordinal))
        {
            return $"the checkpoint origin '{Shorten(Origin)}' is not the log's '{expectedOrigin}'";
        }

        var keyId = KeyId(expectedOrigin, logId);
        foreach (var (name, id, signature) in Signatures)
        {
            // Witness cosignatures and other keys are ignored, as the note format requires.
            if (name != expectedOrigin || !id.AsSpan().SequenceEqual(keyId))
            {
                continue;
            }

            if (signature.Length < 8)
            {
                return "the log's note signature ends inside its timestamp";
            }

            var head = new CtTreeHead(TreeSize, BinaryPrimitives.ReadUInt64BigEndian(signature), RootHash, signature[8..]);
            return head.Verify(subjectPublicKeyInfo, logId);
        }

        return "no signature of the log's key on the checkpoint";
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";
}
