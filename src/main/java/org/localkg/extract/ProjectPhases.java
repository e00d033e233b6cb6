package org.localkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Phases of one project share its company: 某公司年产1万吨某材料一期项目 … 年产2万吨的某材料二期项目.
 * A phase the text names without its company (the company was said with the first phase) takes the
 * company of another phase of the same works: the same name once the company heading it, the capacity
 * and the phase are set aside.
 */
final class ProjectPhases {
    private static final Pattern HEAD = Pattern.compile("^.{2,30}?(?:有限责任公司|有限公司|公司|集团)");
    private static final Pattern CAPACITY = Pattern.compile(
            "^(?:" + ProjectRecognizer.CAPACITY_VERB + ")?" + ProjectRecognizer.CAPACITY_AMOUNT + "(?:的)?");
    private static final Pattern PHASE = Pattern.compile("[一二三四五六七八九十\\d]+期(?:项目|工程)?$");
    private static final Pattern KIND = Pattern.compile("(?:项目|工程)$");

    private ProjectPhases() {
    }

    static void shareCompanies(ArticleFacts facts) {
        List<Entity> projects = facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList();
        List<Facts.Link> added = new ArrayList<>();
        for (Entity p : projects) {
            if (facts.enterprises().stream().anyMatch(l -> l.project() == p) || p.mentions().isEmpty()
                    || !PHASE.matcher(p.form()).find()) {
                continue;
            }
            String core = core(p.form());
            Entity company = null;
            for (Facts.Link l : facts.enterprises()) {
                if (l.project() != p && core.length() >= 3 && core.equals(core(l.project().form()))) {
                    if (company != null && company != l.other()) {
                        company = null; // two companies' phases: which one is not said
                        break;
                    }
                    company = l.other();
                }
            }
            if (company != null) {
                added.add(new Facts.Link(p, company, p.mentions().get(0)));
            }
        }
        facts.enterprises.addAll(added);
    }

    /** The works' name without the company heading it, its capacity and its phase. */
    static String core(String name) {
        String s = HEAD.matcher(name).replaceFirst("");
        s = CAPACITY.matcher(s).replaceFirst("");
        s = PHASE.matcher(s).replaceFirst("");
        return KIND.matcher(s).replaceFirst("");
    }
}
