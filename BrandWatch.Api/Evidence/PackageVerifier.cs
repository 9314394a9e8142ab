using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// Checks an evidence package offline: the signature over manifest.json (against a pinned public key when given),
/// then every file the manifest lists (present, same size, same SHA-256), and that the zip holds nothing else.
/// </summary>
public static class PackageVerifier
{
    public static async Task<PackageVerification> VerifyAsync(Stream package, string? pinnedPublicKeyPem, CancellationToken cancellationToken)
    {
        var failures = new List<string>();
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(package, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException ex)
        {
            return new PackageVerification([$"not a zip archive: {ex.Message}"], null, null, 0);
        }

        using (zip)
        {
            var manifestBytes = await ReadAsync(zip, PackageSignature.ManifestName, cancellationToken);
            var signatureBytes = await ReadAsync(zip, PackageSignature.FileName, cancellationToken);
            if (manifestBytes is null || signatureBytes is null)
            {
                return new PackageVerification([$"{(manifestBytes is null ? PackageSignature.ManifestName : PackageSignature.FileName)} is missing"], null, null, 0);
            }

            PackageSignature? signature;
            JsonNode? manifest;
            try
            {
                signature = JsonSerializer.Deserialize<PackageSignature>(signatureBytes, Http.ApiJson.Output);
                manifest = JsonNode.Parse(manifestBytes);
            }
            catch (JsonException ex)
            {
                return new PackageVerification([$"manifest or signature is not valid JSON: {ex.Message}"], null, null, 0);
            }

            if (signature is null || manifest is null)
            {
                return new PackageVerification(["manifest or signature is empty"], null, null, 0);
            }

            var keyId = CheckSignature(signature, manifestBytes, pinnedPublicKeyPem, failures);
            var listed = new HashSet<string>(StringComparer.Ordinal) { PackageSignature.ManifestName, PackageSignature.FileName };
            var files = manifest["files"] as JsonArray ?? [];
            foreach (var file in files)
            {
                var path = (string?)file?["path"];
                if (path is null)
                {
                    failures.Add("manifest.json lists a file without a path");
                    continue;
                }

                listed.Add(path);
                var bytes = await ReadAsync(zip, path, cancellationToken);
                if (bytes is null)
                {
                    failures.Add($"{path}: listed in the manifest but missing");
                    continue;
                }

                if ((long?)file!["bytes"] is { } size && size != bytes.LongLength)
                {
                    failures.Add($"{path}: {bytes.LongLength} bytes, the manifest says {size}");
                }

                if (!string.Equals((string?)file["sha256"], Convert.ToHexStringLower(SHA256.HashData(bytes)), StringComparison.Ordinal))
                {
                    failures.Add($"{path}: SHA-256 differs from the manifest");
                }
            }

            foreach (var entry in zip.Entries)
            {
                if (!listed.Contains(entry.FullName))
                {
                    failures.Add($"{entry.FullName}: in the package but not in the manifest");
                }
            }

            await CheckCertificatesAsync(zip, manifest, failures, cancellationToken);
            return new PackageVerification(failures, keyId, (long?)manifest["caseId"], files.Count);
        }
    }

    /// <summary>
    /// The certificates the manifest states must be the ones sightings.json shows (the file's bytes are already checked
    /// against the manifest), so what the signed manifest says about CT logs is what the sightings hold.
    /// </summary>
    private static async Task CheckCertificatesAsync(ZipArchive zip, JsonNode manifest, List<string> failures, CancellationToken cancellationToken)
    {
        var stated = manifest["certificates"];
        var bytes = await ReadAsync(zip, EvidencePackageApi.SightingsName, cancellationToken);
        if (stated is null && bytes is null)
        {
            return;
        }

        if (bytes is null)
        {
            failures.Add($"manifest.json: names certificates but {EvidencePackageApi.SightingsName} is missing");
            return;
        }

        List<Sightings.SightingItem>? sightings;
        try
        {
            sightings = JsonSerializer.Deserialize<List<Sightings.SightingItem>>(bytes, Http.ApiJson.Output);
        }
        catch (JsonException ex)
        {
            failures.Add($"{EvidencePackageApi.SightingsName}: not a list of sightings ({ex.Message})");
            return;
        }

        var expected = JsonSerializer.SerializeToNode(ManifestCertificate.Of(sightings ?? []), Http.ApiJson.Output);
        if (!JsonNode.DeepEquals(stated ?? new JsonArray(), expected))
        {
            failures.Add($"manifest.json: its certificates differ from the CT sightings in {EvidencePackageApi.SightingsName}");
        }
    }

    private static string? CheckSignature(PackageSignature signature, byte[] manifest, string? pinnedPublicKeyPem, List<string> failures)
    {
        if (signature.Algorithm != PackageSignature.Es256)
        {
            failures.Add($"{PackageSignature.FileName}: algorithm '{signature.Algorithm}' is not {PackageSignature.Es256}");
            return null;
        }

        using var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pinnedPublicKeyPem ?? signature.PublicKeyPem);
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            failures.Add($"{(pinnedPublicKeyPem is null ? PackageSignature.FileName : "the given public key")}: not a usable public key ({ex.Message})");
            return null;
        }

        var keyId = EvidenceSigner.KeyIdOf(key.ExportSubjectPublicKeyInfo());
        if (pinnedPublicKeyPem is not null && !string.Equals(keyId, signature.KeyId, StringComparison.Ordinal))
        {
            failures.Add($"signed by key {signature.KeyId}, not by the given key {keyId}");
            return signature.KeyId;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature.Signature);
        }
        catch (FormatException)
        {
            failures.Add($"{PackageSignature.FileName}: the signature is not base64");
            return keyId;
        }

        if (!key.VerifyData(manifest, bytes, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation))
        {
            failures.Add("manifest.json: the signature does not match (the manifest was changed or signed by another key)");
        }

        return keyId;
    }

    private static async Task<byte[]?> ReadAsync(ZipArchive zip, string path, CancellationToken cancellationToken)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }

        await using var stream = await entry.OpenAsync(cancellationToken);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
