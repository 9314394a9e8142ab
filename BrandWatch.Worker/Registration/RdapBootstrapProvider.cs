namespace BrandWatch.Worker.Registration;

/// <summary>Holds the bootstrap registry in use; <see cref="RdapBootstrapRefresher"/> swaps in a newer one without a restart.</summary>
public sealed class RdapBootstrapProvider(RdapBootstrap initial)
{
    private RdapBootstrap _current = initial;

    public RdapBootstrap Current => Volatile.Read(ref _current);

    public void Replace(RdapBootstrap bootstrap)
    {
        ArgumentNullException.ThrowIfNull(bootstrap);
        Volatile.Write(ref _current, bootstrap);
    }
}
