namespace BrandWatch.Rules.Evidence;

/// <summary>Who first raised the sale of the domain: the answer decides whether an asking price shows bad faith (3.1.1).</summary>
public enum SaleInitiator
{
    /// <summary>The registrant offered the domain unprompted (a letter, a lander naming the owner, a broker's approach).</summary>
    Registrant,

    /// <summary>The complainant (or someone for it) approached the registrant, who named a price in reply.</summary>
    Complainant,

    /// <summary>
    /// A buyer approached the registrant without disclosing that it acted for the complainant (an anonymous broker
    /// inquiry); the price named in reply cannot show a purpose of selling to the complainant (4(b)(i), 3.1.1).
    /// </summary>
    UndisclosedBuyer,
}
