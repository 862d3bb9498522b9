namespace Spokes.Model.Parameters;

/// <summary>
/// The documentation of every parameter, in one table: default, plausible range, mechanism, meaning and source.
/// docs/model.md is written from the same table, and a test checks they agree.
/// </summary>
public static class ParameterCatalog
{
    private const string A = "assumption";

    public static IReadOnlyList<ParameterInfo> All { get; } = Build();

    private static readonly Dictionary<string, ParameterInfo> ByKey =
        All.ToDictionary(p => p.Key, StringComparer.Ordinal);

    public static ParameterInfo Get(ParameterId id) => All[(int)id];

    /// <summary>Finds a parameter by its scenario-file key (camelCase); null when there is none.</summary>
    public static ParameterInfo? Find(string key) => ByKey.GetValueOrDefault(key);

    private static ParameterInfo[] Build()
    {
        var list = new List<ParameterInfo>();
        void P(ParameterId id, double def, double min, double max, string mech, string meaning, string source)
        {
            var key = char.ToLowerInvariant(id.ToString()[0]) + id.ToString()[1..];
            list.Add(new ParameterInfo(id, key, def, min, max, mech, meaning, source));
        }

        const string belief = "CommitmentBelief";
        P(ParameterId.BeliefStickiness, 0.3, 0.1, 0.6, belief,
            "share of the gap to the target belief closed each year (μ)",
            A + ": beliefs are sticky — the alliances outlived the 1969 Guam doctrine and the 1977–79 Korea withdrawal plan (Cooper 2016); μ = 0.3 closes half the gap in two years");
        P(ParameterId.TroopSignalWeight, 0.6, 0.2, 1.2, belief,
            "logit shift per unit log change of troops present (β_F)",
            A + ": troops are a costly, sunk signal (Fearon 1997; Schelling 1966 tripwire); halving Japan's garrison moves a 0.85 belief target to about 0.79");
        P(ParameterId.TripwireScale, 1000, 250, 5000, belief,
            "troop number below which presence stops signalling (F_s, troops)",
            A + ": a brigade-sized tripwire (Schelling 1966); keeps ln((F+F_s)/(F⁰+F_s)) finite for allies with no garrison");
        P(ParameterId.CooperationSignalWeight, 1.5, 0.5, 3.0, belief,
            "logit shift per unit of added cooperation (β_c)",
            A + ": joint planning, co-production and exercises are costly signals (Fearon 1997 'sinking costs'); the essay's remedy");
        P(ParameterId.ThreatTalkWeight, 2.0, 0.5, 4.0, belief,
            "logit shift per unit of disengagement rhetoric if fully credible (β_r), scaled by (1 − S)",
            A + ": cheap talk against U.S. public opinion carries no audience cost (Fearon 1994), so it is discounted by (1 − S)");
        P(ParameterId.ReassuranceTalkWeight, 0.8, 0.2, 2.0, belief,
            "logit shift per unit of reassurance if fully credible (β_q), scaled by S",
            A + ": reassurance the U.S. public backs is credible to that degree (Fearon 1994); weaker than deeds");
        P(ParameterId.PublicSupportWeight, 2.0, 0.0, 4.0, belief,
            "logit shift per unit change of U.S. public support for alliances (β_S)",
            A + ": allied capitals read U.S. opinion polls (Chicago Council); a fall of 0.25 in support moves a 0.85 belief target to about 0.77");
        P(ParameterId.WithdrawalSignalWeight, 3.0, 1.0, 5.0, belief,
            "logit shift of a full, formal withdrawal of the commitment (β_W)",
            A + ": renouncing a treaty is the costliest signal there is; w = 1 takes a 0.85 belief to about 0.22");
        P(ParameterId.NetworkReassuranceWeight, 1.0, 0.0, 2.0, belief,
            "logit shift per unit of aligned spoke-to-spoke ties (β_N)",
            A + ": networked partners soften abandonment fear (Cooper 2016; Cha 2010 on the hub-and-spokes design)");
        P(ParameterId.UnansweredProbeWeight, 0.5, 0.0, 2.0, belief,
            "logit shift per unit rise in adversary probing left unanswered (β_P)",
            A + ": adversaries test weakened commitments and an unanswered probe lowers belief (Cooper 2016)");

        const string burden = "BurdenSharing";
        P(ParameterId.BudgetAdjustment, 0.2, 0.05, 0.4, burden,
            "share of the gap to the desired budget closed each year (κ)",
            A + ": κ = 1 − the coefficient on lagged spending in defence-demand equations; the only figures found are a U.S. bracket of 0.68–0.96 (docs/references.md, not verified), so κ ≈ 0.05–0.3, widened to 0.4");
        P(ParameterId.ProtectionValue, 1.0, -0.3, 1.5, burden,
            "dollars of own spending one believed dollar of U.S. regional effort replaces (θ): θ > 0 U.S. protection substitutes for allied spending (free riding), θ < 0 it complements it (joint planning draws allied spending in)",
            "substitute: Olson & Zeckhauser (1966), pure public good θ = 1, lowered by joint products (Sandler 1977); Plümper & Neumayer (2015, Conflict Management and Peace Science 32(3)) find most smaller NATO allies free-riding on U.S. spending growth, 1956–88. Complement: Murdoch & Sandler (1984, Journal of Public Economics 25) found allied spending moving with U.S. spending for several allies after flexible response; Alley (2021, Journal of Peace Research) finds little free-riding across 204 alliances, 1919–2007. Calibration decides. The lower bound −0.3 is structural: below it the start-year best response has no positive security weight for some allies");
        P(ParameterId.ThreatElasticity, 0.5, 0.0, 1.0, burden,
            "elasticity of the weight on security to perceived threat (ε_T)",
            A + " informed by NATO demand studies finding positive, inelastic responses to adversary spending (Murdoch & Sandler 1984; Sandler & Hartley 1995)");
        P(ParameterId.DemandedShareOfGdp, 0.02, 0.015, 0.05, burden,
            "spending share of GDP the U.S. demands (s_dem)",
            "NATO's 2% guideline (Wales summit 2014); U.S. demands since 2025 reach 3.5–5%");
        P(ParameterId.NegotiatedSpending, 0.3, 0.0, 0.8, burden,
            "share of the gap to the demanded level closed per unit of cooperation by negotiated roles and missions (ν)",
            A + ": the essay's 'work alongside them'; SF5 depends on it, so its range is explored");
        P(ParameterId.NetworkSpillover, 0.05, 0.0, 0.2, burden,
            "share of a tied partner's effective capability that also protects an ally (χ)",
            A + ": spill-ins among spokes are small in a hub-and-spokes system (Cha 2010)");
        P(ParameterId.HostSupportAdjustment, 0.2, 0.1, 0.5, "HostNationSupport",
            "share of the gap to the target host-nation support closed each year (κ_H)",
            "Special Measures Agreements run about five years (Japan 2016–20, 2022–26; Korea 2014–18, 2020–25): κ_H ≈ 1/5");
        P(ParameterId.HostSupportDemandGain, 1.0, 0.0, 4.0, "HostNationSupport",
            "relative rise in host support demanded at full demand intensity (h)",
            "2019 U.S. demand for about five times Korea's payment (+400%) bounds the range; default is a doubling");

        const string entrap = "EntrapmentFear";
        P(ParameterId.EntrapmentAdjustment, 0.3, 0.1, 0.6, entrap, "share of the gap to target entrapment fear closed each year", A);
        P(ParameterId.ConfrontationEntrapment, 1.5, 0.5, 3.0, entrap,
            "logit shift per unit of U.S. confrontation toward China (k_g)",
            A + ": Snyder (1984): the ally fears being dragged into its patron's quarrel");
        P(ParameterId.TradeAmplification, 2.0, 0.0, 4.0, entrap,
            "how much trade dependence on China amplifies that shift, factor (1 + k_τ·τ)",
            A + ": Korea after THAAD (2016–17) shows trade exposure raising the cost of siding with the U.S.");
        P(ParameterId.CommitmentEntrapment, 1.0, 0.0, 2.0, entrap,
            "logit shift per unit of belief above its baseline (k_b)",
            "Snyder (1984): a firmer commitment lowers abandonment fear and raises entrapment fear — the alliance security dilemma");
        P(ParameterId.ThreatReducesEntrapment, 0.5, 0.0, 1.5, entrap,
            "logit shift per unit log of perceived threat (k_T): a bigger threat makes U.S. protection welcome",
            A + " (Snyder 1984)");

        const string dom = "DomesticBalance";
        P(ParameterId.DomesticAdjustment, 0.25, 0.1, 0.5, dom, "share of the gap to target political weight closed each year", A + ": elections every 3–5 years");
        P(ParameterId.AbandonmentToIndependence, 2.0, 0.5, 4.0, dom,
            "logit shift of independent-policy advocates per unit of abandonment fear (k_A)",
            A + ": 'lack of confidence in the United States is likely to strengthen foreign advocates of independent security policies' (Cooper 2016)");
        P(ParameterId.EntrapmentToIndependence, 1.5, 0.5, 3.0, dom, "logit shift per unit of entrapment fear (k_E)", A);
        P(ParameterId.ThreatToAllianceSupport, 0.5, 0.0, 1.5, dom, "logit shift against independence per unit log of threat (k_T)", A + ": threat rallies alliance supporters (Walt 1987)");

        const string align = "Alignment";
        P(ParameterId.AlignmentAwayRate, 0.3, 0.1, 0.6, align, "adjustment rate when moving away from the U.S. (η_away)", A);
        P(ParameterId.AlignmentReturnRatio, 0.33, 0.1, 0.8, align,
            "rate of moving back toward the U.S. as a share of the rate of moving away (η_back = r·η_away < η_away: hysteresis)",
            A + ": trust is slow to rebuild (the Philippines took six years, 2016–22, to return)");
        P(ParameterId.BeliefAlignmentWeight, 1.5, 0.5, 3.0, align, "pull toward the U.S. per unit of belief above baseline (w_b)", A);
        P(ParameterId.EntrapmentAlignmentWeight, 1.0, 0.0, 2.0, align, "push away per unit of entrapment fear above baseline (w_E)", A + " (Snyder 1984)");
        P(ParameterId.IndependenceAlignmentWeight, 1.5, 0.5, 3.0, align, "push away per unit of independent-policy weight above baseline (w_p)", A);
        P(ParameterId.BandwagonWeight, 2.0, 0.0, 4.0, align,
            "push toward the adversary per unit of bandwagoning pull above baseline (w_B)",
            A + ": Walt (1987): weak, exposed states without a reliable ally bandwagon");

        const string dup = "Duplication";
        P(ParameterId.DuplicationAdjustment, 0.2, 0.1, 0.4, dup, "share of the gap to target duplication closed each year", A + ": procurement cycles of about five years");
        P(ParameterId.AbandonmentDuplication, 3.0, 1.0, 5.0, dup,
            "logit shift of the duplication share per unit of abandonment fear above baseline (k_d)",
            A + ": 'if allies believe they might have to face threats on their own, they will duplicate U.S. capabilities' (Cooper 2016)");
        P(ParameterId.IndependenceDuplication, 1.0, 0.0, 2.0, dup, "logit shift per unit of independent-policy weight above baseline", A);
        P(ParameterId.CooperationComplementarity, 1.5, 0.0, 3.0, dup,
            "logit shift against duplication per unit of added cooperation (roles and missions)",
            A + ": agreed roles and missions and 'federated' niche capabilities (Work, cited in Cooper 2016)");
        P(ParameterId.DuplicationCapacityScale, 500, 100, 2000, dup,
            "GDP (US$ bn) at which an ally has half the capacity to duplicate high-end capabilities (Y_c)",
            A + ": a small economy cannot duplicate carriers or bombers; capacity factor Y/(Y + Y_c)");
        P(ParameterId.DuplicateEfficiency, 0.6, 0.3, 0.9, dup,
            "alliance value of a dollar spent duplicating rather than complementing the U.S. (ω < 1)",
            A + ": duplication is 'inefficient for both the United States and its allies' (Cooper 2016)");
        P(ParameterId.CooperationSynergy, 0.3, 0.0, 0.6, dup,
            "efficiency gain of complementary spending at full cooperation and alignment (σ_syn)",
            A + ": offsetting capacity and capability gaps is the main benefit of alliances (Cooper 2016)");
        P(ParameterId.CapitalDepreciation, 0.1, 0.05, 0.15, dup, "yearly depreciation of the capability stock (δ)", A + ": 7–20-year service lives of major equipment");

        const string nuke = "NuclearHedging";
        P(ParameterId.HedgingThreshold, 0.75, 0.5, 0.9, nuke,
            "share of baseline belief (scaled by threat) below which a latent state starts to climb (θ_n)",
            A + ": South Korea started a programme within about three years of the Nixon doctrine and the 1971 troop cut");
        P(ParameterId.NuclearHazardScale, 1.0, 0.2, 2.0, nuke, "yearly hazard per unit of latency × credibility gap (h₀)", A);
        P(ParameterId.NuclearHazardExponent, 1.0, 0.5, 2.0, nuke, "curvature of the hazard in the credibility gap (γ)", A);
        P(ParameterId.NuclearThreatElasticity, 0.5, 0.0, 1.0, nuke,
            "elasticity of the hedging threshold to perceived threat (ε_n): a bigger threat needs a firmer guarantee",
            A + ": South Korea's nuclear debate grew with North Korea's arsenal (2016–23) while U.S. credibility held");

        const string cost = "UsCosts";
        P(ParameterId.StationingCostPerTroop, 0.13, 0.09, 0.17, cost,
            "cost per troop-year stationed abroad before host-nation support is subtracted (US$ m)",
            "GAO-21-270 (2021): DoD obligated $20.9 bn (Japan, ~55,000 troops) and $13.4 bn (Korea, ~28,500) over 2016–19, net of what the hosts paid; adding back the Special Measures cash the model subtracts (≈ $1.6 bn and $0.8 bn a year) gives ≈ US$0.12 m and 0.15 m per troop-year");
        P(ParameterId.HomeBasingCostPerTroop, 0.09, 0.07, 0.12, cost,
            "U.S. cost per troop-year based at home, no host support (US$ m)",
            "RAND RR-150 (Air Force overseas basing study): personnel cost about one-quarter more per person overseas, so home ≈ 0.11/1.25");
        P(ParameterId.RelocationCostPerTroop, 0.5, 0.1, 2.0, cost,
            "one-time cost of moving a troop and building facilities for it (US$ m)",
            A + ": the Okinawa-to-Guam Marine relocation, US$8.6 bn for about 5,000 Marines (≈ US$1.7 m each), is the upper end; moves into existing bases cost far less");
        P(ParameterId.DistanceCostPerTroop, 0.005, 0.0, 0.015, cost,
            "extra force structure per troop-year pulled home, per 1,000 km of distance (US$ m)",
            A + ": 'the increased distance … would likely require that the U.S. military add additional force structure' (Cooper 2016)");
        P(ParameterId.TroopMoveRate, 0.34, 0.2, 1.0, "ForcePosture",
            "most of the baseline garrison that can move in one year",
            A + ": the 1971 cut of 20,000 troops from Korea took about a year; the 2004–08 cut of 12,500 took four");
        P(ParameterId.LocalResponseDays, 3, 1, 7, "ForcePosture", "days for forces present to respond", A);
        P(ParameterId.MobilizationDays, 10, 5, 30, "ForcePosture", "days to mobilise forces based far away", A);
        P(ParameterId.TransitKmPerDay, 700, 500, 1000, "ForcePosture", "sealift transit speed, km per day (16–22 knots)", A + ": large roll-on/roll-off ships sail at 16–24 knots");
        P(ParameterId.ResponseTimeElasticity, 0.3, 0.0, 1.0, "ForcePosture",
            "elasticity of the value of U.S. protection to response time (ξ)",
            A + ": 'accept more risk and longer timelines to resolve potential contingencies' (Cooper 2016)");

        const string adv = "AdversaryBuildup";
        P(ParameterId.ArmsReactivity, 0.05, 0.0, 0.1, adv,
            "Richardson reaction to rival capability, per year, as a share of own spending per unit relative rival capability (k ≤ a)",
            "Richardson (1960) form; value " + A + "; the range stays below the fatigue range so the grievance (a − k)·X⁰ is never negative");
        P(ParameterId.ArmsFatigue, 0.15, 0.1, 0.3, adv, "Richardson fatigue: yearly decay toward the grievance level (a)", "Richardson (1960) form; value " + A);
        P(ParameterId.ProbingSensitivity, 1.5, 0.5, 4.0, "Probing",
            "logit shift of probing per unit rise of capability ratio over perceived resolve (k_P)",
            A + ": adversaries 'test U.S. commitments' that look weak (Cooper 2016)");
        P(ParameterId.ProbeThreatWeight, 0.5, 0.0, 1.0, "ThreatPerception", "relative rise in perceived threat per unit rise of probing (ζ)", A);
        P(ParameterId.ConfrontationResolve, 0.3, 0.0, 1.0, "Probing", "relative rise of perceived U.S. resolve per unit of confrontation", A);

        P(ParameterId.NetworkingGain, 0.3, 0.0, 0.6, "NetworkTies",
            "tie weight added between two spokes per unit of the networking lever",
            A + ": 2016–24 added access agreements (Japan–Australia RAA 2022, Japan–Philippines RAA 2024) of about this size in data/ties.csv");

        const string politics = "AlliedPolitics";
        P(ParameterId.OrientationAlignment, 1.0, 0.0, 2.5, politics,
            "pull of alignment toward the U.S. per unit of government orientation above the start-year government's (w_o)",
            A + ": governments make foreign policy; the Philippines' alignment fell under Duterte (2016) and recovered under Marcos Jr. (2022–23) with the U.S. posture unchanged (UN voting distance to the U.S. 3.00 in 2016, 3.32 in 2017, 2.39 in 2022; Bailey, Strezhnev & Voeten 2017)");
        P(ParameterId.OrientationIndependence, 1.0, 0.0, 2.5, politics,
            "logit shift against independent-policy advocates per unit of government orientation above the start (k_o)",
            A + ": a pro-U.S. government marginalises advocates of an independent policy, a China-leaning one empowers them");
        P(ParameterId.OrientationSpending, 0.0, -0.5, 0.5, politics,
            "relative change of the weight on security per unit of government orientation above the start (λ_o)",
            A + ": the sign is contested — autonomy-minded governments sometimes spend more (South Korea under Roh and Moon), China-leaning ones less (the Philippines under Duterte); the range spans both and calibration decides");
        P(ParameterId.ThreatShockWeight, 0.3, 0.0, 1.0, "ThreatPerception",
            "relative rise in perceived threat per unit of threat-shock stock (ψ_σ)",
            A + ": events move threat perception beyond budgets — Japan's spending debate after the 1998 Taepodong overflight, the 2017 ICBM tests and the 2022 PLA drills (data/threat-events.csv)");
        P(ParameterId.ThreatShockPersistence, 0.5, 0.2, 0.9, "ThreatPerception",
            "share of the threat-shock stock that carries into the next year (1 − decay)",
            A + ": a shock's salience halves in one to three years");
        P(ParameterId.SharedAssessmentThreat, 0.15, 0.0, 0.4, "ThreatPerception",
            "relative rise in the threat an ally perceives at full joint threat assessment (τ_a)",
            A + ": jointly assessing threats (Cooper 2016) brings the ally's threat picture toward the U.S. one, which sees the adversaries' build-up as larger than most allies do");
        P(ParameterId.IndustrialEfficiency, 0.1, 0.0, 0.25, "Duplication",
            "relative gain in capability per dollar at full defence-industrial cooperation (σ_ind)",
            A + ": co-development and co-production share fixed costs (Hartley & Sandler on collaborative procurement); the SM-3 Block IIA co-development with Japan is the model case");
        P(ParameterId.ExerciseResponseGain, 0.2, 0.0, 0.4, "ForcePosture",
            "relative cut of local response and mobilisation days at full exercises and new concepts of operations (ρ_ex)",
            A + ": rehearsed combined operations shorten the time to respond ('develop and exercise new concepts of operations', Cooper 2016)");
        const string nuclear = "NuclearHedging";
        P(ParameterId.PressureDeterrence, 0.7, 0.3, 1.0, nuclear,
            "share of the climbing hazard removed at full U.S. non-proliferation pressure",
            A + ": U.S. pressure in 1975–76 (blocking the French reprocessing plant, threatening the security relationship) stopped Seoul's programme (Lanoszka 2018, Atomic Assurance; Hong 2011 in The Park Chung Hee Era)");
        P(ParameterId.PressureRollback, 0.5, 0.1, 1.0, nuclear,
            "yearly hazard of falling back one stage at full non-proliferation pressure",
            A + ": Seoul cancelled the reprocessing deal within about a year of the 1975 pressure; Taiwan's programme was stopped in 1976–77 and again in 1988 under U.S. pressure (Albright & Stricker 2018, Taiwan's Former Nuclear Weapons Program)");
        P(ParameterId.ReassuranceRollback, 1.0, 0.0, 3.0, nuclear,
            "yearly hazard of falling back one stage per unit of belief above the hedging threshold",
            A + ": restored credibility lets a programme lapse (South Korea under Chun after Reagan's 1981 reaffirmation; Lanoszka 2018)");
        P(ParameterId.LatencyGrowth, 0.05, 0.0, 0.15, nuclear,
            "yearly growth of latency toward 1 while a weapons programme runs (λ_L)",
            A + ": programmes build know-how and facilities that outlast them (Taiwan's INER, South Korea's 1970s work)");
        const string remedyCost = "UsCosts";
        P(ParameterId.ThreatAssessmentCost, 0.05, 0.01, 0.2, remedyCost,
            "U.S. cost of full joint threat assessment with one ally (US$ bn a year)",
            A + ": liaison staff, intelligence-sharing infrastructure and analysts; small beside forces");
        P(ParameterId.RolesAndMissionsCost, 0.05, 0.01, 0.2, remedyCost,
            "U.S. cost of fully agreed roles and missions with one ally (US$ bn a year)",
            A + ": combined planning staffs and alliance coordination mechanisms");
        P(ParameterId.IndustrialCooperationCost, 0.5, 0.1, 1.5, remedyCost,
            "U.S. cost of full defence-industrial cooperation with one ally (US$ bn a year)",
            A + ": the U.S. share of co-development programmes such as the SM-3 Block IIA with Japan, spread over a decade");
        P(ParameterId.ExercisesCost, 0.3, 0.05, 1.0, remedyCost,
            "U.S. cost of full combined exercises and new concepts of operations with one ally (US$ bn a year)",
            A + ": one large exercise costs tens of millions (DoD put the cancelled 2018 Ulchi Freedom Guardian at about US$14 m); the Pacific Deterrence Initiative (US$7.1 bn authorised, FY2022 NDAA) bounds a theatre-wide programme");
        P(ParameterId.ReassuranceCost, 0.1, 0.0, 0.5, remedyCost,
            "U.S. cost of full reassurance of one ally, in attention and visits priced in US$ bn a year",
            A + ": reassurance is cheap talk in money but costs presidential attention and political capital; no dollar source exists, hence the wide range");
        P(ParameterId.NetworkingCost, 0.1, 0.02, 0.4, remedyCost,
            "U.S. cost of full spoke-to-spoke networking effort for one ally (US$ bn a year)",
            "the Southeast Asia Maritime Security Initiative, US$425 m over five years for several partners (FY2016 NDAA §1263), sets the scale; range an assumption");
        P(ParameterId.PressureCost, 0.05, 0.0, 0.3, remedyCost,
            "U.S. cost of full non-proliferation pressure on one ally (US$ bn a year, attention priced)",
            A);
        P(ParameterId.IntegrationEntrapment, 0.5, 0.0, 1.5, "EntrapmentFear",
            "logit shift of entrapment fear per unit of added operational integration (mean cooperation activity, amplified by trade with China like confrontation)",
            A + ": the other horn of the alliance security dilemma — tighter integration with the patron raises the fear of being drawn into its war (Snyder 1984); South Korea's THAAD deployment brought Chinese sanctions (2017), and Australia's debate over U.S. access (Pine Gap, AUKUS) turns on it");

        if (list.Count != Enum.GetValues<ParameterId>().Length)
            throw new InvalidOperationException("every ParameterId needs a catalogue entry");
        for (int i = 0; i < list.Count; i++)
            if ((int)list[i].Id != i) throw new InvalidOperationException($"catalogue out of order at {list[i].Id}");
        return list.ToArray();
    }
}
