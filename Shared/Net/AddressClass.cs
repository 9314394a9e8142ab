namespace BrandWatch.Net;

/// <summary>An address's scope and the range that put it there, e.g. (Private, "private (10.0.0.0/8)").</summary>
internal readonly record struct AddressClass(AddressScope Scope, string Range);
