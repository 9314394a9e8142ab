using System.Security.Cryptography;
using System.Text;
using BrandWatch.Api.Storage;
using Microsoft.Extensions.Options;
using BrandWatch.Time;

namespace BrandWatch.Api.Evidence;

/// <summary>
/// Holds the Api's evidence signing key (ECDSA P-256 from the BCL): loads it from its PEM file, or creates the file
/// (owner read/write only) on first start, and signs package manifests with it.
/// </summary>
public sealed class EvidenceSigner : IDisposable
{
    private readonly string _path;
    private readonly ILogger<EvidenceSigner> _logger;
    private readonly Lock _lock = new();
    private ECDsa? _key;
    private SigningKeyResponse? _public;

    public EvidenceSigner(IOptions<EvidenceSigningOptions> options, IOptions<DatabaseOptions> database, ILogger<EvidenceSigner> logger)
    {
        _logger = logger;
        _path = string.IsNullOrWhiteSpace(options.Value.SigningKeyPath) ? DefaultPath(database.Value.BrandWatch) : Path.GetFullPath(options.Value.SigningKeyPath);
    }

    public string KeyPath => _path;

    public SigningKeyResponse PublicKey
    {
        get
        {
            EnsureKey();
            return _public!;
        }
    }

    /// <summary>Loads the key, creating it when the file does not exist; throws <see cref="SigningKeyException"/> when the file is unusable.</summary>
    public void EnsureKey()
    {
        lock (_lock)
        {
            if (_key is not null)
            {
                return;
            }

            var key = File.Exists(_path) ? Load(_path) : Create(_path);
            var spki = key.ExportSubjectPublicKeyInfo();
            _public = new SigningKeyResponse(KeyIdOf(spki), PackageSignature.Es256, PemEncoding.WriteString("PUBLIC KEY", spki));
            _key = key;
        }
    }

    /// <summary>Signs the exact bytes of a manifest.</summary>
    public PackageSignature Sign(byte[] manifest, DateTimeOffset at)
    {
        EnsureKey();
        var signature = _key!.SignData(manifest, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        return new PackageSignature(PackageSignature.Es256, _public!.KeyId, _public.PublicKeyPem, StoredTime.Format(at), Convert.ToBase64String(signature));
    }

    /// <summary>The key id: the first 16 hex digits of the SHA-256 of the SubjectPublicKeyInfo (DER).</summary>
    public static string KeyIdOf(byte[] subjectPublicKeyInfo) => Convert.ToHexStringLower(SHA256.HashData(subjectPublicKeyInfo))[..16];

    public static string DefaultPath(string connectionString)
    {
        // On PostgreSQL there is no database file to sit beside: the key goes to the working folder, and several instances
        // share one key only when EvidenceSigning:SigningKeyPath names a shared file (docs/scale-out.md).
        var (provider, rest) = ApiDatabase.Split(connectionString);
        var dataSource = provider == DatabaseProvider.Sqlite ? new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(rest).DataSource : "brandwatch";
        var full = Path.GetFullPath(dataSource);
        return Path.Combine(Path.GetDirectoryName(full) ?? ".", Path.GetFileNameWithoutExtension(full) + ".signing-key.pem");
    }

    private static ECDsa Load(string path)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path, Encoding.ASCII));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException or IOException or UnauthorizedAccessException)
        {
            key.Dispose();
            throw new SigningKeyException($"evidence signing key '{path}': {ex.Message}", ex);
        }

        if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
        {
            key.Dispose();
            throw new SigningKeyException($"evidence signing key '{path}': not an ECDSA P-256 key");
        }

        return key;
    }

    private ECDsa Create(string path)
    {
        var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var pem = key.ExportPkcs8PrivateKeyPem();
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path) ?? ".");
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (var stream = new FileStream(temporary, options))
            {
                stream.Write(Encoding.ASCII.GetBytes(pem));
            }

            // Written whole, then moved into place without replacing: Api instances that share the key file and start at
            // once each write their own, one wins the move, and the others read the winner's key.
            File.Move(temporary, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            key.Dispose();
            File.Delete(temporary);
            return Load(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            key.Dispose();
            File.Delete(temporary);
            throw new SigningKeyException($"evidence signing key '{path}' cannot be created: {ex.Message}", ex);
        }

        var spki = key.ExportSubjectPublicKeyInfo();
        Facts.FactsLog.SigningKeyCreated(_logger, KeyIdOf(spki), path);
        return key;
    }

    public void Dispose() => _key?.Dispose();
}
