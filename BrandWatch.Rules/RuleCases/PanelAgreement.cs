using BrandWatch.Rules.Scoring;

namespace BrandWatch.Rules.RuleCases;

/// <summary>
/// Agreement of verdicts with the panels of the decisions the cases are rebuilt from. The scorer "transfers" when it
/// recommends a complaint that would take the name (UDRP transfer, an abuse takedown filed beside one, or court
/// against a proven bad-faith registrant); anything else (no action, monitor, cease-and-desist, negotiate, settle,
/// do not file) agrees with a denial.
/// </summary>
public sealed record PanelAgreement(int Transferred, int TransferredAgreed, int Denied, int DeniedAgreed, int WithAction, int ActionAgreed)
{
    public static bool PredictsTransfer(Verdict verdict) => DecidingFacts.Files(verdict.Action);

    public static bool Agrees(PanelOutcome outcome, Verdict verdict) =>
        PredictsTransfer(verdict) == (outcome != PanelOutcome.Denied);

    public static PanelAgreement Of(IEnumerable<RuleCaseResult> results)
    {
        int transferred = 0, transferredAgreed = 0, denied = 0, deniedAgreed = 0, withAction = 0, actionAgreed = 0;
        foreach (var result in results)
        {
            if (result.Case.Panel is not { } panel)
            {
                continue;
            }

            var agrees = Agrees(panel.Outcome, result.Verdict);
            if (panel.Outcome == PanelOutcome.Denied)
            {
                denied++;
                deniedAgreed += agrees ? 1 : 0;
            }
            else
            {
                transferred++;
                transferredAgreed += agrees ? 1 : 0;
            }

            if (result.Case.Expect.Action is { } action)
            {
                withAction++;
                actionAgreed += action == result.Verdict.Action ? 1 : 0;
            }
        }

        return new PanelAgreement(transferred, transferredAgreed, denied, deniedAgreed, withAction, actionAgreed);
    }

    public int Cases => Transferred + Denied;

    public override string ToString() =>
        $"panel agreement: transferred {TransferredAgreed}/{Transferred} ({Percent(TransferredAgreed, Transferred)}), "
        + $"denied {DeniedAgreed}/{Denied} ({Percent(DeniedAgreed, Denied)}), expected action {ActionAgreed}/{WithAction} ({Percent(ActionAgreed, WithAction)})";

    private static string Percent(int part, int whole) =>
        whole == 0 ? "n/a" : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{100.0 * part / whole:0.0} %");
}
