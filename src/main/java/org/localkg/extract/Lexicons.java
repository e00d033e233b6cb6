package org.localkg.extract;

/** The word lists the recognisers share, loaded once. */
public final class Lexicons {
    public static final Lexicon SURNAMES = Lexicon.load("surnames");
    public static final Lexicon GOV_TITLES = Lexicon.load("gov-titles");
    public static final Lexicon ROLE_TITLES = Lexicon.load("role-titles");
    public static final Lexicon GROUP_LABELS = Lexicon.load("group-labels");
    public static final Lexicon AFTER_NAME = Lexicon.load("after-name");
    public static final Lexicon STOP_WORDS = Lexicon.load("stop-words");
    public static final Lexicon GENERIC = Lexicon.load("generic-modifiers");
    public static final Lexicon INDUSTRY = Lexicon.load("industry-words");
    public static final Lexicon ENTERPRISE_SUFFIXES = Lexicon.load("suffixes-enterprise");
    public static final Lexicon ORGANIZATION_SUFFIXES = Lexicon.load("suffixes-organization");
    public static final Lexicon PARK_SUFFIXES = Lexicon.load("suffixes-park");
    public static final Lexicon PROJECT_SUFFIXES = Lexicon.load("suffixes-project");
    public static final Lexicon INFRASTRUCTURE_SUFFIXES = Lexicon.load("suffixes-infrastructure");
    public static final Lexicon FACILITY_SUFFIXES = Lexicon.load("suffixes-facility");
    public static final Lexicon PROGRAM_HEADS = Lexicon.load("program-heads");
    public static final Lexicon PREDICATE_MARKERS = Lexicon.load("predicate-markers");
    public static final Lexicon REGIONS = Lexicon.load("regions");
    public static final Lexicon GOVERNING_VERBS = Lexicon.load("governing-verbs");
    public static final Lexicon GOING_VERBS = Lexicon.load("going-verbs");

    private Lexicons() {}
}
