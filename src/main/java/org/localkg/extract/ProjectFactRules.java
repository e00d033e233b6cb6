package org.localkg.extract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts about the projects an article names, each read from the sentence (or the photo caption)
 * that names the project:
 * <ul>
 *   <li>investment: 总投资(额)10亿元, 一期A地块总投资4.7亿元 → yuan;</li>
 *   <li>expected completion: 预计2025年竣工投产 (a year), 预计今年5月… (the words, and a year only
 *       when the article's date is known);</li>
 *   <li>status: the stages the text reports reached (开工, 封顶, 竣工 …), not the ones it expects;</li>
 *   <li>park: 位于某园的…, a park named in the project's name, 某园里…打造…项目, or 园区 for the one park
 *       an article is about;</li>
 *   <li>enterprise: a company whose name or short name opens the project's name, or 企业投资的…
 *       for the company the article just introduced.</li>
 * </ul>
 */
final class ProjectFactRules {
    private static final Pattern INVESTMENT = Pattern.compile(
            "总投资(?:额)?(?:约|达|超|近|逾)?\\s*(\\d+(?:\\.\\d+)?)\\s*(亿|万)?元");
    private static final Pattern COMPLETION = Pattern.compile(
            "预计((?:\\d{4}年|今年|明年|年内|年底|本年)?[^，。,;；]{0,8}?)(?:全部|全面|整体|主体)?(竣工|建成|完工|投产|投用|投运|交付|运营|开业|达产)");
    private static final Pattern ENTERPRISE_ANAPHOR = Pattern.compile("(?:该)?(?:企业|公司)(?:投资|投建|建设|打造|实施){1,2}的$");
    private static final Pattern FUTURE = Pattern.compile("预计|计划|将|力争|争取|有望|拟");

    private ProjectFactRules() {}

    static void apply(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        List<Entity> projects = facts.entities().stream().filter(e -> e.is(EntityType.PROJECT)).toList();
        investments(t, facts, projects);
        completions(t, facts, articleDate);
        statuses(t, facts, projects);
        for (Entity p : projects) {
            park(t, facts, p);
            enterprise(t, facts, p);
        }
    }

    /** The project a fact at {@code at} belongs to: the nearest named before it in its sentence, or the caption's. */
    private static Optional<Entity> projectFor(ArticleText t, ArticleFacts facts, int at) {
        Span sentence = t.sentenceAt(at);
        Optional<Entity> p = facts.nearestBefore(at, sentence, EntityType.PROJECT);
        if (p.isPresent()) {
            return p;
        }
        Span paragraph = t.paragraphAt(at);
        if (t.article().kind() == org.localkg.ingest.Article.Kind.CAPTION) {
            return facts.nearestBefore(at, paragraph, EntityType.PROJECT);
        }
        // 该项目总投资…, 项目预计…: the project the paragraph last named
        String lead = t.slice(sentence.start(), at);
        if (lead.contains("该项目") || lead.startsWith("项目")) {
            return facts.nearestBefore(sentence.start(), paragraph, EntityType.PROJECT);
        }
        return Optional.empty();
    }

    private static void investments(ArticleText t, ArticleFacts facts, List<Entity> projects) {
        Matcher m = INVESTMENT.matcher(t.view());
        while (m.find()) {
            BigDecimal n = new BigDecimal(m.group(1));
            if (m.group(2) != null) {
                n = n.multiply(m.group(2).equals("亿") ? BigDecimal.valueOf(100_000_000L) : BigDecimal.valueOf(10_000L));
            }
            BigDecimal yuan = n.stripTrailingZeros();
            if (yuan.scale() < 0) {
                yuan = yuan.setScale(0);
            }
            final BigDecimal value = yuan;
            Span span = new Span(m.start(), m.end());
            projectFor(t, facts, m.start()).ifPresent(p -> facts.investments.add(
                    new Facts.Investment(p, value, t.originalSlice(span), span)));
        }
    }

    private static void completions(ArticleText t, ArticleFacts facts, LocalDate articleDate) {
        Matcher m = COMPLETION.matcher(t.view());
        while (m.find()) {
            Span span = new Span(m.start(), m.end());
            String written = t.originalSlice(new Span(m.start() + 2, m.end()));
            Integer year = RelativeDates.year(m.group(1), articleDate);
            projectFor(t, facts, m.start()).ifPresent(p -> facts.completions.add(
                    new Facts.ExpectedCompletion(p, written, year, span)));
        }
    }

    private static void statuses(ArticleText t, ArticleFacts facts, List<Entity> projects) {
        String v = t.view();
        for (ProjectStatus status : ProjectStatus.values()) {
            for (String cue : status.cues()) {
                for (int at : t.indexesOf(cue)) {
                    int clause = t.clauseStart(at);
                    if (FUTURE.matcher(v.substring(clause, at)).find()) {
                        continue; // expected, not reached
                    }
                    Span span = new Span(at, at + cue.length());
                    Optional<Entity> p = projectFor(t, facts, at);
                    p.ifPresent(project -> {
                        boolean known = facts.statuses.stream().anyMatch(s -> s.project() == project && s.status() == status);
                        if (!known) {
                            facts.statuses.add(new Facts.Status(project, status, span));
                        }
                    });
                }
            }
        }
    }

    private static void park(ArticleText t, ArticleFacts facts, Entity project) {
        for (Span m : project.mentions()) {
            // a park named inside the project's own name
            Entity inner = null;
            int innerLength = Integer.MAX_VALUE;
            for (Entity park : facts.within(m, EntityType.PARK)) {
                for (Span pm : park.mentions()) {
                    if (park != project && m.contains(pm) && !pm.equals(m) && pm.length() < innerLength) {
                        inner = park;
                        innerLength = pm.length();
                    }
                }
            }
            if (inner != null) {
                link(facts.parks, project, inner, m);
                return;
            }
        }
        for (Span m : project.mentions()) {
            Span sentence = t.sentenceAt(m.start());
            String before = t.slice(sentence.start(), m.start());
            for (Entity park : facts.within(sentence, EntityType.PARK)) {
                if (park == project) {
                    continue;
                }
                for (Span pm : park.mentions()) {
                    if (!sentence.contains(pm)) {
                        continue;
                    }
                    String between = pm.end() <= m.start() ? t.slice(pm.end(), m.start())
                            : pm.start() >= m.end() ? t.slice(m.end(), pm.start()) : null;
                    if (between == null) {
                        continue;
                    }
                    boolean locatedBefore = pm.end() <= m.start()
                            && (t.slice(Math.max(sentence.start(), pm.start() - 3), pm.start()).matches(".*(位于|在|地处|落户)$")
                                && between.matches("[^，。,;；]{0,12}的.*|[^，。,;；]{0,3}") 
                                || between.matches("^(里|内|中)[^。;；]{0,20}(打造|建设|建成|规划|布局|落户|实施)[^。;；]{0,6}$"));
                    boolean locatedAfter = pm.start() >= m.end()
                            && between.matches("^(位于|是|落户|坐落于|地处)[^，。,;；]{0,2}$");
                    if (locatedBefore || locatedAfter) {
                        link(facts.parks, project, park, new Span(Math.min(pm.start(), m.start()), Math.max(pm.end(), m.end())));
                        return;
                    }
                }
            }
            // 在园区…: the one park the article is about
            if (before.matches(".*在园区[^。]{0,12}[，,]$")) {
                mainPark(t, facts).ifPresent(park -> link(facts.parks, project, park, new Span(sentence.start(), m.end())));
                return;
            }
        }
    }

    /** The park an article is about: named in its title, or the one it names most. */
    private static Optional<Entity> mainPark(ArticleText t, ArticleFacts facts) {
        Entity best = null;
        int bestScore = 0;
        for (Entity e : facts.entities()) {
            if (!e.is(EntityType.PARK) || e.is(EntityType.PROJECT)) {
                continue;
            }
            int score = e.mentions().size() + (int) e.mentions().stream().filter(m -> t.inTitle(m.start())).count() * 5;
            if (score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static void enterprise(ArticleText t, ArticleFacts facts, Entity project) {
        for (Span m : project.mentions()) {
            String name = t.slice(m.start(), m.end());
            for (Entity e : facts.entities()) {
                if (!e.is(EntityType.ENTERPRISE) || e == project) {
                    continue;
                }
                for (String k : e.keys()) {
                    for (String form : candidateForms(k)) {
                        if (form.length() >= 2 && org.localkg.resolve.Names.key(name).startsWith(form)) {
                            link(facts.enterprises, project, e, m);
                            return;
                        }
                    }
                }
            }
            String lead = t.slice(Math.max(0, m.start() - 10), m.start());
            if (ENTERPRISE_ANAPHOR.matcher(lead).find()) {
                facts.nearestBefore(m.start(), new Span(0, m.start()), EntityType.ENTERPRISE)
                        .ifPresent(e -> link(facts.enterprises, project, e, new Span(Math.max(0, m.start() - 8), m.end())));
                return;
            }
        }
    }

    private static java.util.Set<String> candidateForms(String enterpriseName) {
        java.util.Set<String> forms = new java.util.LinkedHashSet<>();
        forms.add(enterpriseName);
        forms.addAll(ShortNames.of(enterpriseName, EntityType.ENTERPRISE));
        return forms;
    }

    private static void link(List<Facts.Link> into, Entity project, Entity other, Span evidence) {
        if (into.stream().noneMatch(l -> l.project() == project && l.other() == other)) {
            into.add(new Facts.Link(project, other, evidence));
        }
    }
}
